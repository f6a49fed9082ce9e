/**
 * Text comparison as docs/content-format.md ("Text comparison") defines it.
 * Content is checked against the editorial sources after this folding, so
 * typographic variants (’ vs ', « vs ", – vs -) and line wrapping never make a
 * correct quote look wrong.
 */

const APOSTROPHES = /['’ʼ‘]/gu;
const QUOTES = /[«»“”„"]/gu;
// U+2013 en dash, U+2014 em dash, U+2011 non-breaking hyphen, U+2010 hyphen.
const DASHES = /[–—‑‐-]/gu;
const WHITESPACE = /\s+/gu;
// The article spells the region two ways; both mean the same thing.
// The capture groups keep the case of the first letters.
const INDO_PACIFIC = /(і)ндійсько-(т)ихоокеанськ/giu;

export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .replace(WHITESPACE, " ")
    .trim()
    .replace(INDO_PACIFIC, "$1ндо-$2ихоокеанськ");
}

/** normalizeText plus case folding, for "the same option" style comparisons. */
export function matchKey(s: string): string {
  return normalizeText(s).toLowerCase();
}

/** Length as Telegram counts it (message limits are in UTF-16 code units). */
export function utf16Length(s: string): number {
  return s.length;
}

/** Length in user-perceived characters (code points), for the 300-character answer limit. */
export function charLength(s: string): number {
  return [...s].length;
}
