import { Composer, InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Content, Quote } from "../../knowledge/content/index.js";
import { type InlineItem, inlineItemId, inlineSearch } from "../../knowledge/inline-search.js";
import type { Lang } from "../../knowledge/languages.js";
import type { BotContext } from "../context.js";
import { feedbackRow } from "../keyboards/answer.js";
import { keyboardOf } from "../keyboards/rows.js";
import { composeReply, factReply } from "../views/answer.js";
import { areaCard } from "../views/cards.js";
import { formatQuote, speakerName } from "../views/quote.js";
import { outletName, sourceLine } from "../views/sources.js";
import type { Translate } from "../views/translate.js";

/** Results per answer: Telegram allows 50; the client asks for more with next_offset. */
export const INLINE_PAGE_SIZE = 20;
/** Results depend on the user's language, so they are cached per user (is_personal). */
export const INLINE_CACHE_SECONDS = 300;
/** The /start payload of the button above the results. */
export const INLINE_START_PARAMETER = "inline";
/** Quote titles show this many characters of the words, then an ellipsis. */
const QUOTE_TITLE_CHARS = 60;

/**
 * Inline mode: `@bot question` in any chat lists answers as articles; the
 * chosen one is posted as the answer with its source. An empty query lists
 * the featured set; a query nothing matches lists it too, under a
 * "no exact match" button. Inline queries have no chat: the reply language
 * comes from the query's words, else the user's saved or Telegram language.
 */
export const inlineFeature = new Composer<BotContext>();

inlineFeature.on("inline_query", async (ctx) => {
  const { knowledge } = ctx.services;
  const { query, offset } = ctx.inlineQuery;
  const search = inlineSearch(knowledge, query, ctx.lang);
  const start = parseOffset(offset);
  const page = search.items.slice(start, start + INLINE_PAGE_SIZE);
  const end = start + page.length;
  ctx.logger.debug(
    { kind: search.kind, lang: search.lang, total: search.items.length, offset: start },
    "inline query",
  );
  await ctx.answerInlineQuery(
    page.map((item) => inlineResult(knowledge.content, item, search.lang, ctx.t)),
    {
      is_personal: true,
      cache_time: INLINE_CACHE_SECONDS,
      next_offset: end < search.items.length ? String(end) : "",
      button: {
        text: ctx.t(search.kind === "no-match" ? "inline.noMatch" : "inline.button"),
        start_parameter: INLINE_START_PARAMETER,
      },
    },
  );
});

/** A page offset this bot gave (a decimal index); anything else starts at the beginning. */
function parseOffset(offset: string): number {
  return /^\d{1,4}$/.test(offset) ? Number(offset) : 0;
}

/** One item as an article result: the question as title, the short answer below, the answer as the message. */
export function inlineResult(
  content: Content,
  item: InlineItem,
  lang: Lang,
  t: Translate,
): InlineQueryResultArticle {
  const { title, description, html } = present(content, item, lang, t);
  // The posted answer carries 👍 / 👎 like any other; a vote on it is recorded without a follow-up.
  const factId = item.kind === "fact" ? item.fact.id : undefined;
  const reply_markup = keyboardOf([feedbackRow(lang, factId)]);
  return InlineQueryResultBuilder.article(inlineItemId(item), title, {
    description,
    reply_markup,
  }).text(html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
}

interface Presented {
  /** Plain text: the question the result answers. */
  title: string;
  /** Plain text: the short answer. */
  description: string;
  /** Telegram HTML: the message posted when the result is chosen. */
  html: string;
}

function present(content: Content, item: InlineItem, lang: Lang, t: Translate): Presented {
  switch (item.kind) {
    case "fact":
      return {
        title: item.fact.title[lang],
        description: item.fact.answer[lang],
        html: factReply(content, item.fact, lang, t).html,
      };
    case "area":
      return {
        title: item.area.name[lang],
        description: item.area.description[lang],
        html: areaCard(content, item.area, lang, t),
      };
    case "quote": {
      const words = quoteWords(item.quote, lang);
      return {
        title: t("inline.quoteTitle", {
          speaker: speakerName(content, item.quote, lang),
          words: shorten(words, QUOTE_TITLE_CHARS),
        }),
        description: words,
        html: [
          formatQuote(content, item.quote, lang, t),
          "",
          sourceLine(content, item.quote.sources, lang, t),
        ].join("\n"),
      };
    }
    case "article":
      return {
        title: t("inline.articleTitle", {
          outlet: outletName(content, content.article.meta.outlet, lang),
        }),
        description: (item.answer.passage?.sentences ?? []).map((s) => s[lang]).join(" "),
        html: composeReply(content, item.answer, t).html,
      };
  }
}

/** A quote's words for a reader: the original when it is their language, else the translation. */
function quoteWords(quote: Quote, lang: Lang): string {
  if (lang === quote.original_language) return quote.original;
  return quote.translations[lang]?.text ?? quote.original;
}

/** The first `max` characters (code points), cut at a word where there is one, with an ellipsis. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, "")}…`;
}
