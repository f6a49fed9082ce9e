import type { Content, Source } from "../../knowledge/content/index.js";
import { LANGS, type Lang } from "../../knowledge/languages.js";
import { escapeHtml } from "./html.js";
import type { Translate } from "./translate.js";

/** How each language writes a date; made once, as building an ICU formatter is not cheap. */
const DATE_FORMATS = new Map(
  LANGS.map((lang) => [
    lang,
    new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }),
  ]),
);

/** A date from the content (YYYY-MM-DD) the way the reader writes dates. */
export function formatDate(isoDate: string, lang: Lang): string {
  return (DATE_FORMATS.get(lang) as Intl.DateTimeFormat).format(new Date(`${isoDate}T12:00:00Z`));
}

/**
 * An outlet the content names by its `outlet` (the article's `via`, a quote
 * translation's `by`) as the reader knows it: its source's name in their
 * language; an outlet that is no source stays as written.
 */
export function outletName(content: Content, outlet: string, lang: Lang): string {
  return content.sources.find((source) => source.outlet === outlet)?.name[lang] ?? outlet;
}

/** One source as HTML: its name in the reader's language (a link where background.md gives a URL) and its date. */
export function formatSource(source: Source, lang: Lang): string {
  const name = escapeHtml(source.name[lang]);
  const outlet = source.url ? `<a href="${escapeHtml(source.url)}">${name}</a>` : name;
  return source.date ? `${outlet}, ${formatDate(source.date, lang)}` : outlet;
}

/** "Source: …" / "Sources: …; …" in the reader's language. */
export function sourceLine(
  content: Content,
  sourceIds: readonly string[],
  lang: Lang,
  t: Translate,
): string {
  const sources = sourceIds
    .map((id) => content.sourceById.get(id))
    .filter((source): source is Source => source !== undefined);
  return t("answer.sources", {
    count: sources.length,
    sources: sources.map((source) => formatSource(source, lang)).join("; "),
  });
}
