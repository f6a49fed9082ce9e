import { foldForSearch } from "../analysis/fold-for-search.js";
import type { SmallTalk, SmallTalkIntent } from "../content/index.js";
import { LANGS } from "../languages.js";

/** One small-talk phrase as the recogniser knows it. */
export interface Phrase {
  intent: SmallTalkIntent;
  /** May open a question ("hi! who signed it?"): then the question is answered without it. */
  beforeQuestion: boolean;
  /** May close one ("… when was it signed? thanks"). */
  afterQuestion: boolean;
}

/** The small-talk data as the recogniser matches it: phrases and fillers by their keys. */
export interface PhraseTable {
  phrases: ReadonlyMap<string, Phrase>;
  fillers: ReadonlySet<string>;
  /** The longest key, in characters: no piece of a message is looked up beyond it. */
  longest: number;
  /** Emoji that are small talk on their own ("👋", "🙏"), with their intent. */
  emoji: ReadonlyArray<readonly [string, SmallTalkIntent]>;
  /** Intents in the order the data first lists them: the first one present wins. */
  priority: readonly SmallTalkIntent[];
}

/** A word of a message: its key, and where it stands in the text. */
export interface Token {
  key: string;
  start: number;
  end: number;
}

// A word is a run of one script, apostrophes inside it included ("what's", "п'ять").
const WORD =
  /\p{Script=Hangul}+|\p{Script=Cyrillic}+(?:['’ʼ]\p{Script=Cyrillic}+)*|\p{Script=Latin}+(?:['’ʼ]\p{Script=Latin}+)*|\p{N}+/gu;

/**
 * A word as it is matched: folded (case, apostrophes, the letters people
 * swap) and with repeated letters squeezed, so "Thaaanks", "дякууую" and
 * "ㅋㅋㅋ" meet "thanks", "дякую" and "ㅋ". Phrases are squeezed the same way.
 */
export function keyOf(word: string): string {
  return foldForSearch(word).replace(/(.)\1+/gu, "$1");
}

export function tokensOf(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    key: keyOf(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A phrase's key: its words' keys with no space between, so "thank you" also meets "thankyou". */
function phraseKey(phrase: string): string {
  return tokensOf(phrase.normalize("NFC"))
    .map((token) => token.key)
    .join("");
}

export function buildPhraseTable(smallTalk: SmallTalk): PhraseTable {
  const phrases = new Map<string, Phrase>();
  const priority: SmallTalkIntent[] = [];
  const emoji: Array<readonly [string, SmallTalkIntent]> = [];
  for (const group of smallTalk.groups) {
    if (!priority.includes(group.intent)) priority.push(group.intent);
    const phrase: Phrase = {
      intent: group.intent,
      beforeQuestion: group.before_question,
      afterQuestion: group.after_question,
    };
    for (const text of LANGS.flatMap((lang) => group.phrases[lang])) {
      const key = phraseKey(text);
      // A phrase listed twice keeps its first group, as the intents do.
      if (key !== "" && !phrases.has(key)) phrases.set(key, phrase);
    }
    for (const symbol of group.emoji) emoji.push([symbol, group.intent]);
  }
  const fillers = new Set(
    LANGS.flatMap((lang) => smallTalk.fillers[lang].map(phraseKey)).filter((key) => key !== ""),
  );
  const longest = Math.max(0, ...[...phrases.keys(), ...fillers].map((key) => key.length));
  return { phrases, fillers, longest, emoji, priority };
}
