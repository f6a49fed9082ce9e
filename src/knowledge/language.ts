import type { Lang } from "./lang.js";

/**
 * Which language a piece of user text is written in, by script alone:
 * Hangul → ko, Cyrillic → uk (Russian questions get Ukrainian answers),
 * Latin → en; mixed text goes to the script with the most letters.
 * Names and acronyms from the glossary, bot commands, digits and punctuation
 * are dropped first: "ITPP?" or "Stoltenberg" says nothing about the asker.
 * Returns undefined when no letters are left, so the caller falls back to the
 * user's saved choice.
 */
export type LanguageDetector = (text: string) => Lang | undefined;

const SCRIPTS: ReadonlyArray<readonly [Lang, RegExp]> = [
  ["ko", /\p{Script=Hangul}/gu],
  ["uk", /\p{Script=Cyrillic}/gu],
  ["en", /\p{Script=Latin}/gu],
];

// Bot commands (`/help`, `/start@PartnershipBot`) and mentions are not prose.
const COMMANDS_AND_MENTIONS = /(?:^|\s)[/@][A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/g;

export function createLanguageDetector(names: Iterable<string>): LanguageDetector {
  const namePattern = buildNamePattern(names);
  return (text) => {
    let rest = splitScripts(text.normalize("NFC")).replace(COMMANDS_AND_MENTIONS, " ");
    if (namePattern) rest = rest.replace(namePattern, " ");
    let best: Lang | undefined;
    let bestCount = 0;
    for (const [lang, pattern] of SCRIPTS) {
      const count = rest.match(pattern)?.length ?? 0;
      if (count > bestCount) {
        best = lang;
        bestCount = count;
      }
    }
    return best;
  };
}

/** A space wherever the script changes inside a word: "Stoltenberg가" is a name and a particle. */
function splitScripts(text: string): string {
  return text
    .replace(/(\p{Script=Latin})(?=\p{Script=Hangul}|\p{Script=Cyrillic})/gu, "$1 ")
    .replace(/(\p{Script=Hangul})(?=\p{Script=Latin}|\p{Script=Cyrillic})/gu, "$1 ")
    .replace(/(\p{Script=Cyrillic})(?=\p{Script=Latin}|\p{Script=Hangul})/gu, "$1 ");
}

/**
 * One case-insensitive alternation of every name, longest first so that
 * "Jens Stoltenberg" goes before "Stoltenberg". A name only matches as a whole
 * word: "НАТО" must not eat the start of an unrelated word.
 */
function buildNamePattern(names: Iterable<string>): RegExp | undefined {
  const unique = [...new Set([...names].map((name) => name.normalize("NFC").trim()))].filter(
    (name) => name.length >= 2,
  );
  if (unique.length === 0) return undefined;
  unique.sort((a, b) => b.length - a.length);
  const alternation = unique.map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, "giu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
