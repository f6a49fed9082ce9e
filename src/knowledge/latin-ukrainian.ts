import translitModule from "cyrillic-to-translit-js";

// A CommonJS package typed as an ES default export: at run time its module is the function.
const cyrillicToTranslit = translitModule as unknown as typeof translitModule.default;
const ukrainian = cyrillicToTranslit({ preset: "uk" });
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/**
 * Ukrainian typed in Latin letters back in Cyrillic ("koly pidpysaly" →
 * "коли підписали"), the way people write it without a Ukrainian keyboard.
 * Words for which `keep` is true (names such as ITPP or NATO, which the
 * glossary knows in Latin letters) stay as typed.
 */
export function cyrillicFromLatin(text: string, keep: (word: string) => boolean): string {
  return text.replace(LATIN_WORD, (word) => (keep(word) ? word : ukrainian.reverse(word)));
}

/** True when the text has Latin letters and no Cyrillic or Hangul ones. */
export function isLatinOnly(text: string): boolean {
  return /[A-Za-z]/.test(text) && !/[\p{Script=Cyrillic}\p{Script=Hangul}]/u.test(text);
}
