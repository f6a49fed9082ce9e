import { describe, expect, it } from "vitest";
import { evaluate, loadEvalSet, ratio } from "../../scripts/eval/legacy.js";
import { LANGS } from "../../src/knowledge/languages.js";
import { realKnowledge } from "../support/test-bot.js";

/**
 * A floor under answer quality, so regressions fail the suite: at least 90 %
 * top-1 per language on all in-scope questions (both splits), at least 90 %
 * of the out-of-scope ones declined, and every reply in the asker's language.
 * `npm run eval` prints the figures and the misses.
 */
const FLOOR = 0.9;
const items = loadEvalSet();

describe.each(LANGS)("answers in %s", (lang) => {
  const scores = evaluate(
    realKnowledge(),
    items.filter((item) => item.lang === lang),
  );
  const missList = scores.misses
    .map((m) => `${m.item.q} → ${m.got} (want ${m.item.expect})`)
    .join("\n");

  it(`finds the right fact first for at least ${FLOOR * 100} % of questions`, () => {
    expect(ratio(scores.top1, scores.inScope), missList).toBeGreaterThanOrEqual(FLOOR);
  });

  it(`declines at least ${FLOOR * 100} % of out-of-scope questions`, () => {
    expect(ratio(scores.declined, scores.outOfScope), missList).toBeGreaterThanOrEqual(FLOOR);
  });

  it("replies in the asker's language", () => {
    expect(scores.wrongLanguage).toBe(0);
  });
});
