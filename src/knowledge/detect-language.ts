import { foldForSearch } from "./analysis/fold-for-search.js";
import type { Lang } from "./languages.js";
import { cyrillicFromLatin } from "./latin-ukrainian.js";

/**
 * Which language a piece of user text is written in. Hangul → ko, Cyrillic
 * → uk (Russian questions get Ukrainian answers), Latin → en, except Latin
 * text whose words the content knows as Ukrainian rather than English
 * ("koly pidpysaly ITPP"): that is Ukrainian typed without a Ukrainian
 * keyboard. Mixed text goes to the script with the most letters. Names and
 * acronyms from the glossary, bot commands, digits and punctuation are
 * dropped first: "ITPP?" or "Stoltenberg" says nothing about the asker.
 * Returns undefined when no letters are left, so the caller falls back to the
 * user's saved choice.
 */
export type LanguageDetector = (text: string) => Lang | undefined;

/** The words the content uses in each language, folded: what tells Ukrainian in Latin letters from English. */
export interface Vocabulary {
  uk: ReadonlySet<string>;
  en: ReadonlySet<string>;
}

// Bot commands (`/help`, `/start@PartnershipBot`) and mentions are not prose.
const COMMANDS_AND_MENTIONS = /(?:^|\s)[/@][A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/g;
/**
 * A Hangul syllable is a block of two or three letters, a Latin or Cyrillic
 * letter is one: counting syllables as one letter each let a Latin word or
 * two beside a Korean question ("… 몇 개? link") outweigh it.
 */
const LETTER_WEIGHT: Record<Lang, number> = { ko: 2, uk: 1, en: 1 };
/** A run of letters and digits: names only ever match whole runs. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Builds a detector for a glossary of names and the content's vocabulary.
 * The text is cut into words (a word also ends where the script changes:
 * "Stoltenberg가" is a name and a particle); names are matched word by word,
 * longest first, so "Jens Stoltenberg" goes before "Stoltenberg".
 */
export function createLanguageDetector(
  names: Iterable<string>,
  vocabulary: Vocabulary,
): LanguageDetector {
  const byFirstWord = nameTable(names);
  return (text) => {
    const words = wordsOf(text.normalize("NFC").replace(COMMANDS_AND_MENTIONS, " "));
    const letters: Record<Lang, number> = { ko: 0, uk: 0, en: 0 };
    const latinWords: string[] = [];
    for (let i = 0; i < words.length; ) {
      const name = longestName(words, i, byFirstWord);
      if (name > 0) {
        i += name;
        continue;
      }
      const word = words[i] as string;
      for (const char of word) {
        const lang = languageOfLetter(char);
        if (lang) letters[lang] += LETTER_WEIGHT[lang];
      }
      if (languageOfLetter(word[0] as string) === "en") latinWords.push(word);
      i++;
    }
    let best: Lang | undefined;
    for (const lang of ["ko", "uk", "en"] as const) {
      if (letters[lang] > (best ? letters[best] : 0)) best = lang;
    }
    return best === "en" && looksUkrainian(latinWords, vocabulary) ? "uk" : best;
  };
}

/**
 * More of the words are Ukrainian words written in Latin letters than
 * English words. A word both languages have ("do": до, "ty": thank you / ти)
 * tells neither.
 */
function looksUkrainian(words: readonly string[], vocabulary: Vocabulary): boolean {
  let uk = 0;
  let en = 0;
  for (const word of words) {
    const folded = foldForSearch(word);
    const english = vocabulary.en.has(folded);
    // A Ukrainian word the content lists in Latin letters ("dyakuyu"), or one it writes in Cyrillic.
    const ukrainian =
      vocabulary.uk.has(folded) ||
      vocabulary.uk.has(foldForSearch(cyrillicFromLatin(word, () => false)));
    if (english && !ukrainian) en++;
    else if (ukrainian && !english) uk++;
  }
  return uk > en;
}

/** Lower-cased words, split where a letter of one script meets a letter of another. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(WORD)) {
    let start = 0;
    let previous: Lang | undefined;
    let index = 0;
    for (const char of run) {
      const lang = languageOfLetter(char);
      if (lang && previous && lang !== previous) {
        words.push(run.slice(start, index));
        start = index;
      }
      if (lang) previous = lang;
      index += char.length;
    }
    words.push(run.slice(start));
  }
  return words;
}

/** The language a letter's script stands for; undefined for digits and other scripts. */
function languageOfLetter(char: string): Lang | undefined {
  if (/\p{Script=Hangul}/u.test(char)) return "ko";
  if (/\p{Script=Cyrillic}/u.test(char)) return "uk";
  if (/\p{Script=Latin}/u.test(char)) return "en";
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
