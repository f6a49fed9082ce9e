/**
 * Folds text for matching, the same way for the index and for questions:
 * lower case, no apostrophes, Latin accents removed, and the letters people
 * swap when they type without a Ukrainian layout or write in Russian
 * (ї→і, є→е, ґ→г, ё→е, ы→и, э→е, ъ dropped). British and American spellings
 * of the words the content uses meet in one form in words.ts, by the list in
 * content/spellings.yaml (`search`).
 */
const LETTER_FOLDS: Record<string, string> = {
  ї: "і",
  є: "е",
  ґ: "г",
  ё: "е",
  ы: "и",
  э: "е",
  ъ: "",
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

export function foldForSearch(text: string): string {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/['’ʼ‘`´]/g, "")
      .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
      // Strip accents from Latin letters only: й and ї are letters, not accents.
      .replace(/[a-z\u00C0-\u024F]+/g, (word) => word.normalize("NFD").replace(/\p{M}/gu, ""))
  );
}
