import type { Content } from "../content/index.js";
import { LANGS, type Lang } from "../languages.js";
import { isUnderstood } from "./choose-facts.js";
import { type Cue, compileCues, cueText, cueWords, hasCue } from "./cues.js";
import { nameRoles } from "./fact-profile.js";
import type { QuestionReading } from "./read-question.js";

/** What the bot keeps of the last answered turn in a chat, for the next one. */
export interface PreviousTurn {
  /** The question as it was answered: a follow-up's includes what it inherited. */
  question: string;
  /** The facts shown in this context, oldest first. */
  shown: readonly string[];
  /** Those of them that answered a question (not "tell me more"): what "more" is about. */
  answered: readonly string[];
}

/** How a message stands to the turn before it. */
export type FollowUpKind =
  /** "tell me more": the next related fact. */
  | "more"
  /** "what did he mean by that?": what the sources don't say. */
  | "meaning"
  /** "and Stoltenberg?", "а де?", "what did he say?": completed from the turn before. */
  | "elliptical"
  /** A question of its own. */
  | "fresh";

export interface FollowUpReader {
  /**
   * The question without an opener that only links it to the turn before
   * ("and …", "what about …", "а …", "그럼 …"): "what about the IPCP?" asks
   * about the IPCP what the turn before asked, not "what".
   */
  strip(question: string, lang: Lang): string;
  kind(question: string, reading: QuestionReading, lang: Lang): FollowUpKind;
  /** Does the message stand for a person by a word like "he" ("what did he say?")? */
  pointsToPerson(question: string, lang: Lang): boolean;
  /** Does it point back by a word like "it", "them", "він" ("which of them are new?")? */
  pointsBack(question: string, lang: Lang): boolean;
  /**
   * The ways a message splits into two questions, at a comma or a joining
   * word ("who signed it, and what did he say?"), earliest first.
   */
  clauses(text: string, lang: Lang): Array<[string, string]>;
  /**
   * The question's reading, what it lacks taken from the turn before; `shown`
   * are the people the last fact shown was about ("who signed it?" … "what
   * did they say?").
   */
  complete(
    reading: QuestionReading,
    previous: QuestionReading,
    question: string,
    lang: Lang,
    shown: readonly string[],
  ): QuestionReading;
}

export function createFollowUpReader(content: Content): FollowUpReader {
  const cues = {
    more: compileCues(content.followUps.more),
    meaning: compileCues(content.followUps.meaning),
    ellipsis: compileCues(content.followUps.ellipsis),
    person: compileCues(content.followUps.person),
    thing: compileCues(content.followUps.thing),
  };
  const joins = Object.fromEntries(
    LANGS.map((lang) => {
      const words = [...content.followUps.conjunctions[lang]]
        .sort((a, b) => b.length - a.length)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("|");
      return [lang, new RegExp(`\\s*[,;]\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+`, "giu")];
    }),
  ) as Record<Lang, RegExp>;
  const { persons } = nameRoles(content);
  // "він" stands for a person; "вона", "її", "it" may stand for the programme as well.
  const onlyPerson = Object.fromEntries(
    LANGS.map((lang) => {
      const things = new Set(cues.thing[lang].map((cue) => cue.join(" ")));
      return [lang, cues.person[lang].filter((cue) => !things.has(cue.join(" ")))];
    }),
  ) as Record<Lang, Cue[]>;
  // Words that stand for something start a word, in Korean too (see cueAt).
  const has = (question: string, list: Record<Lang, Cue[]>, lang: Lang) =>
    hasCue(cueText(question), list[lang], lang, { wordStart: true });
  return {
    clauses(text, lang) {
      const splits: Array<[string, string]> = [];
      for (const match of text.matchAll(joins[lang])) {
        const left = text.slice(0, match.index).trim();
        const right = text.slice((match.index ?? 0) + match[0].length).trim();
        if (left && right) splits.push([left, right]);
      }
      return splits;
    },
    strip(question, lang) {
      const words = cueWords(question);
      // The longest opener the message starts with.
      const opener = cues.ellipsis[lang]
        .filter((cue) => cue.every((word, i) => words[i] === word))
        .sort((a, b) => b.length - a.length)[0];
      return opener ? words.slice(opener.length).join(" ") : question;
    },
    pointsToPerson: (question, lang) => has(question, onlyPerson, lang),
    pointsBack: (question, lang) =>
      has(question, cues.person, lang) || has(question, cues.thing, lang),
    kind(question, reading, lang) {
      // "tell me more" alone, not "tell me more about the areas".
      if (isOnly(cueWords(question), cues.more[lang], lang) && !isUnderstood(reading))
        return "more";
      if (reading.focal.length === 0 && has(question, cues.meaning, lang)) return "meaning";
      const pointsBack = has(question, cues.person, lang) || has(question, cues.thing, lang);
      // A question that names what it is about and asks something starts afresh.
      return isUnderstood(reading) && reading.types.length > 0 && !pointsBack
        ? "fresh"
        : "elliptical";
    },
    complete(reading, previous, question, lang, shown) {
      const focal = (() => {
        if (reading.focal.length > 0) return reading.focal;
        const named = previous.focal.filter((name) => persons.has(name));
        const people = named.length > 0 ? named : shown.filter((name) => persons.has(name));
        // "he" is the last person; "they", asked what was said, all of them.
        if (has(question, cues.person, lang) && people.length > 0) return people.slice(-1);
        const asksWords = reading.types.includes("said") || reading.types.includes("who");
        if (asksWords && has(question, cues.thing, lang) && people.length > 0) return people;
        return previous.focal;
      })();
      // "and Stoltenberg?" keeps the aspect asked about; "що це таке ITPP?"
      // names its subject and asks: no aspect of the turn before is meant.
      const keepAspects =
        reading.aspects.size === 0 && (reading.types.length === 0 || reading.focal.length === 0);
      return {
        names: new Set([...reading.names, ...focal]),
        focal,
        aspects: keepAspects ? previous.aspects : reading.aspects,
        years: reading.years.length > 0 ? reading.years : previous.years,
        // "and the areas?" after "when was it signed?" asks about the areas, not when.
        types:
          reading.types.length > 0 || reading.aspects.size > 0 ? reading.types : previous.types,
        concernsPartnership: reading.concernsPartnership || previous.concernsPartnership,
      };
    },
  };
}

/** The words are one cue and nothing else ("tell me more", "детальніше", "더 알려줘"). */
function isOnly(words: readonly string[], cues: readonly Cue[], lang: Lang): boolean {
  const text = words.join(lang === "ko" ? "" : " ");
  return cues.some((cue) => cue.join(lang === "ko" ? "" : " ") === text);
}
