import type { InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { realKnowledge, testBots } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const { content } = realKnowledge();

/** The question buttons of a reply (not 👍 / 👎). */
const questionButtons = (markup: unknown) =>
  ((markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [])
    .flat()
    .filter((button) => "callback_data" in button && button.callback_data.startsWith("ask|"))
    .map((button) => button.text);

/** The subjects the old decline listed, in each language: none may follow a decline. */
const SCOPE_CLAIMS = {
  en: ["I only answer questions about", "Korea's help to Ukraine", "11 areas of cooperation"],
  uk: ["Я відповідаю лише на запитання про", "допомогу Кореї Україні", "11 сфер співпраці"],
  ko: ["에 관한 질문에만 답해요", "한국의 우크라이나 지원", "11개 협력 분야"],
} as const;

/**
 * The decline of `question` in `lang`: its text and the questions it offers,
 * checked for what every decline must avoid (a list of the subjects covered,
 * the very question asked).
 */
async function declineOf(lang: Lang, question: string) {
  const { chat } = open({ user: { language_code: lang } });
  const [call] = await chat.send(question);
  const text = String(call?.payload.text);
  const t = i18n.t(lang);
  expect(text).toBe(`${t("answer.decline")}\n\n${t("answer.suggestions")}`);
  for (const claim of SCOPE_CLAIMS[lang]) expect(text).not.toContain(claim);
  const offered = questionButtons(call?.payload.reply_markup);
  expect(offered.length).toBeGreaterThan(0);
  expect(offered).not.toContain(question);
  return offered;
}

describe("declines", () => {
  it.each([
    ["en", "How much money did Korea give Ukraine?"],
    ["uk", "Скільки грошей Корея дала Україні?"],
    ["ko", "한국은 우크라이나에 돈을 얼마나 줬어?"],
  ] as const)(
    "say plainly that the sources give no sum, and offer what they say about it (%s: %s)",
    async (lang, question) => {
      const premise = content.premises.find((p) => p.id === "aid-value-given");
      const { chat } = open({ user: { language_code: lang } });
      const [call] = await chat.send(question);
      const text = String(call?.payload.text);
      expect(text.startsWith(premise?.correction[lang] ?? "?")).toBe(true);
      expect(text).toContain(i18n.t(lang)("answer.gapOffer"));
      for (const claim of SCOPE_CLAIMS[lang]) expect(text).not.toContain(claim);
      const ukraineFacts = [
        "korea-aid-plane",
        "korea-supports-ukraine",
        "nato-thanks-korea",
        "ukraine-and-itpp",
      ].map((id) => content.factById.get(id)?.title[lang]);
      const offered = questionButtons(call?.payload.reply_markup);
      expect(offered.some((title) => ukraineFacts.includes(title))).toBe(true);
    },
  );

  it.each([
    ["en", "What will the weather be in Vilnius tomorrow?"],
    ["uk", "Хто виграв чемпіонат світу з футболу?"],
    ["ko", "오늘 점심 메뉴 추천해 줘"],
  ] as const)(
    "of an off-topic question offer examples, never the question itself (%s)",
    async (lang, question) => {
      await declineOf(lang, question);
    },
  );
});
