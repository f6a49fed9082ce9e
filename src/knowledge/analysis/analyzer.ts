import { distance } from "fastest-levenshtein";
import type { GlossaryEntry } from "../content/index.js";
import { foldForSearch } from "./fold-for-search.js";
import { RUSSIAN_TO_UKRAINIAN } from "./russian.js";
import {
  createWordForms,
  isStopword,
  type Script,
  type SpellingFolds,
  scriptOf,
  type WordForms,
} from "./words.js";

/**
 * One word of a question, as the index sees it: the terms any of which may
 * match it. A glossary name (one or several words, in any script or
 * misspelling) becomes a single language-neutral term `@<id>`.
 */
export interface TermGroup {
  word: string;
  terms: string[];
  /** Set for words of what the bot does not cover: they weigh heavily against any match. */
  offtopic?: boolean;
  /** This word written together with a neighbour ("кібер захист" → кіберзахист): used only if the index knows it. */
  joined?: string[];
}

export interface Analyzer {
  /** The terms of a text, in order, for indexing. */
  terms(text: string): string[];
  /** The word groups of a question, for searching and for judging coverage. */
  groups(text: string): TermGroup[];
}

// A word is a run of one script: "ITPP는" is the name ITPP and the particle 는.
const WORD = /\p{Script=Hangul}+|\p{Script=Cyrillic}+|\p{Script=Latin}+|\p{N}+|\p{L}+/gu;
const RUSSIAN = new Map(
  [...RUSSIAN_TO_UKRAINIAN].map(([ru, uk]) => [foldForSearch(ru), foldForSearch(uk)]),
);
const NAME_PREFIX = "@";

const CONCEPT_PREFIX = "~";

export function glossaryTerm(id: string): string {
  return `${NAME_PREFIX}${id}`;
}

/** A concept's term sits beside the word's own terms: "backing" matches "support" and itself. */
export function conceptTerm(id: string): string {
  return `${CONCEPT_PREFIX}${id}`;
}

export function isGlossaryTerm(term: string): boolean {
  return term.startsWith(NAME_PREFIX);
}

export function createAnalyzer(
  glossary: readonly GlossaryEntry[],
  spellings: SpellingFolds,
): Analyzer {
  const forms = createWordForms(spellings);
  const names = buildNameTable(glossary, forms);
  return {
    groups: (text) => analyze(text, names, forms),
    // Indexed text keeps the joined forms too, so a query written either way finds it.
    terms: (text) =>
      analyze(text, names, forms).flatMap((group) => [...group.terms, ...(group.joined ?? [])]),
  };
}

interface NameTable {
  /** Base forms of a name's words joined by spaces → glossary id. */
  phrases: Map<string, string>;
  /** The first word (written and base form) of every phrase: most words start none. */
  firstWords: Set<string>;
  /** Glossary ids of concepts (words of one meaning) rather than names. */
  concepts: Set<string>;
  /** Glossary ids of what the bot does not cover. */
  offtopic: Set<string>;
  longest: number;
  /** Single-word names by length, folded but not stemmed, for typo matching. */
  byLength: Map<number, Array<{ name: string; id: string }>>;
  /**
   * Ukrainian single-word concept words by their cut stem (the index's
   * term): "допомогла" means what "допомога" does, though the glossary
   * cannot list every inflection.
   */
  conceptStems: Map<string, string>;
}

function buildNameTable(glossary: readonly GlossaryEntry[], forms: WordForms): NameTable {
  const phrases = new Map<string, string>();
  const firstWords = new Set<string>();
  const idsOf = (kind: GlossaryEntry["kind"]) =>
    new Set(glossary.filter((entry) => entry.kind === kind).map((entry) => entry.id));
  const concepts = idsOf("concept");
  const offtopic = idsOf("offtopic");
  const byLength = new Map<number, Array<{ name: string; id: string }>>();
  const conceptStems = new Map<string, string>();
  let longest = 1;
  for (const entry of glossary) {
    const spellings = [
      ...entry.names.uk,
      ...entry.names.en,
      ...entry.names.ko,
      ...(entry.variants ?? []),
    ];
    for (const spelling of spellings) {
      const words = foldForSearch(spelling).match(WORD) ?? [];
      if (words.length === 0) continue;
      const bases = words.map((word) => forms.baseForm(word));
      phrases.set(bases.join(" "), entry.id);
      // The written form too: a name may end like a particle (우크라이나, 나 "or").
      phrases.set(words.join(" "), entry.id);
      firstWords.add(words[0] as string).add(bases[0] as string);
      longest = Math.max(longest, words.length);
      const [only] = words;
      if (words.length === 1 && only && concepts.has(entry.id) && scriptOf(only) === "cyrillic") {
        const [stem] = forms.wordTerms(only, "cyrillic");
        if (stem && stem.length >= 4 && !conceptStems.has(stem)) conceptStems.set(stem, entry.id);
      }
      if (
        words.length === 1 &&
        only &&
        only.length >= 5 &&
        scriptOf(only) !== "hangul" &&
        !concepts.has(entry.id) &&
        !offtopic.has(entry.id)
      ) {
        const bucket = byLength.get(only.length) ?? [];
        bucket.push({ name: only, id: entry.id });
        byLength.set(only.length, bucket);
      }
    }
  }
  return { phrases, firstWords, concepts, offtopic, longest, byLength, conceptStems };
}

