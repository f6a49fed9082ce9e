import type { Area, Content, Quote } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { escapeHtml } from "./html.js";
import { formatQuote } from "./quote.js";
import { formatDate, outletName, sourceLine } from "./sources.js";
import type { Translate } from "./translate.js";

/**
 * The browsable views of the content, as Telegram HTML: the list of the
 * areas and each area's card, a quote's card, and the article in pages.
 * Pure functions of the content and the reader's language.
 */

export function areasList(content: Content, lang: Lang, t: Translate): string {
  const lines = content.areas.itpp.map((area) => `${area.number}. ${escapeHtml(area.name[lang])}`);
  return [
    t("areas.title"),
    "",
    ...lines,
    "",
    escapeHtml(content.areas.ipcp.unknown_note[lang]),
  ].join("\n");
}

export function areaCard(content: Content, area: Area, lang: Lang, t: Translate): string {
  return [
    `<b>${area.number}. ${escapeHtml(area.name[lang])}</b>`,
    "",
    escapeHtml(area.description[lang]),
    "",
    `${t("areas.inArticle")} ${escapeHtml(area.article.note[lang])}`,
    "",
    sourceLine(content, area.sources, lang, t),
  ].join("\n");
}

export function quoteCard(
  content: Content,
  quote: Quote,
  index: number,
  lang: Lang,
  t: Translate,
): string {
  return [
    `<i>${t("quotes.position", { n: index + 1, total: content.quotes.length })}</i>`,
    "",
    formatQuote(content, quote, lang, t),
    "",
    `${t("quotes.context")} ${escapeHtml(quote.context[lang])}`,
    "",
    sourceLine(content, quote.sources, lang, t),
  ].join("\n");
}

/** Telegram's limit is 4096 UTF-16 units; pages stay well under it with room for the header. */
const PAGE_BUDGET = 3500;

/** The article's paragraphs in the reader's language, grouped into pages that fit one message. */
export function articlePages(content: Content, lang: Lang): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const paragraph of content.article.paragraphs) {
    const text = escapeHtml(paragraph.sentences.map((sentence) => sentence[lang]).join(" "));
    if (page.length > 0 && size + text.length > PAGE_BUDGET) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(text);
    size += text.length + 2;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export function articlePage(content: Content, pageIndex: number, lang: Lang, t: Translate): string {
  const { meta } = content.article;
  const pages = articlePages(content, lang);
  const page = pages[pageIndex] ?? [];
  const label = lang === meta.original_language ? t("article.original") : t("article.translation");
  const source = t("article.source", {
    outlet: outletName(content, meta.outlet, lang),
    via: outletName(content, meta.via, lang),
    date: formatDate(meta.date, lang),
  });
  const lines = [
    `<b>${escapeHtml(meta.title[lang])}</b>`,
    `<i>${label}. ${source}</i>`,
    "",
    page.join("\n\n"),
  ];
  if (pageIndex === pages.length - 1) lines.push("", `<i>${escapeHtml(meta.photo_credit)}</i>`);
  if (pages.length > 1)
    lines.push("", t("article.page", { n: pageIndex + 1, total: pages.length }));
  return lines.join("\n");
}
