/** Small helpers every cross-check uses. */
import { comparableKey, comparableText, type TextVariants } from "../../text/comparable.js";
import { contentPath, problemAt } from "../problem.js";
import { EDITORIAL_FILES } from "../read.js";

export const ARTICLE_TXT = contentPath(EDITORIAL_FILES.article);
export const BACKGROUND_MD = contentPath(EDITORIAL_FILES.background);

/** `content/<file>: <kind> "<id>": <path> <problem>` */
export function at(file: string, kind: string, id: string, path: string, problem: string): string {
  return problemAt({ file, kind, id, path }, problem);
}

/** Does `needle` occur in `haystack` once both are normalised (see normalize.ts)? */
export function includesNormalized(
  haystack: string,
  needle: string,
  variants: TextVariants,
): boolean {
  return comparableText(haystack, variants).includes(comparableText(needle, variants));
}

/**
 * Does `option` occur in `text` as a whole word start, case-insensitively,
 * after normalising? A plain substring test would count "1" inside "11" or
 * "12" inside "2012"; requiring a word start (and, for numbers, a number end)
 * still catches inflected words such as "Сеул" in "Сеулом" or "서울" in "서울에서".
 */
export function containsOption(text: string, option: string, variants: TextVariants): boolean {
  const haystack = comparableKey(text, variants);
  const needle = comparableKey(option, variants);
  if (needle === "") return false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack.slice(0, i);
    const after = haystack.slice(i + needle.length);
    const startsWord = !/[\p{L}\p{N}]$/u.test(before);
    const endsNumber = !/\p{N}$/u.test(needle) || !/^\p{N}/u.test(after);
    if (startsWord && endsNumber) return true;
  }
  return false;
}

/** A short excerpt for messages, so a long line does not drown the problem. */
export function excerpt(s: string, from: number, length = 40): string {
  const start = Math.max(0, from);
  const piece = s.slice(start, start + length);
  return `${start > 0 ? "…" : ""}${piece}${start + length < s.length ? "…" : ""}`;
}
