import { LRUCache } from "lru-cache";
import { type Analyzer, createAnalyzer } from "./analysis/analyzer.js";
import { foldForSearch } from "./analysis/fold-for-search.js";
import { type Answer, createAnswerEngine } from "./answer.js";
import { type Content, type Fact, loadContent } from "./content/index.js";
import { createLanguageDetector, type LanguageDetector } from "./detect-language.js";
import type { Lang } from "./languages.js";
import { cyrillicFromLatin, isLatinOnly } from "./latin-ukrainian.js";
import { buildArticleIndexes, buildFactIndexes } from "./search/collections.js";
import { smallTalkAnswer } from "./small-talk/answer.js";
import { createSmallTalkReader } from "./small-talk/recognize.js";
import { plainWords } from "./text/plain-words.js";
import { isUnderstood } from "./understanding/choose-facts.js";
import { cueWords } from "./understanding/cues.js";
import { nameRoles } from "./understanding/fact-profile.js";
import { createFollowUpReader, type PreviousTurn } from "./understanding/follow-up.js";
import { type QuestionReading, SPECIFIC_TYPES } from "./understanding/read-question.js";

export type { PreviousTurn } from "./understanding/follow-up.js";

/**
 * The knowledge library's front door: the loaded content and everything the
 * bot, the local chat, the evaluation and the benchmarks compute from it.
 * Plain TypeScript, no grammY.
 */
export interface Knowledge {
  readonly content: Content;
  readonly analyzer: Analyzer;
  /** The language of user text (script, and Ukrainian typed in Latin letters), glossary names ignored. */
  readonly detectLanguage: LanguageDetector;
  /**
   * Answers a question in `lang`, the reply language the caller decided on
   * (see detectLanguage). With the turn before in the same chat, a follow-up
   * ("and Stoltenberg?", "tell me more") is answered in its light.
   */
  answer(question: string, lang: Lang, previous?: PreviousTurn): Answer;
}

/** Answers kept for questions asked again. */
const ANSWERS_KEPT = 1_000;
/**
 * "What did he mean by that?": the sources report what was said, not what it
 * meant. Said so, with what they hold next to the fact just shown.
 */
function meaningAnswer(content: Content, lang: Lang, previous: PreviousTurn): Answer {
  const seen = new Set(previous.shown);
  const last = content.factById.get(previous.answered.at(-1) ?? "");
  const offers = (last?.related ?? [])
    .map((id) => content.factById.get(id))
    .filter((fact): fact is Fact => fact !== undefined && !seen.has(fact.id))
    .slice(0, 3);
  return {
    lang,
    kind: "gap",
    confidence: 0,
    alternatives: offers,
    unanswered: [],
    asked: previous.question,
    followsUp: "meaning",
  };
}

/** The second question names something, or an aspect, that the first does not ask about. */
function asksAnew(first: QuestionReading, second: QuestionReading): boolean {
  const newName = second.focal.some((name) => !first.focal.includes(name));
  const newAspect = [...second.aspects].some((aspect) => !first.aspects.has(aspect));
  return newName || newAspect;
}

/** At most this many words make a question that leans on the turn before. */
const FOLLOW_UP_WORDS = 8;

/** A follow-up's question as answered (the turns it builds on, then it) is kept this short. */
const MAX_ASKED = 400;

/**
 * "Tell me more": the first related fact of the facts that answered this
 * thread's questions, oldest first, that the chat has not seen; none left is
 * said plainly.
 */
function moreAnswer(content: Content, lang: Lang, previous: PreviousTurn): Answer {
  const seen = new Set(previous.shown);
  const next = previous.answered
    .flatMap((id) => content.factById.get(id)?.related ?? [])
    .map((id) => content.factById.get(id))
    .find((fact) => fact !== undefined && !seen.has(fact.id));
  if (!next) {
    return {
      lang,
      kind: "none",
      reason: "no-more",
      confidence: 0,
      alternatives: [],
      followsUp: "more",
    };
  }
  return {
    lang,
    kind: "fact",
    fact: next,
    confidence: 1,
    alternatives: [],
    asked: previous.question,
    followsUp: "more",
  };
}

