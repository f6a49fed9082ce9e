import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS } from "../../src/knowledge/lang.js";
import { warmUp } from "../../src/knowledge/warm-up.js";
import { realKnowledge } from "../support/test-bot.js";

describe("start-up warm-up", () => {
  it("asks up to three example questions per fact and language, and changes no answer", () => {
    const knowledge = realKnowledge();
    const i18n = createI18n();
    const before = knowledge.answer("When was the ITPP signed?", { preferredLang: "en" });
    const asked = warmUp(knowledge, (lang) => i18n.t(lang));
    const expected = knowledge.content.facts.reduce(
      (sum, fact) =>
        sum + LANGS.reduce((n, lang) => n + Math.min(3, fact.questions[lang].length), 0),
      0,
    );
    expect(asked).toBe(expected);
    expect(asked).toBeGreaterThan(500);
    const after = knowledge.answer("When was the ITPP signed?", { preferredLang: "en" });
    expect(after.fact?.id).toBe(before.fact?.id);
    expect(after.confidence).toBe(before.confidence);
  });
});
