/**
 * How much of the article the facts cover, and how the facts are spread:
 * the curators' view of the content, printed by `npm run content:check`.
 */
import type { Content } from "./content.js";
import { LANGS, type Lang, TOPICS, type Topic } from "./schema.js";

export interface Coverage {
  /** Every article sentence, in article order, with the facts that restate it. */
  sentences: { id: string; facts: string[] }[];
  /** Sentence ids no fact restates. */
  uncovered: string[];
  /** Every topic (zero included), in the order docs/content-format.md lists them. */
  factsPerTopic: { topic: Topic; facts: number }[];
  questionsPerLanguage: Record<Lang, number>;
}

export function computeCoverage(content: Content): Coverage {
  const sentences = content.article.paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({
      id: s.id,
      facts: content.facts.filter((f) => f.article.includes(s.id)).map((f) => f.id),
    })),
  );
  const questions = (lang: Lang) => content.facts.reduce((n, f) => n + f.questions[lang].length, 0);
  return {
    sentences,
    uncovered: sentences.filter((s) => s.facts.length === 0).map((s) => s.id),
    factsPerTopic: TOPICS.map((topic) => ({
      topic,
      facts: content.facts.filter((f) => f.topic === topic).length,
    })),
    questionsPerLanguage: Object.fromEntries(LANGS.map((l) => [l, questions(l)])) as Record<
      Lang,
      number
    >,
  };
}
