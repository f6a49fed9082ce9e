import type { TermGroup } from "../analysis/analyzer.js";
import { CALIBRATION } from "../calibration.js";
import type { Hit, TermIndex } from "./term-index.js";

/**
 * What the engine knows about a question's best match, beyond its rank. The
 * confidence is a logistic model over these, fitted on the development split
 * of test/eval by `npm run calibrate` (src/knowledge/calibration.ts): it
 * estimates the chance that the best match is the right answer.
 */
export interface MatchFeatures {
  /** Share of the question's weight the best match accounts for. */
  coverage: number;
  /** log(1 + BM25 score) of the best match. */
  score: number;
  /** How far ahead of the runner-up it is: (best − second) / best. */
  margin: number;
  /** Share of the question's weight in words no fact uses. */
  unknown: number;
  /** log(number of words). */
  length: number;
  /** 1 when a word of what the bot does not cover occurs. */
  offtopic: number;
}

export const FEATURE_NAMES = [
  "coverage",
  "score",
  "margin",
  "unknown",
  "length",
  "offtopic",
] as const;

export function matchFeatures(
  index: TermIndex,
  groups: readonly TermGroup[],
  hits: readonly Hit[],
): MatchFeatures {
  const [top, second] = hits;
  return {
    coverage: top?.coverage ?? 0,
    score: Math.log1p(top?.score ?? 0),
    margin: top && top.score > 0 ? (top.score - (second?.score ?? 0)) / top.score : 0,
    unknown: index.unknownShare(groups),
    length: Math.log(Math.max(1, groups.length)),
    offtopic: groups.some((group) => group.offtopic) ? 1 : 0,
  };
}

/**
 * The features of a runner-up as if it were the answer: its own coverage and
 * score, and its lead over the best match, which is negative. Scored by the
 * same model, it says how plausible that other answer is.
 */
export function runnerUpFeatures(features: MatchFeatures, runnerUp: Hit, best: Hit): MatchFeatures {
  return {
    ...features,
    coverage: runnerUp.coverage,
    score: Math.log1p(runnerUp.score),
    margin: runnerUp.score > 0 ? (runnerUp.score - best.score) / runnerUp.score : -1,
  };
}

/** The model's own scale: the log-odds of a confidence (the logistic's input). */
export function logOdds(confidence: number): number {
  const p = Math.min(Math.max(confidence, 1e-9), 1 - 1e-9);
  return Math.log(p / (1 - p));
}

export function confidenceOf(features: MatchFeatures, weights = CALIBRATION.weights): number {
  let z = weights.bias;
  for (const name of FEATURE_NAMES) z += weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}
