import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { realKnowledge, testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const areasCount = () => realKnowledge().content.factById.get("itpp-areas-count");

/**
 * Markdown or HTML marks, links, emoji and stray punctuation are no words:
 * the question is understood as the words it contains and answered in their
 * language, whatever language the user's Telegram is in.
 */
describe("text with marks, links and emoji", () => {
  it.each([
    ["ko", "*ITPP* _분야_ `몇 개`? [link](http://x)"],
    ["uk", "*ITPP*: _скільки_ `сфер`?? [link](http://x)"],
    ["en", "*ITPP* _how many_ `areas`? [link](http://x)"],
    ["ko", "<b>ITPP</b> 협력 분야는 몇 개예요?? 🤔 https://example.com/x"],
    ["uk", "<i>скільки</i> сфер у ITPP 🇺🇦🤝🇰🇷 !!!"],
    ["en", "ITPP... how many __areas__ ?!?! 🙏 www.nato.int"],
  ] as const)("%s: %s", async (lang, question) => {
    const telegramLanguage = lang === "en" ? "ko" : "en";
    const { chat } = open({ user: { language_code: telegramLanguage } });
    const [text] = textsOf(await chat.send(question));
    expect(text?.startsWith(areasCount()?.answer[lang].slice(0, 20) ?? "?")).toBe(true);
    expect(text).not.toContain(i18n.t(lang)("answer.decline").split(/[.:]/)[0]);
  });
});
