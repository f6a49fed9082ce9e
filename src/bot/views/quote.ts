import type { Content, Quote } from "../../knowledge/content/index.js";
import type { Lang } from "../../knowledge/languages.js";
import { escapeHtml } from "./html.js";
import { outletName } from "./sources.js";
import type { Translate } from "./translate.js";

export function speakerName(content: Content, quote: Quote, lang: Lang): string {
  return content.glossaryById.get(quote.speaker)?.names[lang][0] ?? quote.speaker;
}

/**
 * A quote as HTML: the speaker's own words in the language they were said in,
 * then, for a reader of another language, the translation, labelled with
 * whose translation it is. A translation is never shown as the speaker's words.
 */
export function formatQuote(content: Content, quote: Quote, lang: Lang, t: Translate): string {
  const lines = [
    t("quote.said", {
      speaker: speakerName(content, quote, lang),
      role: quote.role[lang],
      language: t(`languageNames.${quote.original_language}`),
    }),
    `<blockquote>${escapeHtml(quote.original)}</blockquote>`,
  ];
  const translation = lang === quote.original_language ? undefined : quote.translations[lang];
  if (translation) {
    const by =
      translation.by === content.article.meta.editors
        ? t("quote.byUs")
        : outletName(content, translation.by, lang);
    lines.push(t("quote.translation", { by }), `<i>${escapeHtml(translation.text)}</i>`);
  }
  return lines.join("\n");
}
