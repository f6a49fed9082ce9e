import type { Composer } from "grammy";
import { isLang } from "../../knowledge/lang.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { languageKeyboard, SET_LANGUAGE_ACTION } from "../keyboards/language.js";

/**
 * /language: the user's default language, used when a message does not show
 * which language it is in. Saved in the session, so it survives restarts.
 */
export function languageFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.command("language", sendLanguagePicker);
  composer.callbackQuery(callbackPattern(SET_LANGUAGE_ACTION), async (ctx) => {
    const chosen = decodeCallback(ctx.callbackQuery.data)?.args[0];
    if (!isLang(chosen)) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    ctx.session.language = chosen;
    // The confirmation speaks the chosen language: that is what the user just asked for.
    const t = ctx.services.i18n.t(chosen);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t("language.saved", { language: t(`language.names.${chosen}`) }), {
      parse_mode: "HTML",
    });
  });
  return composer;
}

export async function sendLanguagePicker(ctx: BotContext): Promise<void> {
  const current = ctx.session.language ?? ctx.lang;
  await ctx.reply(ctx.t("language.prompt", { current: ctx.t(`language.names.${current}`) }), {
    parse_mode: "HTML",
    reply_markup: languageKeyboard(ctx.lang, ctx.t),
  });
}
