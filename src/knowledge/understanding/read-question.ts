import { conceptTerm, glossaryTerm, type TermGroup } from "../analysis/analyzer.js";
import type { Content, QuestionType } from "../content/index.js";
import { LANGS, type Lang } from "../languages.js";
import { type Cue, type CueText, compileCues, cueAt, cueText } from "./cues.js";
import { nameRoles, quoteAspects } from "./fact-profile.js";

/**
 * What a question is about and what it asks, read from its words: the names
 * it carries (glossary ids), the aspects its concepts signal, the years it
 * mentions and the kinds of question it asks. The answer engine holds facts
 * to this reading (docs/answering.md).
 */
export interface QuestionReading {
  /** Every glossary name in the question. */
  readonly names: ReadonlySet<string>;
  /** The names the question is about: all but the background ones (South Korea, NATO). */
  readonly focal: readonly string[];
  readonly aspects: ReadonlySet<string>;
  /** Four-digit years (1900–2099). */
  readonly years: readonly string[];
  /** The kinds of question asked, in the order the question asks them; [] when no cue says. */
  readonly types: readonly QuestionType[];
  /**
   * The question concerns the partnership itself: it names one of its
   * programmes, people, events or bodies, or asks about an aspect of Korea
   * and NATO. A question about a country or city alone (Japan joining NATO,
   * the weather in Vilnius) does not, however much the sources say of it.
   */
  readonly concernsPartnership: boolean;
}

/**
 * The types that ask for one particular thing: a fact that does not answer
 * that thing is no answer, however close it is. The others (what, yes-no,
 * list, compare) only rank facts.
 */
export const SPECIFIC_TYPES: ReadonlySet<QuestionType> = new Set([
  "who",
  "when",
  "where",
  "how-many",
  "why",
  "said",
]);

/**
 * Reads `text` (analysed into `groups`); the question-type cues are looked
 * for in `whole` when given: the message before its small talk was taken
 * off, since "чи" and "or" are small talk fillers, yet "чи входить…" asks yes or no.
 */
export type QuestionReader = (
  text: string,
  groups: readonly TermGroup[],
  lang: Lang,
  whole?: string,
) => QuestionReading;

const YEAR = /^(?:19|20)\d\d$/;

export function createQuestionReader(content: Content): QuestionReader {
  const byTerm = new Map<string, { name?: string; aspect?: string }>();
  const background = new Set<string>();
  for (const entry of content.glossary) {
    // An off-topic entry may still say what is asked about (money: funding), for a premise to answer.
    if (entry.kind === "concept" || entry.kind === "offtopic") {
      if (entry.aspect) byTerm.set(conceptTerm(entry.id), { aspect: entry.aspect });
      continue;
    }
    byTerm.set(glossaryTerm(entry.id), { name: entry.id });
    if (entry.background) background.add(entry.id);
  }
  const cues = questionCues(content);
  const { settings, persons } = nameRoles(content);
  // What every quote is about (statements): the aspect a "what did … say?" asks about, whatever its words.
  const quotes = quoteAspects(content);
  return (text, groups, lang, whole) => {
    const names = new Set<string>();
    const aspects = new Set<string>();
    for (const group of groups) {
      for (const term of group.terms) {
        const meaning = byTerm.get(term);
        if (meaning?.name) names.add(meaning.name);
        if (meaning?.aspect) aspects.add(meaning.aspect);
      }
    }
    const words = cueText(whole ?? text);
    const focal = [...names].filter((name) => !background.has(name));
    const types = questionTypes(words, cues[lang], lang);
    // "What does the ITPP say about…" asks what it holds; only a person's words are a
    // quote. Still, words were asked for: only a fact on what was said may hold them.
    const quoted = focal.some((name) => persons.has(name));
    if (types.includes("said") && !quoted) for (const aspect of quotes) aspects.add(aspect);
    // An aspect of the partnership, or a country or city with one ("what did Japan's
    // prime minister say?"), concerns its story; a place alone ("the weather in Vilnius") does not.
    const concernsPartnership =
      focal.some((name) => !settings.has(name)) ||
      (aspects.size > 0 && (focal.length > 0 || [...names].some((name) => background.has(name))));
    return {
      names,
      focal,
      aspects,
      concernsPartnership,
      years: [...new Set(words.words.filter((word) => YEAR.test(word)))],
      types: quoted ? types : [...new Set(types.map((type) => (type === "said" ? "what" : type)))],
    };
  };
}

function questionCues(content: Content): Record<Lang, TypedCue[]> {
  const cues = Object.fromEntries(LANGS.map((lang) => [lang, [] as TypedCue[]])) as Record<
    Lang,
    TypedCue[]
  >;
  for (const [type, byLang] of Object.entries(content.questionTypes) as [
    QuestionType,
    Record<Lang, string[]>,
  ][]) {
    const compiled = compileCues(byLang);
    for (const lang of LANGS) cues[lang].push(...compiled[lang].map((words) => ({ type, words })));
  }
  return cues;
}

interface TypedCue {
  type: QuestionType;
  words: Cue;
}

/**
 * The types whose cues occur, by where they first occur. Types that ask for
 * one thing (when, who…) outrank the rest; yes-no and then what are only the
 * type when nothing more particular is asked: "what date" asks when, and
 * "was it signed in Vilnius" is a yes-no question only until a "where" shows.
 */
function questionTypes(words: CueText, cues: readonly TypedCue[], lang: Lang): QuestionType[] {
  const first = new Map<QuestionType, number>();
  for (const cue of cues) {
    const at = cueAt(words, cue.words, lang);
    if (at >= 0 && at < (first.get(cue.type) ?? Number.POSITIVE_INFINITY)) first.set(cue.type, at);
  }
  const found = [...first.keys()].sort((a, b) => (first.get(a) ?? 0) - (first.get(b) ?? 0));
  const specific = found.filter((type) => SPECIFIC_TYPES.has(type));
  const secondary = found.filter((type) => type === "list" || type === "compare");
  // "Is Vilnius where…", "Was it signed in…": a question that opens as yes-or-no is one,
  // whatever it goes on to name; the rest only says which fact answers it best.
  if (first.get("yes-no") === 0) return ["yes-no", ...specific, ...secondary];
  if (specific.length > 0 || secondary.length > 0) return [...specific, ...secondary];
  // "What is…" asks what, "Is it…" yes or no: whichever comes first.
  return found.filter((type) => type === "yes-no" || type === "what").slice(0, 1);
}
