import { type Analyzer, isGlossaryTerm, type TermGroup } from "./analysis/analyzer.js";
import { CALIBRATION } from "./calibration.js";
import type { ArticleSentence, Content, Fact, Quote, SmallTalkIntent } from "./content/index.js";
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

export type NoAnswerReason = "empty" | "out-of-scope";

export interface ArticlePassage {
  sentences: ArticleSentence[];
  /** Set when the passage is quoted speech: shown from the quotes data, in the original. */
  quote?: Quote;
}

/** What the engine found for a question: data only; the bot's views turn it into a message. */
export interface Answer {
  /** The language the answer is for: the one the caller decided to reply in. */
  lang: Lang;
  /** small-talk: a greeting, thanks… (no fact; `alternatives` are questions to suggest). */
  kind: "fact" | "article" | "none" | "small-talk";
  fact?: Fact;
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
  /** Answers `question` in `lang`, the reply language the caller decided on. */
  answer(question: string, lang: Lang): Answer;
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
  return {
    answer(question, lang) {
      const groups = parts.analyzer.groups(question);
      if (groups.length === 0) return decline(lang, suggest(groups, [], lang), "empty");
      const hits = parts.facts[lang].find(groups, 5);
      const features = matchFeatures(parts.facts[lang], groups, hits);
      return (
        factAnswer(parts.content, lang, groups, hits, features) ??
        (features.offtopic ? undefined : articleAnswer(parts, passages, lang, groups)) ??
        decline(lang, suggest(groups, hits, lang), "out-of-scope", features)
      );
    },
  };
}

/** The best fact, when the confidence model trusts it (or the question is a bare name it explains). */
function factAnswer(
  content: Content,
  lang: Lang,
  groups: readonly TermGroup[],
  hits: readonly Hit[],
  features: MatchFeatures,
): Answer | undefined {
  const [top, ...rest] = hits;
  const confidence = confidenceOf(features);
  // A bare name ("ITPP?", "Stoltenberg") asks what or who it is: the fact
  // that explains it all is the answer, however short the question.
  const namesOnly = groups.every((group) => isGlossaryTerm(group.terms[0] ?? ""));
  if (!top || (confidence < CALIBRATION.threshold && !(namesOnly && top.coverage >= 0.99))) {
    return undefined;
  }
  return {
    lang,
    kind: "fact",
    fact: factOf(content, top.id),
    confidence,
    features,
    alternatives: closeRunnersUp(features, confidence, top, rest).map((hit) =>
      factOf(content, hit.id),
    ),
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
