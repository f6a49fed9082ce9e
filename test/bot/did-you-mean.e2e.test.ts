import type { InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { realKnowledge, testBots } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();

const buttonTexts = (markup: unknown) =>
  ((markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat().map((b) => b.text);

/**
 * "Did you mean" follows an answer only when the confidence model puts a
 * runner-up within TUNING.didYouMeanMargin of it: never after a complete,
 * confident answer.
 */
describe("did you mean", () => {
  it.each([
    ["en", "When was the ITPP signed?"],
    ["uk", "Коли підписали ITPP?"],
    ["ko", "ITPP는 언제 체결됐어요?"],
    ["en", "How many areas does the ITPP cover?"],
    ["uk", "Хто підписав ITPP?"],
    ["ko", "ITPP의 협력 분야는 몇 개예요?"],
  ] as const)("is not offered after a confident answer (%s: %s)", async (lang, question) => {
    const { chat } = open({ user: { language_code: lang } });
    const [call] = await chat.send(question);
    expect(String(call?.payload.text)).not.toContain(i18n.t(lang)("answer.didYouMean"));
  });

  it.each([
    ["en", "all areas of the korea nato partnership"],
    ["uk", "скільки сфер?"],
    ["ko", "ITPP 분야 수 알려줘"],
  ] as const)(
    "offers the runner-up when two answers are within the margin (%s: %s)",
    async (lang, question) => {
      const knowledge = realKnowledge();
      const answer = knowledge.answer(question, lang);
      expect(answer.kind).toBe("fact");
      expect(answer.alternatives.length).toBeGreaterThan(0);
      const { chat } = open({ user: { language_code: lang } });
      const [call] = await chat.send(question);
      expect(String(call?.payload.text)).toContain(i18n.t(lang)("answer.didYouMean"));
      expect(buttonTexts(call?.payload.reply_markup)).toContain(
        answer.alternatives[0]?.title[lang],
      );
    },
  );

  it("answers each part of a compound question instead of offering the other part", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    const [call] = await chat.send("Хто і коли підписав ITPP?");
    const text = String(call?.payload.text);
    expect(text).toMatch(/Юн Сук Йол/);
    expect(text).toMatch(/11 липня 2023/);
    expect(text).not.toContain(i18n.t("uk")("answer.didYouMean"));
  });
});