function analyze(text: string, names: NameTable, forms: WordForms): TermGroup[] {
  const words = (foldForSearch(text).match(WORD) ?? []).map((word) => RUSSIAN.get(word) ?? word);
  const scripts = words.map((word) => scriptOf(word));
  const bases = words.map((word, i) => forms.baseForm(word, scripts[i]));
  const out: TermGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const name = matchName(words, bases, i, names);
    if (name && (names.concepts.has(name.id) || names.offtopic.has(name.id))) {
      const span = words.slice(i, i + name.length);
      const own = span.flatMap((word) => forms.wordTerms(word, scriptOf(word)));
      const offtopic = names.offtopic.has(name.id);
      out.push({
        word: span.join(" "),
        terms: [...new Set([...own, conceptTerm(name.id)])],
        ...(offtopic ? { offtopic } : {}),
      });
      i += name.length;
      continue;
    }
    if (name) {
      out.push({ word: words.slice(i, i + name.length).join(" "), terms: [glossaryTerm(name.id)] });
      i += name.length;
      continue;
    }
    const word = words[i] as string;
    const script = scripts[i] as Script;
    i++;
    if (script === "other" || isStopword(word, script)) continue;
    const terms = forms.wordTerms(word, script);
    const concept = script === "cyrillic" ? names.conceptStems.get(terms[0] ?? "") : undefined;
    out.push({ word, terms: concept ? [...terms, conceptTerm(concept)] : terms });
  }
  return withJoinedPairs(out, forms);
}

function matchName(
  words: string[],
  bases: string[],
  start: number,
  names: NameTable,
): { id: string; length: number } | undefined {
  const startsPhrase =
    names.firstWords.has(words[start] as string) || names.firstWords.has(bases[start] as string);
  if (startsPhrase) {
    // The longest phrase starting here, its words as written or in base form.
    let found: { id: string; length: number } | undefined;
    let written = "";
    let based = "";
    const longest = Math.min(names.longest, words.length - start);
    for (let length = 1; length <= longest; length++) {
      const separator = length === 1 ? "" : " ";
      written += separator + words[start + length - 1];
      based += separator + bases[start + length - 1];
      const id = names.phrases.get(written) ?? names.phrases.get(based);
      if (id) found = { id, length };
    }
    if (found) return found;
  }
  const word = words[start] as string;
  if (word.length < 5 || isStopword(word)) return undefined;
  const id = misspeltName(word, names);
  return id ? { id, length: 1 } : undefined;
}

/** A misspelt name: one edit in a short name, two in a long one. */
function misspeltName(word: string, names: NameTable): string | undefined {
  const allowed = word.length >= 8 ? 2 : 1;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of names.byLength.get(length) ?? []) {
      if (distance(word, candidate.name) <= allowed) return candidate.id;
    }
  }
  return undefined;
}

/**
 * People split and join words ("кібер захист" / "кіберзахист", "counter
 * terrorism"): each pair of neighbouring words also offers the terms of the
 * two written as one, so either spelling finds the other.
 */
function withJoinedPairs(groups: TermGroup[], forms: WordForms): TermGroup[] {
  const out: TermGroup[] = groups.map((group) => ({ ...group }));
  for (let i = 0; i + 1 < groups.length; i++) {
    const [a, b] = [groups[i] as TermGroup, groups[i + 1] as TermGroup];
    if (isGlossaryTerm(a.terms[0] ?? "") || isGlossaryTerm(b.terms[0] ?? "")) continue;
    const script = scriptOf(a.word);
    if (
      script !== scriptOf(b.word) ||
      (script !== "latin" && script !== "cyrillic" && script !== "hangul")
    )
      continue;
    // Korean joins the first word without its particles: 몇 개야 → 몇개.
    const first = script === "hangul" ? forms.baseForm(a.word, script) : a.word;
    const joined = forms.wordTerms(`${first}${b.word}`, script)[0];
    if (!joined) continue;
    for (const group of [out[i], out[i + 1]]) {
      if (group) group.joined = [...(group.joined ?? []), joined];
    }
  }
  return out;
}
