/**
 * Quotes are data: the original must be the words background.md gives, each
 * translation is labelled with who made it, and the article's own Ukrainian
 * rendering must really be in the article sentence it points to.
 */
import { comparableKey } from "../../text/comparable.js";
import type { ParsedContent } from "../parsed.js";
import { LANGS, type Sentence } from "../schema.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

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
  const key = (name: string) => comparableKey(name, parsed.textVariants);
  const names = new Set([editors, ...parsed.sources.map((s) => s.value.outlet)].map(key));
  return {
    accepts: (by) => names.has(key(by)),
    problem: (by) =>
      `"${by}" is neither a source outlet in sources.yaml nor the editors ("${editors}", article.yaml meta.editors)`,
  };
}
