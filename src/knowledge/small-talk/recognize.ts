import type { SmallTalk, SmallTalkIntent } from "../content/index.js";
import { editDistance } from "./edit-distance.js";
import {
  buildPhraseTable,
  type Phrase,
  type PhraseTable,
  type Token,
  tokensOf,
} from "./phrase-table.js";
import { type Found, segment } from "./segment.js";

/** What a message is: small talk of one intent, or a question (with the small talk around it left out). */
export type Reading =
  | { kind: "small-talk"; intent: SmallTalkIntent }
  | { kind: "question"; text: string };

export interface SmallTalkReader {
  /** `words`: the message's words without marks or emoji (plainWords); `raw`: as sent, for its emoji. */
  read(raw: string, words: string): Reading;
  /** Small talk with a typo ("thnaks", "helo"): asked only when nothing answers the message. */
  loosely(words: string): SmallTalkIntent | undefined;
}

/** At most this many words of small talk are taken off the front or the back of a question. */
const AROUND_WORDS = 6;
/** A message with more letters than this is never only small talk. */
const LONGEST_SMALL_TALK = 120;
/** A loose match is a short message: a word or two and maybe a filler. */
const LOOSE_WORDS = 3;

/**
 * Small talk is recognised from content/smalltalk.yaml: a message is small
 * talk when all its words are small-talk phrases and fillers ("thanks so
 * much!", "hi bot 👋"); a message that only opens or closes with small talk
 * ("hi! who signed the ITPP?", "thanks, and when was it signed?") is a
 * question, read without it; anything else is a question as it stands.
 */
export function createSmallTalkReader(smallTalk: SmallTalk): SmallTalkReader {
  const table = buildPhraseTable(smallTalk);
  return {
    read(raw, words) {
      const tokens = tokensOf(words);
      if (tokens.length === 0) {
        const intent = emojiIntent(raw, table);
        return intent ? { kind: "small-talk", intent } : { kind: "question", text: words };
      }
      const whole = wholeMessage(tokens, table);
      if (whole) return { kind: "small-talk", intent: whole };
      return { kind: "question", text: withoutSmallTalkAround(words, tokens, table) };
    },
    loosely(words) {
      const tokens = tokensOf(words);
      if (tokens.length === 0 || tokens.length > LOOSE_WORDS) return undefined;
      const found: Found[] = [];
      for (const { key } of tokens) {
        if (table.fillers.has(key)) continue;
        const near = nearPhrase(key, table);
        if (!near) return undefined;
        found.push(near);
      }
      return found.length > 0 ? mainIntent(found, table) : undefined;
    },
  };
}

function wholeMessage(tokens: readonly Token[], table: PhraseTable): SmallTalkIntent | undefined {
  const keys = tokens.map((token) => token.key);
  if (keys.join("").length > LONGEST_SMALL_TALK) return undefined;
  const found = segment(keys, table);
  return found && found.length > 0 ? mainIntent(found, table) : undefined;
}

/**
 * The question without the small talk it opens or closes with: the most
 * words at the front that are phrases allowed before a question or fillers
 * ("ok so", "thanks bot, and", "봇아"), the most at the back that are
 * phrases allowed after one (fillers alone stay there: "for" or "too" may
 * end the question), as long as a word that is no filler is left.
 */
function withoutSmallTalkAround(words: string, tokens: readonly Token[], table: PhraseTable) {
  const keys = tokens.map((token) => token.key);
  const leaves = (from: number, to: number) =>
    keys.slice(from, to).some((key) => !table.fillers.has(key));
  let first = 0;
  for (let n = Math.min(AROUND_WORDS, keys.length - 1); n > 0; n--) {
    if (segment(keys.slice(0, n), table, opens) && leaves(n, keys.length)) {
      first = n;
      break;
    }
  }
  let last = keys.length;
  for (let n = Math.min(AROUND_WORDS, keys.length - first - 1); n > 0; n--) {
    if (isSmallTalk(keys.slice(keys.length - n), table, closes) && leaves(first, keys.length - n)) {
      last = keys.length - n;
      break;
    }
  }
  if (first === 0 && last === keys.length) return words;
  const end = last === keys.length ? words.length : (tokens[last] as Token).start;
  return words.slice((tokens[first] as Token).start, end).trim();
}

/** Words that are small talk: `usable` phrases and fillers, at least one phrase. */
function isSmallTalk(keys: readonly string[], table: PhraseTable, usable: (p: Phrase) => boolean) {
  return (segment(keys, table, usable)?.length ?? 0) > 0;
}

const opens = (phrase: Phrase) => phrase.beforeQuestion;
const closes = (phrase: Phrase) => phrase.afterQuestion;

/** The intent that covers most of the message; on a tie, the one the data lists first. */
function mainIntent(found: readonly Found[], table: PhraseTable): SmallTalkIntent {
  const covered = new Map<SmallTalkIntent, number>();
  for (const { phrase, length } of found) {
    covered.set(phrase.intent, (covered.get(phrase.intent) ?? 0) + length);
  }
  let best: SmallTalkIntent | undefined;
  for (const intent of table.priority) {
    const length = covered.get(intent) ?? 0;
    // Strictly more: on a tie the intent listed first stays.
    if (length > 0 && (best === undefined || length > (covered.get(best) ?? 0))) best = intent;
  }
  return best ?? (found[0]?.phrase.intent as SmallTalkIntent);
}

/** A message of emoji alone ("👋", "🙏"): the intent of the first listed one it has. */
function emojiIntent(raw: string, table: PhraseTable): SmallTalkIntent | undefined {
  const present = table.emoji.filter(([symbol]) => raw.includes(symbol));
  return table.priority.find((intent) => present.some(([, of]) => of === intent));
}

/** A one-word phrase this word is a typo of: one edit in a word of four letters or more, two from eight. */
function nearPhrase(key: string, table: PhraseTable): Found | undefined {
  const chars = [...key].length;
  if (chars < 4) return undefined;
  const allowed = chars >= 8 ? 2 : 1;
  for (const [phraseKey, phrase] of table.phrases) {
    if (Math.abs([...phraseKey].length - chars) > allowed) continue;
    if (editDistance(key, phraseKey) <= allowed) return { phrase, length: chars };
  }
  return undefined;
}
