import type { Composer } from "grammy";
import { areaCard, areasList } from "../../knowledge/compose/cards.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { FeatureComposer } from "../feature-composer.js";
import { AREA_ACTION, AREA_LIST, areaCardKeyboard, areasKeyboard } from "../keyboards/browse.js";

/**
 * /areas: the 11 areas of the ITPP as a numbered list with a button per area;
 * a button opens the area's card in the same message, and Back returns to
 * the list. Works the same in groups.
 */
export function areasFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.command("areas", sendAreas);
  composer.callbackQuery(callbackPattern(AREA_ACTION), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    const { content } = ctx.services.knowledge;
    const lang = data?.lang ?? ctx.lang;
    const target = data?.args[0];
    const area = target === undefined ? undefined : content.areaById.get(target);
    if (!data || (target !== AREA_LIST && !area)) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    await ctx.answerCallbackQuery();
    if (area) {
      await editMessage(ctx, areaCard(content, area, lang, ctx.t), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: areaCardKeyboard(lang, ctx.t("areas.back")),
      });
    } else {
      await editMessage(ctx, areasList(content, lang, ctx.t), {
        parse_mode: "HTML",
        reply_markup: areasKeyboard(content, lang),
      });
    }
  });
  return composer;
}

export async function sendAreas(ctx: BotContext): Promise<void> {
  const { content } = ctx.services.knowledge;
  await ctx.reply(areasList(content, ctx.lang, ctx.t), {
    parse_mode: "HTML",
    reply_markup: areasKeyboard(content, ctx.lang),
  });
}
