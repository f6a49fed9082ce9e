import type { Content, Source } from "../content/index.js";
import type { Lang } from "../lang.js";
import { escapeHtml } from "../text/html.js";
import type { Translate } from "./types.js";

// One formatter per language: creating ICU formatters per reply is slow and churns native memory.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A date from the content (YYYY-MM-DD) the way the reader writes dates. */
export function formatDate(isoDate: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T12:00:00Z`));
}

// Sources are few and fixed by the content, and nearly every answer cites one:
// each is formatted once per language rather than once per reply.
const formattedSources = new WeakMap<Source, Partial<Record<Lang, string>>>();

/** One source as HTML: the outlet (a link where background.md gives a URL) and its date. */
export function formatSource(source: Source, lang: Lang): string {
  let byLang = formattedSources.get(source);
  if (!byLang) {
    byLang = {};
    formattedSources.set(source, byLang);
  }
  byLang[lang] ??= formatSourceNow(source, lang);
  return byLang[lang];
}

function formatSourceNow(source: Source, lang: Lang): string {
  const outlet = source.url
    ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.outlet)}</a>`
    : escapeHtml(source.outlet);
  return source.date ? `${outlet}, ${formatDate(source.date, lang)}` : outlet;
}

// Nearly every reply ends with a source line, and a line depends only on the
// sources, the language and the UI strings: each is made once. (Building it
// went through i18next's plural and interpolation machinery every time.)
const sourceLines = new WeakMap<Content, WeakMap<Translate, Map<string, string>>>();

/** "Source: …" / "Sources: …; …" in the reader's language. */
export function sourceLine(
  content: Content,
  sourceIds: readonly string[],
  lang: Lang,
  t: Translate,
): string {
  let byStrings = sourceLines.get(content);
  if (!byStrings) {
    byStrings = new WeakMap();
    sourceLines.set(content, byStrings);
  }
  let lines = byStrings.get(t);
  if (!lines) {
    lines = new Map();
    byStrings.set(t, lines);
  }
  const key = `${lang} ${sourceIds.join(" ")}`;
  let line = lines.get(key);
  if (line === undefined) {
    line = sourceLineNow(content, sourceIds, lang, t);
    lines.set(key, line);
  }
  return line;
}

function sourceLineNow(
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
