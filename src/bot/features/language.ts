import { Composer } from "grammy";
import { isLang } from "../../knowledge/languages.js";
import { onButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { languageKeyboard, SET_LANGUAGE_ACTION } from "../keyboards/language.js";

/**
 * /language: the user's default language, used when a message does not show
 * which language it is in. Saved in the session, so it survives restarts.
 */
export const languageFeature = new Composer<BotContext>();

languageFeature.command("language", sendLanguagePicker);

onButton(
  languageFeature,
  SET_LANGUAGE_ACTION,
  ([chosen]) => (isLang(chosen) ? chosen : undefined),
  async (ctx, chosen) => {
    ctx.session.language = chosen;
    // The confirmation speaks the chosen language: that is what the user just asked for.
    const t = ctx.services.i18n.t(chosen);
    await ctx.answerCallbackQuery();
    await editMessage(ctx, t("language.saved", { language: t(`language.names.${chosen}`) }), {
      parse_mode: "HTML",
    });
  },
);

export async function sendLanguagePicker(ctx: BotContext): Promise<void> {
  const current = ctx.session.language ?? ctx.lang;
  await ctx.reply(ctx.t("language.prompt", { current: ctx.t(`language.names.${current}`) }), {
    parse_mode: "HTML",
    reply_markup: languageKeyboard(ctx.lang, ctx.t),
  });
}
