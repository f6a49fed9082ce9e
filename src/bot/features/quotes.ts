import type { Composer, InlineKeyboard } from "grammy";
import { quoteCard } from "../../knowledge/compose/cards.js";
import { speakerName } from "../../knowledge/compose/quote.js";
import type { Quote } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/lang.js";
import { callbackPattern, decodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { FeatureComposer } from "../feature-composer.js";
import { pagerKeyboard, QUOTE_ACTION } from "../keyboards/browse.js";

/**
 * /quotes: one quote per card, in the speaker's own words with the reader's
 * translation marked as such; ◀ ▶ page through them in the same message, and
 * "share" opens inline mode with this quote.
 */
export function quotesFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.command("quotes", sendQuotes);
  composer.callbackQuery(callbackPattern(QUOTE_ACTION), async (ctx) => {
    const data = decodeCallback(ctx.callbackQuery.data);
    const index = Number(data?.args[0]);
    const quote = Number.isInteger(index)
      ? ctx.services.knowledge.content.quotes[index]
      : undefined;
    if (!data || !quote) {
      await ctx.answerCallbackQuery({ text: ctx.t("errors.staleButton") });
      return;
    }
    await ctx.answerCallbackQuery();
    await editMessage(ctx, card(ctx, quote, index, data.lang), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: quoteKeyboard(ctx, quote, index, data.lang),
    });
  });
  return composer;
}

export async function sendQuotes(ctx: BotContext): Promise<void> {
  const [first] = ctx.services.knowledge.content.quotes;
  if (!first) return;
  await ctx.reply(card(ctx, first, 0, ctx.lang), {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    reply_markup: quoteKeyboard(ctx, first, 0, ctx.lang),
  });
}

function card(ctx: BotContext, quote: Quote, index: number, lang: Lang): string {
  return quoteCard(ctx.services.knowledge.content, quote, index, lang, ctx.services.i18n.t(lang));
}

function quoteKeyboard(ctx: BotContext, quote: Quote, index: number, lang: Lang): InlineKeyboard {
  const { content } = ctx.services.knowledge;
  const t = ctx.services.i18n.t(lang);
  // Inline mode finds a quote by its speaker and its first words.
  const query = `${speakerName(content, quote, lang)} ${quote.original.split(/\s+/).slice(0, 6).join(" ")}`;
  return pagerKeyboard(QUOTE_ACTION, lang, index, content.quotes.length)
    .row()
    .switchInline(t("quotes.share"), query);
}
