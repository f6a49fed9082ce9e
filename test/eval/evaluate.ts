import type { EvalItem } from "../../scripts/support/eval-set.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { Lang } from "../../src/knowledge/lang.js";

export { EVAL_DIR, type EvalItem, loadEvalSet } from "../../scripts/support/eval-set.js";

/**
 * The evaluation of free-question answering: the development set in
 * test/eval/dev.<lang>.yaml, run through the real engine. Used by
 * `npm run eval` (figures) and by the test suite (a floor under them).
 */

export interface Miss {
  item: EvalItem;
  got: string;
  confidence: number;
  lang: Lang;
}

export interface Scores {
  inScope: number;
  top1: number;
  top3: number;
  outOfScope: number;
  declined: number;
  wrongLanguage: number;
  total: number;
  misses: Miss[];
}

const isOutOfScope = (item: EvalItem) => item.expect === "none";

export function evaluate(knowledge: Knowledge, items: readonly EvalItem[]): Scores {
  const scores: Scores = {
    inScope: 0,
    top1: 0,
    top3: 0,
    outOfScope: 0,
    declined: 0,
    wrongLanguage: 0,
    total: 0,
    misses: [],
  };
  for (const item of items) {
    scores.total++;
    const answer = knowledge.answer(item.q, { preferredLang: item.lang });
    if (answer.lang !== item.lang) scores.wrongLanguage++;
    const got =
      answer.fact?.id ??
      (answer.passage ? `article:${answer.passage.sentences.map((s) => s.id).join("+")}` : "none");
    const miss = () =>
      scores.misses.push({ item, got, confidence: answer.confidence, lang: answer.lang });
    if (isOutOfScope(item)) {
      scores.outOfScope++;
      if (answer.kind === "none") scores.declined++;
      else miss();
      continue;
    }
    scores.inScope++;
    const right = new Set([item.expect, ...(item.also ?? [])]);
    if (answer.fact && right.has(answer.fact.id)) scores.top1++;
    else miss();
    const offered = answer.kind === "fact" ? [answer.fact, ...answer.alternatives].slice(0, 3) : [];
    if (offered.some((fact) => fact && right.has(fact.id))) scores.top3++;
  }
  return scores;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