/** Builds the analyser and the search indexes over loaded content. */
export function createKnowledge(content: Content): Knowledge {
  const analyzer = createAnalyzer(content.glossary, content.spellings.search);
  const names = glossaryNames(content);
  const latinNames = new Set(names.filter(isLatinOnly).map((name) => foldForSearch(name)));
  const engine = createAnswerEngine({
    content,
    analyzer,
    facts: buildFactIndexes(content, analyzer),
    article: buildArticleIndexes(content, analyzer),
  });
  // People ask the same questions again and again; an answer depends on the
  // question and the language alone.
  const answers = new LRUCache<string, Answer>({ max: ANSWERS_KEPT });
  const detect = createLanguageDetector(names, vocabulary(content));
  const smallTalk = createSmallTalkReader(content.smallTalk);
  const featured = content.facts.filter((fact) => fact.featured);
  // Ukrainian typed in Latin letters is searched as the Cyrillic it stands for.
  const searchable = (text: string, lang: Lang) =>
    lang === "uk" && isLatinOnly(text)
      ? cyrillicFromLatin(text, (word) => latinNames.has(foldForSearch(word)))
      : text;
  const followUps = createFollowUpReader(content);
  const { persons } = nameRoles(content);
  function answerAfresh(question: string, lang: Lang, previous?: PreviousTurn): Answer {
    const words = plainWords(question);
    const reading = smallTalk.read(question, words);
    if (reading.kind === "small-talk") return smallTalkAnswer(reading.intent, lang, featured);
    const text = searchable(reading.text, lang);
    const whole = engine.read(text, lang, searchable(question, lang));
    const answer = (previous &&
      followUp(text, lang, previous, { message: searchable(question, lang) })) ??
      twoQuestions(text, lang) ??
      unresolved(text, lang, whole) ?? {
        ...engine.answer(text, lang, whole),
        asked: text,
      };
    // A typo in small talk ("thnaks") is only small talk when no answer was found.
    const loose = answer.kind === "none" ? smallTalk.loosely(words) : undefined;
    return loose ? smallTalkAnswer(loose, lang, featured) : answer;
  }
  /**
   * A follow-up answered in the light of the turn before; undefined when the
   * message is a question of its own, or a follow-up that finds no fact, which
   * is then answered on its own rather than with a guess.
   */
  function followUp(
    text: string,
    lang: Lang,
    previous: PreviousTurn,
    { joined = false, message = text } = {},
  ): Answer | undefined {
    const question = followUps.strip(text, lang);
    // Question words are read on the whole message: "чи" is also a small-talk filler.
    const reading = engine.read(question, lang, message);
    const kind = followUps.kind(question, reading, lang);
    if (kind === "more") return moreAnswer(content, lang, previous);
    if (kind === "meaning") return meaningAnswer(content, lang, previous);
    // The second of two questions in one message builds on the first, whole or not.
    if (kind === "fresh" && !joined) return undefined;
    const last = content.factById.get(previous.answered.at(-1) ?? "");
    const completed = followUps.complete(
      reading,
      engine.read(previous.question, lang),
      question,
      lang,
      last?.subject ?? [],
    );
    const asked = `${previous.question} ${question}`.slice(-MAX_ASKED);
    const answer = engine.answer(asked, lang, completed);
    if (answer.kind === "fact") return { ...answer, asked, followsUp: "elliptical" };
    if (answer.kind !== "gap") return undefined;
    // Understood with the turn before, and the sources don't hold it ("who signed
    // it?" … "and the IPCP?"): say so, unless the message, a whole question on its
    // own, has an answer as such ("does this programme have an end date?").
    const whole = isUnderstood(reading) && reading.types.length > 0;
    if (whole && engine.answer(question, lang, reading).kind === "fact") return undefined;
    return { ...answer, asked, followsUp: "elliptical" };
  }
  /**
   * "What did he say?" with no one named before it: whoever "he" is, a guess
   * would be wrong half the time. Declined, with questions to ask instead.
   */
  function unresolved(text: string, lang: Lang, reading: QuestionReading): Answer | undefined {
    const question = followUps.strip(text, lang);
    // Short, as follow-ups are: a long sentence with "he" in it ("…, he stressed") is no such question.
    if (cueWords(question).length > FOLLOW_UP_WORDS) return undefined;
    if (!leansBack(question, lang, reading)) return undefined;
    return {
      lang,
      kind: "none",
      reason: "out-of-scope",
      confidence: 0,
      alternatives: featured.slice(0, 3),
    };
  }
  /**
   * What a message can only mean with a turn before it: "he" with no person
   * named; "which of them…" naming nothing, asking no who, when, where…;
   * "tell me more" alone.
   */
  function leansBack(question: string, lang: Lang, reading: QuestionReading): boolean {
    const understood = reading.focal.length > 0 || reading.aspects.size > 0;
    if (!understood && followUps.kind(question, reading, lang) === "more") return true;
    const person = reading.focal.some((name) => persons.has(name));
    if (!person && followUps.pointsToPerson(question, lang)) return true;
    if (understood || reading.types.some((type) => SPECIFIC_TYPES.has(type))) return false;
    return followUps.pointsBack(question, lang);
  }
  /**
   * Two questions about different things in one message ("is it a treaty,
   * and how many areas has it?", "who signed it for NATO, and what did he
   * say?"): the first answered on its own, the second as its follow-up, in
   * one reply. Two questions about one thing ("who signed it and when?") are
   * left to the engine, which answers each part of one reading.
   */
  function twoQuestions(text: string, lang: Lang): Answer | undefined {
    for (const [left, right] of followUps.clauses(text, lang)) {
      const first = engine.read(left, lang);
      const second = engine.read(right, lang);
      if (first.types.length === 0 || second.types.length === 0) continue;
      if (!asksAnew(first, second)) continue;
      const one = engine.answer(left, lang, first);
      if (one.kind !== "fact" || !one.fact) continue;
      const shown = [one.fact.id, ...(one.parts ?? []).map((fact) => fact.id)];
      const following = followUp(
        right,
        lang,
        { question: left, shown, answered: shown },
        { joined: true },
      );
      const two = following?.kind === "fact" ? following : engine.answer(right, lang, second);
      if (two.kind !== "fact" || !two.fact) continue;
      const more = [two.fact, ...(two.parts ?? [])].filter((fact) => !shown.includes(fact.id));
      return { ...one, parts: [...(one.parts ?? []), ...more], alternatives: [], asked: text };
    }
    return undefined;
  }
  return {
    content,
    analyzer,
    // Marks, links and emoji are no words: they must not make a message look English.
    detectLanguage: (text) => detect(plainWords(text)),
    answer(question, lang, previous) {
      // A follow-up depends on the turn before: only questions on their own are kept.
      if (previous) return answerAfresh(question, lang, previous);
      const key = `${lang}:${question}`;
      const kept = answers.get(key);
      if (kept) return kept;
      const answer = answerAfresh(question, lang);
      answers.set(key, answer);
      return answer;
    },
  };
}

