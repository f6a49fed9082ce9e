import type { I18n } from "../../src/i18n/i18n.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import type { BotReply } from "./ask-bot.js";
import { entryMatches, foldForMatching } from "./match.js";

/**
 * How a reply is graded, on the text a user reads (the messages without
 * their buttons and without the source lines):
 * - right: an answerable question, every `must` entry present, no `must_not`;
 * - honest: a gap question answered as one (the reply says the sources don't
 *   say, or corrects the false premise: its `must` entries present);
 * - declined: the bot's decline;
 * - wrong: a `must_not` claim present, or a fact given for a gap or an
 *   out-of-scope question — a false answer;
 * - missed: anything else (an in-scope question declined, or answered
 *   without the essentials).
 */
export type Grade = "right" | "honest" | "declined" | "wrong" | "missed";

export interface Expectation {
  kind: "answer" | "gap" | "out-of-scope" | "unresolved";
  must: readonly string[];
  must_not: readonly string[];
}

export interface Graded {
  grade: Grade;
  /** The reply's language, by its letters; undefined when it has none. */
  replyLang: Lang | undefined;
  /** The text graded: plain, without source lines. */
  text: string;
  /** Set for a reply that is neither a decline nor a fact with its source: small talk. */
  smallTalk: boolean;
}

/** The phrases that mark the bot's own kinds of reply, taken from the locale files. */
export interface ReplyMarkers {
  sourcePrefixes: string[];
  declines: string[];
  gaps: string[];
}

export function replyMarkers(i18n: I18n): ReplyMarkers {
  const firstSentence = (text: string) =>
    foldForMatching(plain(text).split(/(?<=[.!?。])\s/u)[0] ?? "");
  const sourcePrefixes: string[] = [];
  const declines: string[] = [];
  const gaps: string[] = [];
  for (const lang of LANGS) {
    const t = i18n.t(lang);
    for (const count of [1, 2]) {
      sourcePrefixes.push(
        foldForMatching(plain(t("answer.sources", { count, sources: "" })).trim()),
      );
    }
    declines.push(firstSentence(t("answer.decline")), firstSentence(t("answer.empty")));
    // The honest "the sources don't say" replies: every answer.gap… string there is.
    const answer = t("answer", { returnObjects: true }) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(answer)) {
      if (key.startsWith("gap") && typeof value === "string") gaps.push(firstSentence(value));
    }
  }
  return { sourcePrefixes, declines, gaps };
}

export function grade(reply: BotReply, expected: Expectation, markers: ReplyMarkers): Graded {
  const lines = reply.html
    .join("\n")
    .split("\n")
    .map((line) => plain(line).trim())
    .filter((line) => line !== "");
  const folded = lines.map(foldForMatching);
  const hasSource = folded.some((line) => markers.sourcePrefixes.some((p) => line.startsWith(p)));
  const kept = lines.filter(
    (_, i) => !markers.sourcePrefixes.some((p) => folded[i]?.startsWith(p)),
  );
  const text = kept.join("\n");
  const foldedText = foldForMatching(text);
  const declined = markers.declines.some((marker) => foldedText.startsWith(marker));
  const saysGap = markers.gaps.some((marker) => foldedText.includes(marker));
  const has = (entries: readonly string[]) => entries.every((e) => entryMatches(foldedText, e));
  const hasAny = (entries: readonly string[]) => entries.some((e) => entryMatches(foldedText, e));
  const graded = (grade: Grade): Graded => ({
    grade,
    replyLang: languageOf(text),
    text,
    smallTalk: !declined && !hasSource && lines.length > 0,
  });
  // A decline states no fact, whatever names its standard text mentions.
  if (declined)
    return graded(
      expected.kind === "answer" ? "missed" : expected.kind === "unresolved" ? "right" : "declined",
    );
  if (hasAny(expected.must_not)) return graded("wrong");
  switch (expected.kind) {
    case "answer":
      return graded(!saysGap && has(expected.must) ? "right" : "missed");
    case "gap":
      if (saysGap || (expected.must.length > 0 && has(expected.must))) return graded("honest");
      return graded("wrong");
    case "out-of-scope":
      return graded(hasSource ? "wrong" : "missed");
    case "unresolved":
      // No guess: a decline, or a reply whose essentials (if any) are there.
      return graded(expected.must.length > 0 && has(expected.must) ? "right" : "missed");
  }
}

/** Telegram HTML as the text a reader sees. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The language whose script has most letters in the text. A Hangul syllable
 * block holds two or three letters, so it counts as two: a Korean reply that
 * quotes a Ukrainian or English name is still Korean.
 */
export function languageOf(text: string): Lang | undefined {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const letters: Record<Lang, number> = {
    ko: 2 * count(/\p{Script=Hangul}/gu),
    uk: count(/\p{Script=Cyrillic}/gu),
    en: count(/\p{Script=Latin}/gu),
  };
  const best = LANGS.reduce((a, b) => (letters[b] > letters[a] ? b : a));
  return letters[best] > 0 ? best : undefined;
}
