import type { Lang } from "../../src/knowledge/languages.js";
import type { Result } from "./score.js";

/** The figures `npm run eval` prints and the test floors hold, for one slice of results. */
export interface Figures {
  total: number;
  /** Answerable questions, and the share answered right. */
  answerable: number;
  right: number;
  /** Gap questions, and the share answered honestly. */
  gaps: number;
  honest: number;
  /** Out-of-scope questions, and the share declined. */
  outOfScope: number;
  declined: number;
  /** False answers as a share of the replies that state a fact (right + wrong). */
  wrong: number;
  falseShare: number;
  /** Replies not in the asker's language. */
  wrongLanguage: number;
}

const share = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);

export function figures(results: readonly Result[]): Figures {
  const count = (test: (r: Result) => boolean) => results.filter(test).length;
  const answerable = count((r) => r.kind === "answer" || r.kind === "small-talk");
  const rightCount = count(
    (r) => (r.kind === "answer" || r.kind === "small-talk") && r.graded.grade === "right",
  );
  const gaps = count((r) => r.kind === "gap");
  const outOfScope = count((r) => r.kind === "out-of-scope");
  const wrong = count((r) => r.graded.grade === "wrong");
  return {
    total: results.length,
    answerable,
    right: share(rightCount, answerable),
    gaps,
    honest: share(
      count((r) => r.kind === "gap" && r.graded.grade === "honest"),
      gaps,
    ),
    outOfScope,
    declined: share(
      count((r) => r.kind === "out-of-scope" && r.graded.grade === "declined"),
      outOfScope,
    ),
    wrong,
    falseShare: share(wrong, rightCount + wrong),
    wrongLanguage: share(
      count((r) => r.graded.replyLang !== undefined && r.graded.replyLang !== r.lang),
      results.length,
    ),
  };
}

export const byLang = (results: readonly Result[], lang: Lang) =>
  results.filter((r) => r.lang === lang);
