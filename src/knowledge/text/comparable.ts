/**
 * Text comparison as docs/content-format.md ("Text comparison") defines it.
 * Content is checked against the editorial sources after this folding, so
 * typographic variants (’ vs ', « vs ", – vs -) and line wrapping never make a
 * correct quote look wrong, nor do the spellings content/spellings.yaml
 * (`compare`) declares to mean the same thing.
 */

const APOSTROPHES = /['’ʼ‘]/gu;
const QUOTES = /[«»“”„"]/gu;
// U+2013 en dash, U+2014 em dash, U+2011 non-breaking hyphen, U+2010 hyphen.
const DASHES = /[–—‑‐-]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Spellings of one thing, folded into one before comparing: a piece of text
 * (lower case, written as typographic folding leaves it) → the form it is
 * compared in. Matched in any case, anywhere; see foldVariants.
 */
export type TextVariants = Readonly<Record<string, string>>;

export function comparableText(s: string, variants: TextVariants): string {
  return foldVariants(variants)(normalizeTypography(s));
}

/** comparableText plus case folding, for "the same option" style comparisons. */
export function comparableKey(s: string, variants: TextVariants): string {
  return comparableText(s, variants).toLowerCase();
}

/** The typographic part of comparableText: how a variant's spellings are written. */
export function normalizeTypography(s: string): string {
  return s
    .normalize("NFC")
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .replace(WHITESPACE, " ")
    .trim();
}

/** Length as Telegram counts it (message limits are in UTF-16 code units). */
export function utf16Length(s: string): number {
  return s.length;
}

/** Length in user-perceived characters (code points), for the 300-character answer limit. */
export function charLength(s: string): number {
  return [...s].length;
}

// The content's variants are compiled once, not on every comparison.
const compiled = new WeakMap<TextVariants, (s: string) => string>();

/**
 * One function replacing every variant in a text. A match keeps the case of
 * the first letter of each of its words: with `індійсько-тихоокеанськ:
 * індо-тихоокеанськ`, "Індійсько-Тихоокеанського" becomes "Індо-Тихоокеанського".
 */
function foldVariants(variants: TextVariants): (s: string) => string {
  let fold = compiled.get(variants);
  if (fold) return fold;
  const froms = Object.keys(variants).sort((a, b) => b.length - a.length); // longest first
  if (froms.length === 0) {
    fold = (s) => s;
  } else {
    const pattern = new RegExp(froms.map(escapeRegExp).join("|"), "giu");
    fold = (s) =>
      s.replace(pattern, (match) => {
        const to = variants[match.toLowerCase()];
        return to === undefined ? match : withCapitalsOf(match, to);
      });
  }
  compiled.set(variants, fold);
  return fold;
}

/** Words and the separators between them: even indexes are words. */
const WORD_BREAK = /([\s-])/u;

function withCapitalsOf(match: string, replacement: string): string {
  const capital = match
    .split(WORD_BREAK)
    .filter((_, i) => i % 2 === 0)
    .map((word) => {
      const [first = ""] = word;
      return first !== first.toLowerCase();
    });
  return replacement
    .split(WORD_BREAK)
    .map((part, i) => {
      if (i % 2 !== 0 || !capital[i / 2]) return part;
      const [first = "", ...rest] = part;
      return first.toUpperCase() + rest.join("");
    })
    .join("");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
