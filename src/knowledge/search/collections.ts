import type { Analyzer } from "../analysis/analyzer.js";
import { glossaryTerm } from "../analysis/analyzer.js";
import type { Content } from "../content/index.js";
import { LANGS, type Lang } from "../languages.js";
import { TUNING } from "../tuning.js";
import { TermIndex } from "./term-index.js";

export type IndexesByLang = Readonly<Record<Lang, TermIndex>>;

/** One fact index per language: a question is matched in the language it is answered in. */
export function buildFactIndexes(content: Content, analyzer: Analyzer): IndexesByLang {
  return byLang(
    (lang) =>
      new TermIndex(
        content.facts.flatMap((fact) => [
          // Each way of asking is its own document: a question matches the closest one.
          ...[fact.title[lang], ...fact.questions[lang]].map((question, i) => ({
            id: `${fact.id}#q${i}`,
            owner: fact.id,
            fields: { question: analyzer.terms(question) },
          })),
          {
            id: `${fact.id}#fact`,
            owner: fact.id,
            fields: {
              keywords: fact.keywords[lang].flatMap((keyword) => analyzer.terms(keyword)),
              aliases: (fact.aliases ?? []).map(glossaryTerm),
              answer: analyzer.terms(fact.answer[lang]),
              // An area fact also speaks with its area's description.
              context: analyzer.terms(
                content.areaById.get(fact.id.replace(/^area-/, ""))?.description[lang] ?? "",
              ),
            },
          },
        ]),
        TUNING.factBoosts,
      ),
  );
}

/** One index of the article's sentences per language (the original and our two translations). */
export function buildArticleIndexes(content: Content, analyzer: Analyzer): IndexesByLang {
  const sentences = [...content.sentenceById.values()];
  return byLang(
    (lang) =>
      new TermIndex(
        sentences.map((sentence) => ({
          id: sentence.id,
          owner: sentence.id,
          fields: { text: analyzer.terms(sentence[lang]) },
        })),
        { text: 1 },
      ),
  );
}

function byLang<T>(build: (lang: Lang) => T): Readonly<Record<Lang, T>> {
  return Object.freeze(
    Object.fromEntries(LANGS.map((lang) => [lang, build(lang)])) as Record<Lang, T>,
  );
}
