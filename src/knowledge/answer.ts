import type { Analyzer, TermGroup } from "./analysis/analyzer.js";
import { CALIBRATION } from "./calibration.js";
import type {
  ArticleSentence,
  Content,
  Fact,
  Premise,
  QuestionType,
  Quote,
  SmallTalkIntent,
} from "./content/index.js";
import type { Lang } from "./languages.js";
import type { IndexesByLang } from "./search/collections.js";
import {
  confidenceOf,
  logOdds,
  type MatchFeatures,
  matchFeatures,
  runnerUpFeatures,
} from "./search/confidence.js";
import type { Hit } from "./search/term-index.js";
import { createSuggest } from "./suggestions.js";
import { TUNING } from "./tuning.js";
import { type Choice, chooseFacts, trusted } from "./understanding/choose-facts.js";
import { cueWords } from "./understanding/cues.js";
import { createFactFit } from "./understanding/fact-fit.js";
import {
  createQuestionReader,
  type QuestionReading,
  SPECIFIC_TYPES,
} from "./understanding/read-question.js";

/** no-more: "tell me more" with every related fact already shown. */
export type NoAnswerReason = "empty" | "out-of-scope" | "no-more";

export interface ArticlePassage {
  sentences: ArticleSentence[];
  /** Set when the passage is quoted speech: shown from the quotes data, in the original. */
  quote?: Quote;
}

/** What the engine found for a question: data only; the bot's views turn it into a message. */
export interface Answer {
  /** The language the answer is for: the one the caller decided to reply in. */
  lang: Lang;
  /**
   * small-talk: a greeting, thanks… (no fact; `alternatives` are questions to suggest).
   * gap: the question is understood, and the sources do not hold its answer
   * (`alternatives` are what they hold about the same thing).
   */
  kind: "fact" | "article" | "none" | "small-talk" | "gap";
  fact?: Fact;
  /** A compound question: the facts answering its other parts, after `fact`. */
  parts?: Fact[];
  /** Parts of the question that no fact answers (with `fact`), or that a gap is about. */
  unanswered?: QuestionType[];
  /** A false belief the question carries, corrected in a gap reply. */
  premise?: Premise;
  /** What the question was read to be about and to ask. */
  reading?: QuestionReading;
  /** The question as answered, to keep as the turn a follow-up builds on (a follow-up's includes what it built on). */
  asked?: string;
  /** Answered in the light of the turn before: "and where?" (elliptical), "tell me more", "what did he mean?". */
  followsUp?: "elliptical" | "more" | "meaning";
  passage?: ArticlePassage;
  /** 0…1: the estimated chance that the best match is the right answer (calibrated). */
  confidence: number;
  /** What the confidence was computed from (for the evaluation and calibration). */
  features?: MatchFeatures;
  /** Close alternatives ("did you mean") or, with no answer, suggestions. */
  alternatives: Fact[];
  reason?: NoAnswerReason;
  /** For small talk: what kind it is. */
  intent?: SmallTalkIntent;
}

export interface AnswerEngine {
  /** What a question is about and asks (its question words looked for in `whole`, when given). */
  read(question: string, lang: Lang, whole?: string): QuestionReading;
  /**
   * Answers `question` in `lang`, the reply language the caller decided on;
   * held to `reading` when given (a follow-up's, completed from the turn before).
   */
  answer(question: string, lang: Lang, reading?: QuestionReading): Answer;
}

export interface AnswerEngineParts {
  content: Content;
  analyzer: Analyzer;
  facts: IndexesByLang;
  article: IndexesByLang;
}

export function createAnswerEngine(parts: AnswerEngineParts): AnswerEngine {
  const suggest = createSuggest(parts.content, parts.analyzer);
  const passages = articlePassages(parts.content);
  const read = createQuestionReader(parts.content);
  const fit = createFactFit(parts.content, parts.analyzer);
  // A question is read, then answered: its words are analysed once.
  let analysed: { text: string; groups: TermGroup[] } = { text: "", groups: [] };
  const groupsOf = (text: string) => {
    if (analysed.text !== text) analysed = { text, groups: parts.analyzer.groups(text) };
    return analysed.groups;
  };
  return {
    read: (question, lang, whole) => read(question, groupsOf(question), lang, whole),
    answer(question, lang, given) {
      const groups = groupsOf(question);
      if (groups.length === 0) return decline(lang, suggest(groups, [], lang), "empty");
      const index = parts.facts[lang];
      const hits = index.find(groups, TUNING.candidates);
      const reading = given ?? read(question, groups, lang);
      const features = matchFeatures(index, groups, hits);
      const offtopic = features.offtopic > 0;
      const choice = chooseFacts(fit, hits, reading);
      const words = cueWords(question).length;
      const found = choice && trusted(index, groups, choice.about, reading, words);
      const answer = found && factAnswer(parts.content, lang, reading, choice, found, offtopic);
      if (answer) return withPremise(answer, fit.premises(reading)[0]);
      // Understood, and no fact holds it: say so rather than offer a neighbour.
      // A question mostly in words the content never uses is about something else.
      const premise = fit.premises(reading)[0];
      const aboutUs = features.unknown < TUNING.gapUnknownShare;
      if (premise || (reading.concernsPartnership && !offtopic && aboutUs)) {
        const offers = fit.aboutTheSame(hits, reading).slice(0, 3);
        return gap(lang, reading, offers.length > 0 ? offers : suggest(groups, hits, lang), {
          unanswered: reading.types.filter((type) => SPECIFIC_TYPES.has(type)),
          premise,
          features,
        });
      }
      return (
        (offtopic ? undefined : articleAnswer(parts, passages, lang, groups)) ??
        decline(lang, suggest(groups, hits, lang), "out-of-scope", features)
      );
    },
  };
}

