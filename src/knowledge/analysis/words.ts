import { stemmer as ukrainianStemmer } from "@orama/stemmers/ukrainian";
import { stem as porter2 } from "porter2";
import { TUNING } from "../tuning.js";
import { hangulBigrams, stripKorean } from "./korean.js";
import { STOPWORDS_EN, STOPWORDS_KO, STOPWORDS_UK } from "./stopwords.js";

export type Script = "hangul" | "cyrillic" | "latin" | "digits" | "other";

export function scriptOf(word: string): Script {
  if (/^\p{N}+$/u.test(word)) return "digits";
  if (/\p{Script=Hangul}/u.test(word)) return "hangul";
  if (/\p{Script=Cyrillic}/u.test(word)) return "cyrillic";
  if (/\p{Script=Latin}/u.test(word)) return "latin";
  return "other";
}

/**
 * English words spelt two ways (defense/defence) → the one form they are
 * matched in, from content/spellings.yaml `search`: whole words, lower case.
 */
export type SpellingFolds = Readonly<Record<string, string>>;

/** The forms words are matched in, with the content's spelling folds. */
export interface WordForms {
  /** The form a word is matched in, before any cutting: used for glossary names. */
  baseForm(word: string, script?: Script): string;
  /**
   * The index terms of one (folded, non-name) word: the English Porter2 stem,
   * the Ukrainian stem cut short, or the Korean word without its particles
   * plus its two-syllable pieces.
   */
  wordTerms(word: string, script?: Script): string[];
}

export function createWordForms(spellings: SpellingFolds): WordForms {
  function baseForm(word: string, script: Script = scriptOf(word)): string {
    switch (script) {
      case "latin":
        return porter2(Object.hasOwn(spellings, word) ? (spellings[word] as string) : word);
      case "cyrillic":
        return ukrainianStemmer(word);
      case "hangul":
        return stripKorean(word);
      default:
        return word;
    }
  }

  return {
    baseForm,
    wordTerms(word, script = scriptOf(word)) {
      const base = baseForm(word, script);
      if (script === "cyrillic") return [base.slice(0, TUNING.ukrainianStemLength)];
      // Two-syllable pieces find the parts of compound nouns (대테러협력 → 테러, 협력).
      if (script === "hangul") return [base, ...hangulBigrams(base)];
      return [base];
    },
  };
}

// Letters without a syllable (ㅋㅋ, ㅎㅎ, ㅠㅠ) are laughter and tears, never a word of the question.
const BARE_JAMO = /^[\u3131-\u318E]+$/u;

export function isStopword(word: string, script: Script = scriptOf(word)): boolean {
  if (BARE_JAMO.test(word)) return true;
  if (script === "latin") return STOPWORDS_EN.has(word);
  if (script === "cyrillic") return STOPWORDS_UK.has(word);
  if (script === "hangul") return STOPWORDS_KO.has(word) || STOPWORDS_KO.has(stripKorean(word));
  return false;
}
