import { foldForSearch } from "../analysis/fold-for-search.js";
import { LANGS, type Lang } from "../languages.js";

/**
 * Cue words (question types, follow-up openers) as content writes them,
 * folded into words. Ukrainian and English cues match whole words; a Korean
 * cue matches inside a word, since particles follow it and spaces go missing
 * (언제야, ITPP언제).
 */
export type Cue = readonly string[];

const WORD = /\p{L}+|\p{N}+/gu;

/** The folded words of a text, as cues are matched against them. */
export function cueWords(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

export function compileCues(
  byLang: Readonly<Record<Lang, readonly string[]>>,
): Record<Lang, Cue[]> {
  const compiled = (lang: Lang): Cue[] =>
    byLang[lang].map(cueWords).filter((words) => words.length > 0);
  return Object.fromEntries(LANGS.map((lang) => [lang, compiled(lang)])) as Record<Lang, Cue[]>;
}

/** The words of a message, ready for cue matching. */
export interface CueText {
  words: readonly string[];
  /** The words joined by spaces, where a Korean cue is looked for. */
  spaced: string;
}

export function cueText(text: string): CueText {
  const words = cueWords(text);
  return { words, spaced: words.join(" ") };
}

/**
 * Where a cue starts among the words (a word index), or -1. A Korean cue
 * found inside a word is an ending (언제야, 했나요); a word that stands for
 * something (그가 "he") must start a word, or 스톨텐베르그가 would say "he".
 */
export function cueAt(text: CueText, cue: Cue, lang: Lang, { wordStart = false } = {}): number {
  const { words, spaced } = text;
  if (lang === "ko") {
    const written = cue.join(" ");
    // With a space put in front, a match starts a word.
    const at = wordStart ? ` ${spaced}`.indexOf(` ${written}`) : spaced.indexOf(written);
    return at < 0 ? -1 : spaced.slice(0, at).split(" ").length - 1;
  }
  for (let i = 0; i + cue.length <= words.length; i++) {
    if (cue.every((word, j) => words[i + j] === word)) return i;
  }
  return -1;
}

/** Does any of the cues occur (at the start of a word, with `wordStart`)? */
export function hasCue(
  text: CueText,
  cues: readonly Cue[],
  lang: Lang,
  options: { wordStart?: boolean } = {},
): boolean {
  return cues.some((cue) => cueAt(text, cue, lang, options) >= 0);
}