/**
 * A question with a false premise: the fact that is about what the premise
 * gets wrong is the answer ("Is Korea a NATO member?" is answered by the fact
 * that it is a partner). Any other fact would answer past the premise: the
 * reply corrects it, says the sources hold no more, and offers that fact.
 */
function withPremise(answer: Answer, premise: Premise | undefined): Answer {
  const fact = answer.fact;
  if (!premise || !fact || premise.aspects.every((aspect) => fact.aspects.includes(aspect)))
    return answer;
  const offers = [fact, ...(answer.parts ?? []), ...answer.alternatives].slice(0, 3);
  return gap(answer.lang, answer.reading, offers, { unanswered: [], premise });
}

/** "My sources don't say": what is missing, a premise to correct, and what to offer instead. */
function gap(
  lang: Lang,
  reading: QuestionReading | undefined,
  offers: Fact[],
  parts: { unanswered: QuestionType[]; premise?: Premise | undefined; features?: MatchFeatures },
): Answer {
  return {
    lang,
    kind: "gap",
    confidence: 0,
    alternatives: offers,
    unanswered: parts.unanswered,
    ...(parts.premise ? { premise: parts.premise } : {}),
    ...(parts.features ? { features: parts.features } : {}),
    ...(reading ? { reading } : {}),
  };
}

/** The chosen facts as an answer, with "did you mean" for close runners-up. */
function factAnswer(
  content: Content,
  lang: Lang,
  reading: QuestionReading,
  choice: Choice,
  found: { features: MatchFeatures; confidence: number },
  offtopic: boolean,
): Answer | undefined {
  const [first, ...others] = choice.answers;
  if (!first || (offtopic && found.confidence < CALIBRATION.threshold)) return undefined;
  const [top, ...rest] = choice.about;
  // A compound question is answered part by part: no "did you mean" for its other parts.
  const compound = reading.types.filter((type) => SPECIFIC_TYPES.has(type)).length > 1;
  const runnersUp =
    others.length > 0 || compound || !top
      ? []
      : closeRunnersUp(found.features, found.confidence, top, rest).map((hit) =>
          factOf(content, hit.id),
        );
  return {
    lang,
    kind: "fact",
    fact: factOf(content, first.id),
    ...(others.length > 0 ? { parts: others.map((hit) => factOf(content, hit.id)) } : {}),
    ...(choice.unanswered.length > 0 ? { unanswered: choice.unanswered } : {}),
    confidence: found.confidence,
    features: found.features,
    alternatives: runnersUp,
    reading,
  };
}

/**
 * "Did you mean": the runners-up the confidence model rates within
 * TUNING.didYouMeanMargin of the answer given. An answer far ahead of every
 * other has none: it is not followed by doubts.
 */
function closeRunnersUp(
  features: MatchFeatures,
  confidence: number,
  top: Hit,
  rest: readonly Hit[],
): Hit[] {
  const odds = logOdds(confidence);
  const close = (hit: Hit) =>
    odds - logOdds(confidenceOf(runnerUpFeatures(features, hit, top))) <= TUNING.didYouMeanMargin;
  return rest.filter(close).slice(0, 2);
}

/** What the article needs to show a sentence as an answer: the sentence before it, and quotes. */
interface ArticlePassages {
  previous: ReadonlyMap<string, ArticleSentence>;
  quoteBySentence: ReadonlyMap<string, Quote>;
}

function articlePassages(content: Content): ArticlePassages {
  const ordered = [...content.sentenceById.values()];
  const quoteBySentence = new Map<string, Quote>();
  for (const quote of content.quotes) {
    for (const translation of Object.values(quote.translations)) {
      if (translation?.article) quoteBySentence.set(translation.article, quote);
    }
  }
  return {
    previous: new Map(
      ordered.slice(1).map((sentence, i) => [sentence.id, ordered[i] as ArticleSentence]),
    ),
    quoteBySentence,
  };
}

/** The article is a fallback for questions on its subject that no fact answers confidently. */
function articleAnswer(
  parts: AnswerEngineParts,
  passages: ArticlePassages,
  lang: Lang,
  groups: readonly TermGroup[],
): Answer | undefined {
  const [hit] = parts.article[lang].find(groups, 1);
  if (!hit || hit.coverage < TUNING.articleThreshold) return undefined;
  const sentence = parts.content.sentenceById.get(hit.id) as ArticleSentence;
  const quote = passages.quoteBySentence.get(sentence.id);
  const previous = passages.previous.get(sentence.id);
  const sentences = previous && sentence.with_previous ? [previous, sentence] : [sentence];
  return {
    lang,
    kind: "article",
    passage: { sentences, ...(quote ? { quote } : {}) },
    confidence: hit.coverage,
    alternatives: [],
  };
}

/** No answer, with what to ask instead. */
function decline(
  lang: Lang,
  suggestions: Fact[],
  reason: NoAnswerReason,
  features?: MatchFeatures,
): Answer {
  return {
    lang,
    kind: "none",
    confidence: features ? confidenceOf(features) : 0,
    ...(features ? { features } : {}),
    alternatives: suggestions,
    reason,
  };
}

function factOf(content: Content, id: string): Fact {
  return content.factById.get(id) as Fact;
}