/** Loads `content/` (validated; throws ContentError) and builds the knowledge on it. */
export function loadKnowledge(contentDir?: string): Knowledge {
  return createKnowledge(loadContent(contentDir));
}

/**
 * Every spelling of every glossary name, in all scripts, variants included.
 * Concepts and off-topic words are ordinary words, not names: they do tell
 * the asker's language.
 */
export function glossaryNames(content: Pick<Content, "glossary">): string[] {
  return content.glossary
    .filter((entry) => entry.kind !== "concept")
    .flatMap((entry) => [
      ...entry.names.uk,
      ...entry.names.en,
      ...entry.names.ko,
      ...(entry.variants ?? []),
    ]);
}

/** The folded words of the content's Ukrainian and English texts: facts, their questions, the article, small talk. */
function vocabulary(content: Content): { uk: Set<string>; en: Set<string> } {
  const wordsOf = (texts: readonly string[]) =>
    new Set(texts.flatMap((text) => foldForSearch(text).match(/\p{L}+/gu) ?? []));
  const textsIn = (lang: "uk" | "en") => [
    ...content.facts.flatMap((fact) => [
      fact.title[lang],
      fact.answer[lang],
      ...fact.questions[lang],
      ...fact.keywords[lang],
    ]),
    ...[...content.sentenceById.values()].map((sentence) => sentence[lang]),
    ...content.glossary.flatMap((entry) => entry.names[lang]),
    // Small talk tells the language too ("dyakuyu" is Ukrainian, "thanks" English).
    ...content.smallTalk.groups.flatMap((group) => group.phrases[lang]),
    ...content.smallTalk.fillers[lang],
  ];
  return { uk: wordsOf(textsIn("uk")), en: wordsOf(textsIn("en")) };
}
