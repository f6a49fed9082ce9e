import type { Lang } from "./lang.js";

/**
 * Which language a piece of user text is written in, by script alone:
 * Hangul → ko, Cyrillic → uk (Russian questions get Ukrainian answers),
 * Latin → en; mixed text goes to the script with the most letters.
 * Names and acronyms from the glossary, bot commands, digits and punctuation
 * are dropped first: "ITPP?" or "Stoltenberg" says nothing about the asker.
 * Returns undefined when no letters are left, so the caller falls back to the
 * user's saved choice.
 */
export type LanguageDetector = (text: string) => Lang | undefined;

// Bot commands (`/help`, `/start@PartnershipBot`) and mentions are not prose.
const COMMANDS_AND_MENTIONS = /(?:^|\s)[/@][A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/g;
/** A run of letters and digits: names only ever match whole runs. */
const WORD = /[\p{L}\p{N}]+/gu;
const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Builds a detector for a glossary of names. The text is cut into words (a
 * word also ends where the script changes: "Stoltenberg가" is a name and a
 * particle); names are matched word by word, longest first, so "Jens
 * Stoltenberg" goes before "Stoltenberg" and "NATO" never eats "NATOs". One
 * pass over the text: the glossary's hundred-odd names as one regular
 * expression cost more than the rest of the reply-language rule together.
 */
export function createLanguageDetector(names: Iterable<string>): LanguageDetector {
  const byFirstWord = nameTable(names);
  // The reply-language rule and the answer engine both ask about the same text.
  let lastText: string | undefined;
  let lastLang: Lang | undefined;
  return (text) => {
    if (text === lastText) return lastLang;
    const words = wordsOf(text.normalize("NFC").replace(COMMANDS_AND_MENTIONS, " "));
    const letters: Record<Lang, number> = { ko: 0, uk: 0, en: 0 };
    for (let i = 0; i < words.length; ) {
      const name = longestName(words, i, byFirstWord);
      if (name > 0) {
        i += name;
        continue;
      }
      for (const char of words[i] as string) {
        const script = scriptOf(char);
        if (script) letters[script]++;
      }
      i++;
    }
    let best: Lang | undefined;
    for (const lang of ["ko", "uk", "en"] as const) {
      if (letters[lang] > (best ? letters[best] : 0)) best = lang;
    }
    lastText = text;
    lastLang = best;
    return best;
  };
}

/** Lower-cased words, split where a letter of one script meets a letter of another. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(WORD)) {
    let start = 0;
    let previous: Lang | undefined;
    let index = 0;
    for (const char of run) {
      const script = scriptOf(char);
      if (script && previous && script !== previous) {
        words.push(run.slice(start, index));
        start = index;
      }
      if (script) previous = script;
      index += char.length;
    }
    words.push(run.slice(start));
  }
  return words;
}

function scriptOf(char: string): Lang | undefined {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? "en" : undefined;
  // The blocks nearly every question is written in, without a regular expression.
  if (code >= 0x0400 && code <= 0x04ff) return "uk";
  if (code >= 0xac00 && code <= 0xd7a3) return "ko";
  if (HANGUL.test(char)) return "ko";
  if (CYRILLIC.test(char)) return "uk";
  if (LATIN.test(char)) return "en";
  return undefined;
}

/** Each name as words, grouped by its first word, longest first. */
function nameTable(names: Iterable<string>): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const name of names) {
    const words = wordsOf(name.normalize("NFC"));
    const key = words.join(" ");
    if (words.length === 0 || key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    const list = table.get(words[0] as string) ?? [];
    list.push(words);
    table.set(words[0] as string, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.length - a.length);
  return table;
}

/** How many words from `start` form a known name (0: none). */
function longestName(words: readonly string[], start: number, table: Map<string, string[][]>) {
  for (const name of table.get(words[start] as string) ?? []) {
    if (name.every((word, k) => words[start + k] === word)) return name.length;
  }
  return 0;
}
