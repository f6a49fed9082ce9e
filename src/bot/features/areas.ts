import { Composer } from "grammy";
import { onButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { AREA_ACTION, AREA_LIST, areaCardKeyboard, areasKeyboard } from "../keyboards/browse.js";
import { areaCard, areasList } from "../views/cards.js";

/**
 * /areas: the areas of the ITPP as a numbered list with a button per area;
 * a button opens the area's card in the same message, and Back returns to
 * the list. Works the same in groups.
 */
export const areasFeature = new Composer<BotContext>();

areasFeature.command("areas", sendAreas);

onButton(
  areasFeature,
  AREA_ACTION,
  ([target], ctx) => {
    if (target === AREA_LIST) return AREA_LIST;
    return target === undefined ? undefined : ctx.services.knowledge.content.areaById.get(target);
  },
  async (ctx, area, lang) => {
    const { content } = ctx.services.knowledge;
    const t = ctx.services.i18n.t(lang);
    await ctx.answerCallbackQuery();
    if (area === AREA_LIST) {
      await editMessage(ctx, areasList(content, lang, t), {
        parse_mode: "HTML",
        reply_markup: areasKeyboard(content, lang),
      });
      return;
    }
    await editMessage(ctx, areaCard(content, area, lang, t), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: areaCardKeyboard(lang, t("areas.back")),
    });
  },
);

export async function sendAreas(ctx: BotContext): Promise<void> {
  const { content } = ctx.services.knowledge;
  await ctx.reply(areasList(content, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: areasKeyboard(content, ctx.lang),
  });
}
