/**
 * What "the reply contains X" means for the evaluation: case-insensitive
 * substring matching after folding typography, with `a|b` alternatives and
 * tokens for dates and numbers that accept the forms of all three languages:
 *   date:YYYY-MM-DD  the day and month ("11 July", "July 11", "11 липня", "7월 11일", "2023-07-11")
 *   month:YYYY-MM    the month and the year ("November 2022", "листопад… 2022", "2022년 11월")
 *   year:YYYY        the year
 *   num:N            a number 1–20 as digits or a word ("11", "eleven", "одинадцят…", "열한")
 */
const MONTHS_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Stems every case form of a Ukrainian month name has (листопад, листопада, листопаді). */
const MONTHS_UK = [
  "січ",
  "лют",
  "берез",
  "квіт",
  "трав",
  "черв",
  "лип",
  "серп",
  "верес",
  "жовт",
  "листопад",
  "груд",
];
const NUMBER_WORDS: Record<number, string[]> = {
  1: ["one", "один", "одн", "하나"],
  2: ["two", "два", "дві", "двох", "둘"],
  3: ["three", "три", "трьох", "셋"],
  4: ["four", "чотир", "넷"],
  5: ["five", "п'ят", "다섯"],
  6: ["six", "шість", "шести", "여섯"],
  7: ["seven", "сім", "семи", "сьом", "일곱"],
  8: ["eight", "вісім", "восьм", "여덟"],
  9: ["nine", "дев'ят", "아홉"],
  10: ["ten", "десят", "열 개"],
  11: ["eleven", "одинадцят", "열한", "열하나"],
  12: ["twelve", "дванадцят", "열두", "열둘"],
  13: ["thirteen", "тринадцят"],
  14: ["fourteen", "чотирнадцят"],
  15: ["fifteen", "п'ятнадцят"],
  16: ["sixteen", "шістнадцят"],
  17: ["seventeen", "сімнадцят"],
  18: ["eighteen", "вісімнадцят"],
  19: ["nineteen", "дев'ятнадцят"],
  20: ["twenty", "двадцят"],
};

/** Folds what typography varies: case, apostrophes, quotes, dashes, spaces, the Unicode form. */
export function foldForMatching(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’ʼ‘`´]/gu, "'")
    .replace(/[«»“”„"]/gu, '"')
    .replace(/[–—‑‐]/gu, "-")
    .replace(/\s+/gu, " ");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A word-like piece that starts a word (and, for digits, is a whole number). */
const startsWord = (piece: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(piece)}`, "u");
const wholeNumber = (n: string) => new RegExp(`(?<![\\d.])0?${n}(?![\\d])`, "u");

function dayMatches(text: string, iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const en = MONTHS_EN[month - 1] as string;
  const patterns = [
    `(?<!\\d)${day}(?:st|nd|rd|th)? (?:of )?${en.slice(0, 3)}`,
    `${en.slice(0, 3)}[a-z]*\\.? ${day}(?!\\d)`,
    `(?<!\\d)${day} ${MONTHS_UK[month - 1]}`,
    `${month}월 ?${day}일`,
    `${year}-0?${month}-0?${day}(?!\\d)`,
    `(?<!\\d)0?${day}\\.0?${month}\\.${year}`,
  ];
  return patterns.some((pattern) => new RegExp(pattern, "u").test(text));
}

function monthMatches(text: string, iso: string): boolean {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  if (!wholeNumber(String(year)).test(text)) return false;
  return (
    startsWord((MONTHS_EN[month - 1] as string).slice(0, 3)).test(text) ||
    startsWord(MONTHS_UK[month - 1] as string).test(text) ||
    new RegExp(`${year}년 ?${month}월`, "u").test(text) ||
    new RegExp(`${year}-0?${month}(?!\\d)`, "u").test(text)
  );
}

function numberMatches(text: string, n: number): boolean {
  if (wholeNumber(String(n)).test(text)) return true;
  return (NUMBER_WORDS[n] ?? []).some((word) => startsWord(foldForMatching(word)).test(text));
}

/** One alternative of an entry: a token or a plain piece of text. */
function alternativeMatches(text: string, alternative: string): boolean {
  const [, token, value] = /^(date|month|year|num):(.+)$/.exec(alternative) ?? [];
  switch (token) {
    case "date":
      return dayMatches(text, value as string);
    case "month":
      return monthMatches(text, value as string);
    case "year":
      return wholeNumber(value as string).test(text);
    case "num":
      return numberMatches(text, Number(value));
    default:
      return text.includes(foldForMatching(alternative));
  }
}

/** True when the (folded) reply contains one of the entry's `|` alternatives. */
export function entryMatches(foldedText: string, entry: string): boolean {
  return entry
    .split("|")
    .map((alternative) => alternative.trim())
    .filter((alternative) => alternative !== "")
    .some((alternative) => alternativeMatches(foldedText, alternative));
}
