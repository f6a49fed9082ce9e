import { Composer, InlineKeyboard } from "grammy";
import type { Quote } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { onButton } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { editMessage } from "../edit.js";
import { pagerRow, QUOTE_ACTION } from "../keyboards/browse.js";
import { keyboardOf } from "../keyboards/rows.js";
import { quoteCard } from "../views/cards.js";
import { speakerName } from "../views/quote.js";

/**
 * /quotes: one quote per card, in the speaker's own words with the reader's
 * translation marked as such; ◀ ▶ page through them in the same message, and
 * "share" opens inline mode with this quote.
 */
export const quotesFeature = new Composer<BotContext>();

quotesFeature.command("quotes", sendQuotes);

onButton(
  quotesFeature,
  QUOTE_ACTION,
  ([arg], ctx) => {
    const index = Number(arg);
    return Number.isInteger(index) && ctx.services.knowledge.content.quotes[index]
      ? index
      : undefined;
  },
  async (ctx, index, lang) => {
    await ctx.answerCallbackQuery();
    await editMessage(ctx, card(ctx, index, lang), quoteMessageOptions(ctx, index, lang));
  },
);

export async function sendQuotes(ctx: BotContext): Promise<void> {
  if (ctx.services.knowledge.content.quotes.length === 0) return;
  await ctx.reply(card(ctx, 0, ctx.lang), quoteMessageOptions(ctx, 0, ctx.lang));
}

function card(ctx: BotContext, index: number, lang: Lang): string {
  const { content } = ctx.services.knowledge;
  return quoteCard(content, content.quotes[index] as Quote, index, lang, ctx.services.i18n.t(lang));
}

function quoteMessageOptions(ctx: BotContext, index: number, lang: Lang) {
  return {
    parse_mode: "HTML" as const,
    link_preview_options: { is_disabled: true },
    reply_markup: quoteKeyboard(ctx, index, lang),
  };
}

function quoteKeyboard(ctx: BotContext, index: number, lang: Lang): InlineKeyboard | undefined {
  const { content } = ctx.services.knowledge;
  const quote = content.quotes[index] as Quote;
  // Inline mode finds a quote by its speaker and its first words.
  const query = `${speakerName(content, quote, lang)} ${quote.original.split(/\s+/).slice(0, 6).join(" ")}`;
  const share = InlineKeyboard.switchInline(ctx.services.i18n.t(lang)("quotes.share"), query);
  return keyboardOf([pagerRow(QUOTE_ACTION, lang, index, content.quotes.length), [share]]);
}
