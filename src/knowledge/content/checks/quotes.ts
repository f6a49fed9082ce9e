/**
 * Quotes are data: the original must be the words background.md gives, each
 * translation is labelled with who made it, and the article's own Ukrainian
 * rendering must really be in the article sentence it points to.
 */
import { matchKey, normalizeText, type TextVariants, utf16Length } from "../../text/normalize.js";
import type { ParsedContent } from "../parsed.js";
import { LANGS, type Quote, type Sentence } from "../schema.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

/** Telegram's message limit, in UTF-16 code units. */
export const MESSAGE_LIMIT = 4096;

export function checkQuotes(parsed: ParsedContent): string[] {
  const sentences = new Map<string, Sentence>(
    parsed.paragraphs.flatMap((p) => p.value.sentences.map((s) => [s.id, s] as const)),
  );
  const translators = translatorNames(parsed);
  const background = parsed.editorial.background;
  return parsed.quotes.flatMap(({ file, value: q }) => {
    const problem = (path: string, text: string) => at(file, "quote", q.id, path, text);
    const problems: string[] = [];
    if (
      background !== undefined &&
      !includesNormalized(background, q.original, parsed.textVariants)
    ) {
      problems.push(problem("original", `is not in ${BACKGROUND_MD} (compared after normalising)`));
    }
    for (const lang of LANGS) {
      const t = q.translations[lang];
      const path = `translations.${lang}`;
      if (lang === q.original_language) {
        if (t) problems.push(problem(path, `is not allowed: ${lang} is the original language`));
        continue;
      }
      if (!t) {
        problems.push(
          problem(path, "is missing: every language other than original_language needs one"),
        );
        continue;
      }
      if (translators && !translators.accepts(t.by)) {
        problems.push(problem(`${path}.by`, translators.problem(t.by)));
      }
      if (t.article === undefined) continue;
      if (lang !== "uk") {
        problems.push(
          problem(`${path}.article`, "is only for the uk translation: the article is Ukrainian"),
        );
        continue;
      }
      const sentence = sentences.get(t.article);
      if (sentence && !includesNormalized(sentence.uk, t.text, parsed.textVariants)) {
        problems.push(
          problem(
            `${path}.text`,
            `is not in article sentence ${t.article} (compared after normalising)`,
          ),
        );
      }
    }
    for (const lang of LANGS) {
      const length = cardLength(q, lang, parsed.textVariants);
      if (length > MESSAGE_LIMIT) {
        problems.push(
          problem(
            "",
            `card in ${lang} is ${length} UTF-16 units, over Telegram's ${MESSAGE_LIMIT}`,
          ),
        );
      }
    }
    return problems;
  });
}

/**
 * Who may sign a translation (`by`): a source outlet, or the editors named
 * in article.yaml meta. Undefined without a readable sources.yaml or article
 * meta, when every `by` would look wrong.
 */
export function translatorNames(
  parsed: ParsedContent,
): { accepts: (by: string) => boolean; problem: (by: string) => string } | undefined {
  const editors = parsed.meta?.value.editors;
  if (editors === undefined || parsed.unchecked.has("source")) return undefined;
  const key = (name: string) => matchKey(name, parsed.textVariants);
  const names = new Set([editors, ...parsed.sources.map((s) => s.value.outlet)].map(key));
  return {
    accepts: (by) => names.has(key(by)),
    problem: (by) =>
      `"${by}" is neither a source outlet in sources.yaml nor the editors ("${editors}", article.yaml meta.editors)`,
  };
}

/**
 * An upper estimate of the quote card in one language: speaker role, the
 * original, the translation, the context, plus room for labels and sources.
 */
function cardLength(q: Quote, lang: (typeof LANGS)[number], variants: TextVariants): number {
  const parts = [q.role[lang], q.original, q.translations[lang]?.text ?? "", q.context[lang]];
  const labels = 200;
  return parts.reduce((sum, part) => sum + utf16Length(normalizeText(part, variants)), labels);
}
