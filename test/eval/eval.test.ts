import { describe, expect, it } from "vitest";
import { evaluate, loadEvalSet, ratio } from "../../scripts/eval/legacy.js";
import { byLang, type Figures, figures } from "../../scripts/eval/metrics.js";
import {
  type Result,
  scoreDialogues,
  scoreQuestions,
  scoreSmallTalk,
} from "../../scripts/eval/score.js";
import { loadBlindSet, loadDialogueSet, loadSmallTalkSet } from "../../scripts/eval/sets.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import { realKnowledge } from "../support/test-bot.js";

/**
 * Floors under answer quality, graded on the reply text (`npm run eval`
 * prints the same figures). Shares of 0…1, per language, as measured when the
 * floors were last set: right, honest and declined may fall at most 3 points
 * below them, false answers and wrong-language replies rise at most 1 point
 * above. Raise them as the bot improves; never lower them.
 */
type Floor = Pick<Figures, "right" | "honest" | "declined" | "falseShare" | "wrongLanguage">;
const BLIND: Record<Lang, Floor> = {
  uk: { right: 0.839, honest: 0.607, declined: 0.9, falseShare: 0.077, wrongLanguage: 0.005 },
  en: { right: 0.852, honest: 0.667, declined: 1, falseShare: 0.04, wrongLanguage: 0 },
  ko: { right: 0.786, honest: 0.75, declined: 0.925, falseShare: 0.046, wrongLanguage: 0 },
};
/** Small talk and dialogues: the share right, and replies in another language. */
const SMALL_TALK: Record<Lang, Pick<Floor, "right" | "wrongLanguage">> = {
  uk: { right: 0.962, wrongLanguage: 0 },
  en: { right: 0.98, wrongLanguage: 0 },
  ko: { right: 0.98, wrongLanguage: 0 },
};
/** Small talk must be right this often in every language, whatever the floors above allow. */
const SMALL_TALK_LEAST = 0.95;
const DIALOGUES: Record<Lang, Pick<Floor, "right" | "wrongLanguage">> = {
  uk: { right: 0.854, wrongLanguage: 0 },
  en: { right: 0.902, wrongLanguage: 0 },
  ko: { right: 0.878, wrongLanguage: 0 },
};
const BELOW = 0.03;
const ABOVE = 0.01;

function holds(measured: Figures, floor: Partial<Floor>) {
  for (const key of ["right", "honest", "declined"] as const) {
    const least = floor[key];
    if (least !== undefined) expect(measured[key], key).toBeGreaterThanOrEqual(least - BELOW);
  }
  for (const key of ["falseShare", "wrongLanguage"] as const) {
    const most = floor[key];
    if (most !== undefined) expect(measured[key], key).toBeLessThanOrEqual(most + ABOVE);
  }
}

const knowledge = realKnowledge();
let blind: Result[];
let smallTalk: Result[];
let dialogues: Result[];

describe("answer quality on the reply text", () => {
  it("runs the frozen sets through the bot", async () => {
    blind = await scoreQuestions(knowledge, loadBlindSet());
    smallTalk = await scoreSmallTalk(knowledge, loadSmallTalkSet());
    dialogues = await scoreDialogues(knowledge, loadDialogueSet());
    expect(blind.length).toBeGreaterThan(3 * 190);
  });

  it.each(LANGS)("holds the blind set's floors in %s", (lang) => {
    holds(figures(byLang(blind, lang)), BLIND[lang]);
  });

  it.each(LANGS)("holds the small-talk and dialogue floors in %s", (lang) => {
    const talk = figures(byLang(smallTalk, lang));
    holds(talk, SMALL_TALK[lang]);
    expect(talk.right, "small talk right").toBeGreaterThanOrEqual(SMALL_TALK_LEAST);
    holds(figures(byLang(dialogues, lang)), DIALOGUES[lang]);
  });
});

/** The legacy set, graded on fact ids: at least 90 % top-1 and 90 % declined over both splits. */
describe.each(LANGS)("legacy set in %s", (lang) => {
  const scores = evaluate(
    knowledge,
    loadEvalSet().filter((item) => item.lang === lang),
  );
  const missList = scores.misses
    .map((m) => `${m.item.q} → ${m.got} (want ${m.item.expect})`)
    .join("\n");

  it("finds the right fact first for at least 90 % of questions", () => {
    expect(ratio(scores.top1, scores.inScope), missList).toBeGreaterThanOrEqual(0.9);
  });

  it("declines at least 90 % of out-of-scope questions", () => {
    expect(ratio(scores.declined, scores.outOfScope), missList).toBeGreaterThanOrEqual(0.9);
  });

  it("replies in the asker's language", () => {
    expect(scores.wrongLanguage).toBe(0);
  });
});
