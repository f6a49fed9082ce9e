import { isGlossaryTerm, type TermGroup } from "../analysis/analyzer.js";
import { CALIBRATION } from "../calibration.js";
import type { QuestionType } from "../content/index.js";
import type { Lang } from "../languages.js";
import type { IndexesByLang } from "../search/collections.js";
import { confidenceOf, type MatchFeatures, matchFeatures } from "../search/confidence.js";
import type { Hit } from "../search/term-index.js";
import { TUNING } from "../tuning.js";
import type { FactFit } from "./fact-fit.js";
import { type QuestionReading, SPECIFIC_TYPES } from "./read-question.js";

/**
 * Which of the facts the search found answer a question, and whether the
 * answer is trusted enough to give.
 */

/** A question names something the content knows: a name that is not background, or an aspect. */
export function isUnderstood(reading: QuestionReading): boolean {
  return reading.focal.length > 0 || reading.aspects.size > 0;
}

/** The facts chosen for a question: one per part asked, and the facts about it in search order. */
export interface Choice {
  /** The facts answering the parts, first part first, each once. */
  answers: Hit[];
  /** The parts no fact answers. */
  unanswered: QuestionType[];
  /** Every hit about the question, in search order. */
  about: Hit[];
}

export function chooseFacts(
  fit: FactFit,
  hits: readonly Hit[],
  reading: QuestionReading,
): Choice | undefined {
  const about = fit.about(hits, reading);
  if (reading.types.length === 0) {
    const [best] = about;
    return best ? { answers: [best], unanswered: [], about } : undefined;
  }
  const byType = fit.parts(about, reading);
  const answered = [...byType.values()].filter((hit): hit is Hit => hit !== undefined);
  if (answered.length === 0) return undefined;
  // One fact that answers every part is the whole answer.
  const whole = answered.find((hit) =>
    [...byType.values()].every((other) => other === undefined || other === hit),
  );
  return {
    answers: whole ? [whole] : [...new Set(answered)],
    unanswered: [...byType].filter(([, hit]) => hit === undefined).map(([type]) => type),
    // Facts passed over because they answer another kind of question are no
    // rivals of the chosen one: the confidence compares it with those behind it.
    about: [...new Set([...answered, ...about.filter((hit) => !passedOver(hit, answered))])],
  };
}

/** A fact ranked above every chosen one yet not chosen: it answers another kind of question. */
function passedOver(hit: Hit, chosen: readonly Hit[]): boolean {
  return !chosen.includes(hit) && chosen.every((other) => hit.score > other.score);
}

/**
 * The confidence in the chosen fact, among the facts about the question: the
 * calibrated model, or, for a question whose names and aspects the fact
 * shares, enough of the question's words matched.
 */
export function trusted(
  index: IndexesByLang[Lang],
  groups: readonly TermGroup[],
  about: readonly Hit[],
  reading: QuestionReading,
  words: number,
): { features: MatchFeatures; confidence: number } | undefined {
  const features = matchFeatures(index, groups, about);
  const confidence = confidenceOf(features);
  const [top] = about;
  if (!top) return undefined;
  // A bare name ("ITPP?", "Stoltenberg") asks what or who it is: the fact
  // that explains it all is the answer, however short the question.
  const namesOnly = groups.every((group) => isGlossaryTerm(group.terms[0] ?? ""));
  if (namesOnly && top.coverage >= 0.99) return { features, confidence };
  // Naming nothing the content knows, in words it does not use, a question
  // is about something else ("who is Beyoncé?"), however well "who is" matched.
  if (!isUnderstood(reading) && features.unknown >= TUNING.unnamedUnknownShare) return undefined;
  // A question word alone ("where?", "коли?") asks about nothing in particular: no guess.
  if (!isUnderstood(reading) && words <= 1 && reading.types.length > 0) return undefined;
  const particular =
    reading.aspects.size > 0 || reading.types.some((type) => SPECIFIC_TYPES.has(type));
  // "What sanctions did Korea promise?", "what gift…": a question that asks
  // "what" of a word the content never uses asks for that very thing, which a
  // fact on its neighbours does not hold.
  const asksAfterUnknown = !reading.types.some((type) => SPECIFIC_TYPES.has(type));
  if (
    asksAfterUnknown &&
    features.unknown >= TUNING.unknownThingShare &&
    top.coverage < 1 - TUNING.unknownThingShare
  )
    return undefined;
  // Naming NATO alone, or Korea alone, and nothing of the partnership ("when was
  // NATO founded?"), a question is about that party, which the sources are not:
  // only a near-certain match is trusted.
  const oneParty = !isUnderstood(reading) && reading.names.size === 1;
  if (oneParty && confidence < TUNING.onePartyConfidence) return undefined;
  if (confidence >= CALIBRATION.threshold) return { features, confidence };
  // A fact that shares the aspect asked about, or answers the very thing asked, needs fewer words matched.
  if (particular && reading.concernsPartnership && top.coverage >= TUNING.understoodCoverage)
    return { features, confidence };
  return undefined;
}
