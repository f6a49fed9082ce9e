import { distance } from "fastest-levenshtein";
import type { GlossaryEntry } from "../content/index.js";
import { foldText } from "./fold.js";
import { RUSSIAN_TO_UKRAINIAN } from "./russian.js";
import { baseForm, isStopword, type Script, scriptOf, wordTerms } from "./words.js";

/**
 * One word of a question, as the index sees it: the terms any of which may
 * match it. A glossary name (one or several words, in any script or
 * misspelling) becomes a single language-neutral term `@<id>`.
 */
export interface TermGroup {
  word: string;
  terms: string[];
}

export interface Analyzer {
  /** The terms of a text, in order, for indexing. */
  terms(text: string): string[];
  /** The word groups of a question, for searching and for judging coverage. */
  groups(text: string): TermGroup[];
}

// A word is a run of one script: "ITPP는" is the name ITPP and the particle 는.
const WORD = /\p{Script=Hangul}+|\p{Script=Cyrillic}+|\p{Script=Latin}+|\p{N}+|\p{L}+/gu;
const RUSSIAN = new Map([...RUSSIAN_TO_UKRAINIAN].map(([ru, uk]) => [foldText(ru), foldText(uk)]));
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

export function createAnalyzer(glossary: readonly GlossaryEntry[]): Analyzer {
  const names = buildNameTable(glossary);
  const cache = new Map<string, TermGroup[]>();

  function groups(text: string): TermGroup[] {
    const cached = cache.get(text);
    if (cached) return cached;
    const result = analyze(text, names);
    if (cache.size > 5_000) cache.clear();
    cache.set(text, result);
    return result;
  }

  return {
    groups,
    terms: (text) => groups(text).flatMap((group) => group.terms),
  };
}

interface NameTable {
  /** Base forms of a name's words joined by spaces → glossary id. */
  phrases: Map<string, string>;
  /** Glossary ids of concepts (words of one meaning) rather than names. */
  concepts: Set<string>;
  longest: number;
  /** Single-word names by length, folded but not stemmed, for typo matching. */
  byLength: Map<number, Array<{ name: string; id: string }>>;
}

function buildNameTable(glossary: readonly GlossaryEntry[]): NameTable {
  const phrases = new Map<string, string>();
  const concepts = new Set(
    glossary.filter((entry) => entry.kind === "concept").map((entry) => entry.id),
  );
  const byLength = new Map<number, Array<{ name: string; id: string }>>();
  let longest = 1;
  for (const entry of glossary) {
    const spellings = [
      ...entry.names.uk,
      ...entry.names.en,
      ...entry.names.ko,
      ...(entry.variants ?? []),
    ];
    for (const spelling of spellings) {
      const words = foldText(spelling).match(WORD) ?? [];
      if (words.length === 0) continue;
      phrases.set(words.map((word) => baseForm(word)).join(" "), entry.id);
      longest = Math.max(longest, words.length);
      const [only] = words;
      if (
        words.length === 1 &&
        only &&
        only.length >= 5 &&
        scriptOf(only) !== "hangul" &&
        !concepts.has(entry.id)
      ) {
        const bucket = byLength.get(only.length) ?? [];
        bucket.push({ name: only, id: entry.id });
        byLength.set(only.length, bucket);
      }
    }
  }
  return { phrases, concepts, longest, byLength };
}

function analyze(text: string, names: NameTable): TermGroup[] {
  const words = (foldText(text).match(WORD) ?? []).map((word) => RUSSIAN.get(word) ?? word);
  const scripts = words.map((word) => scriptOf(word));
  const bases = words.map((word, i) => baseForm(word, scripts[i]));
  const out: TermGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const name = matchName(words, bases, i, names);
    if (name && names.concepts.has(name.id)) {
      const span = words.slice(i, i + name.length);
      const own = span.flatMap((word) => wordTerms(word, scriptOf(word)));
      out.push({ word: span.join(" "), terms: [...new Set([...own, conceptTerm(name.id)])] });
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
    out.push({ word, terms: wordTerms(word, script) });
  }
  return withJoinedPairs(out);
}

function matchName(
  words: string[],
  bases: string[],
  start: number,
  names: NameTable,
): { id: string; length: number } | undefined {
  for (let length = Math.min(names.longest, words.length - start); length >= 1; length--) {
    const id = names.phrases.get(bases.slice(start, start + length).join(" "));
    if (id) return { id, length };
  }
  const word = words[start] as string;
  if (word.length < 5 || isStopword(word)) return undefined;
  // A misspelt name: one edit in a short name, two in a long one.
  const allowed = word.length >= 8 ? 2 : 1;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of names.byLength.get(length) ?? []) {
      if (distance(word, candidate.name) <= allowed) return { id: candidate.id, length: 1 };
    }
  }
  return undefined;
}

/**
 * People split and join words ("кібер захист" / "кіберзахист", "counter
 * terrorism"): each pair of neighbouring words also offers the terms of the
 * two written as one, so either spelling finds the other.
 */
function withJoinedPairs(groups: TermGroup[]): TermGroup[] {
  const out = groups.map((group) => ({ word: group.word, terms: [...group.terms] }));
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
    const first = script === "hangul" ? baseForm(a.word, script) : a.word;
    const joined = wordTerms(`${first}${b.word}`, script)[0];
    if (!joined) continue;
    if (!out[i]?.terms.includes(joined)) out[i]?.terms.push(joined);
    if (!out[i + 1]?.terms.includes(joined)) out[i + 1]?.terms.push(joined);
  }
  return out;
}
