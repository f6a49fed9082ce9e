/**
 * Every number the engine's ranking and confidence depend on, in one place.
 * They were calibrated on the development split of test/eval (never on the
 * held-out split); `npm run eval` shows the effect of a change.
 */
export const TUNING = {
  /** Ukrainian stems are cut to this many letters: it merges the most inflected forms with the fewest wrong merges. */
  ukrainianStemLength: 6,
  /** Field weights of a fact: ways of asking weigh most, the answer text least (it mentions things it is not about). */
  factBoosts: { question: 3, keywords: 2, aliases: 1.5, answer: 1, context: 0.7 },
  /** How much a match in each field counts towards coverage (answers mention more than they are about). */
  fieldEvidence: {
    question: 1,
    keywords: 1,
    aliases: 1,
    answer: 0.5,
    context: 0.5,
    text: 1,
  } as Record<string, number>,
  /** Query-side boost of glossary names. */
  nameBoost: 2,
  /** Ranking key: score × coverage^power (0: by score alone). */
  rankCoveragePower: 1,
  /** An owner's other matching documents add this share of their scores to its best one. */
  secondaryShare: 0.3,
  /** How much a word the content never uses weighs in coverage (IDF units). */
  unknownWordIdf: 2.5,
  /** How much a word of what the bot does not cover (glossary kind offtopic) weighs in coverage. */
  offtopicWeight: 6,
  /** Typo tolerance: a share of the term length, for terms of at least `fuzzyMinLength` letters. */
  fuzzy: 0.2,
  fuzzyMinLength: 5,
  fuzzyWeight: 0.6,
  /** Coverage an article sentence needs to be offered when no fact is confident. */
  articleThreshold: 0.7,
  /**
   * "Did you mean": a runner-up is offered under the answer only when the
   * confidence model, scoring it as if it were the answer, puts it within
   * this margin of the answer, in log-odds (the logistic's input, where
   * differences near certainty are not squeezed): 0.5 means the answer's odds
   * of being right are at most e^0.5 ≈ 1.65 times the runner-up's.
   */
  didYouMeanMargin: 0.5,
  /**
   * Suggestions on a decline must at least match this much: a question with
   * an off-topic word ("how much money did Korea give Ukraine") still gets
   * the facts its other words are about, rather than the featured ones.
   */
  suggestionThreshold: 0.18,
  /** How many of the search's best facts the engine holds to the question's reading. */
  candidates: 12,
  /**
   * A fact about every name and aspect the question names, answering the
   * type asked, is answered from this coverage even when the confidence
   * model alone would decline (its words are few or unknown).
   */
  understoodCoverage: 0.35,
  /** A question naming nothing the content knows is declined when this much of it is in words the content never uses. */
  unnamedUnknownShare: 0.35,
  /** "The sources don't say" only for questions mostly in the content's own words; the rest is declined. */
  gapUnknownShare: 0.7,
  /** A "what…" question this much in words the content never uses asks for something it does not hold. */
  unknownThingShare: 0.35,
  /** A fact also about a programme or person the question does not name ranks this much lower (at most twice). */
  otherSubjectPenalty: 0.15,
  /** The confidence a question naming only NATO or only Korea, and nothing of the partnership, needs. */
  onePartyConfidence: 0.95,
};
