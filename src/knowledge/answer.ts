import { type Analyzer, isGlossaryTerm } from "./analysis/analyzer.js";
import { BoundedMemory, REMEMBERED_QUESTION_LENGTH } from "./bounded-memory.js";
import { CALIBRATION } from "./calibration.js";
import type { ArticleSentence, Content, Fact, Quote } from "./content/index.js";
import type { Lang } from "./lang.js";
import type { LanguageDetector } from "./language.js";
import type { IndexesByLang } from "./search/collections.js";
import { confidenceOf, type MatchFeatures, matchFeatures } from "./search/confidence.js";
import { TUNING } from "./tuning.js";

/** Questions whose answers are kept per preferred language. */
const ANSWERS_REMEMBERED = 1_000;

export type NoAnswerReason = "empty" | "out-of-scope";

export interface ArticlePassage {
  sentences: ArticleSentence[];
  /** Set when the passage is quoted speech: shown from the quotes data, in the original. */
  quote?: Quote;
}

export interface Answer {
  /** The language to reply in: the question's script, else the preferred language. */
  lang: Lang;
  /** What the question's own words said; undefined for names, numbers, emoji. */
  detectedLang: Lang | undefined;
  kind: "fact" | "article" | "none";
  fact?: Fact;
  passage?: ArticlePassage;
  /** 0…1: the estimated chance that the best match is the right answer (calibrated). */
  confidence: number;
  /** What the confidence was computed from (for the evaluation and calibration). */
  features?: MatchFeatures;
  /** Close alternatives ("did you mean") or, with no answer, suggestions. */
  alternatives: Fact[];
  reason?: NoAnswerReason;
}

export interface AnswerOptions {
  preferredLang?: Lang | undefined;
}

export interface AnswerEngine {
  answer(question: string, options?: AnswerOptions): Answer;
}

export function createAnswerEngine(deps: {
  content: Content;
  analyzer: Analyzer;
  detectLanguage: LanguageDetector;
  facts: IndexesByLang;
  article: IndexesByLang;
}): AnswerEngine {
  const { content, analyzer, detectLanguage, facts, article } = deps;
  const featured = content.facts.filter((fact) => fact.featured);
  const quoteBySentence = new Map<string, Quote>();
  for (const quote of content.quotes) {
    for (const translation of Object.values(quote.translations)) {
      if (translation?.article) quoteBySentence.set(translation.article, quote);
    }
  }
  const fact = (id: string) => content.factById.get(id) as Fact;
  const ordered = [...content.sentenceById.values()];
  const previousSentence = new Map(
    ordered.slice(1).map((sentence, i) => [sentence.id, ordered[i] as ArticleSentence]),
  );

  // The answer depends on nothing but the question and the preferred
  // language, and people ask the same questions again and again. One map per
  // preferred language, keyed by the question as it came.
  const remembered = new Map<Lang | undefined, BoundedMemory<Answer>>();
  return {
    answer(question, options = {}) {
      let answers = remembered.get(options.preferredLang);
      if (answers === undefined) {
        answers = new BoundedMemory(ANSWERS_REMEMBERED, REMEMBERED_QUESTION_LENGTH);
        remembered.set(options.preferredLang, answers);
      }
      return answers.get(question) ?? answers.keep(question, answerAfresh(question, options));
    },
  };

  function answerAfresh(question: string, { preferredLang }: AnswerOptions): Answer {
    const detectedLang = detectLanguage(question);
    const lang = detectedLang ?? preferredLang ?? "en";
    const groups = analyzer.groups(question);
    const base = { lang, detectedLang };
    if (groups.length === 0) {
      return {
        ...base,
        kind: "none",
        confidence: 0,
        alternatives: featured.slice(0, 3),
        reason: "empty",
      };
    }

    const hits = facts[lang].find(groups, 5);
    const [top, ...rest] = hits;
    const features = matchFeatures(facts[lang], groups, hits);
    const confidence = confidenceOf(features);
    // A bare name ("ITPP?", "Stoltenberg") asks what or who it is: the fact
    // that explains it all is the answer, however short the question.
    const namesOnly = groups.every((group) => isGlossaryTerm(group.terms[0] ?? ""));
    if (top && (confidence >= CALIBRATION.threshold || (namesOnly && top.coverage >= 0.99))) {
      const close = rest.filter(
        (hit) =>
          hit.coverage >= top.coverage * 0.8 && hit.score >= top.score * TUNING.closeScoreRatio,
      );
      return {
        ...base,
        kind: "fact",
        fact: fact(top.id),
        confidence,
        features,
        alternatives: close.slice(0, 2).map((hit) => fact(hit.id)),
      };
    }

    // The article is a fallback for questions on its subject, not for off-topic ones.
    const [sentenceHit] = features.offtopic ? [] : article[lang].find(groups, 1);
    if (sentenceHit && sentenceHit.coverage >= TUNING.articleThreshold) {
      const sentence = content.sentenceById.get(sentenceHit.id) as ArticleSentence;
      const quote = quoteBySentence.get(sentence.id);
      const previous = previousSentence.get(sentence.id);
      const sentences = previous && sentence.with_previous ? [previous, sentence] : [sentence];
      return {
        ...base,
        kind: "article",
        passage: { sentences, ...(quote ? { quote } : {}) },
        confidence: sentenceHit.coverage,
        alternatives: [],
      };
    }

    const suggestions = hits
      .filter((hit) => hit.coverage >= TUNING.suggestionThreshold)
      .map((hit) => fact(hit.id));
    return {
      ...base,
      kind: "none",
      confidence,
      features,
      alternatives: (suggestions.length > 0 ? suggestions : featured).slice(0, 3),
      reason: "out-of-scope",
    };
  }
}
