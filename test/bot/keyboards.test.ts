import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import {
  CALLBACK_DATA_MAX_BYTES,
  decodeButton,
  encodeButton,
} from "../../src/bot/callback-data.js";
import { QUIZ_ACTION, QUIZ_LENGTH } from "../../src/bot/features/quiz.js";
import { answerKeyboard } from "../../src/bot/keyboards/answer.js";
import {
  ARTICLE_ACTION,
  areaCardKeyboard,
  areasKeyboard,
  pagerKeyboard,
  QUOTE_ACTION,
} from "../../src/bot/keyboards/browse.js";
import { languageKeyboard } from "../../src/bot/keyboards/language.js";
import { articlePages } from "../../src/bot/views/cards.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS } from "../../src/knowledge/languages.js";
import { realKnowledge } from "../support/test-bot.js";

/** Every keyboard the bot can build, in every language: Telegram refuses callback data over 64 bytes. */
describe("keyboards", () => {
  const { content } = realKnowledge();
  const i18n = createI18n();

  it.each(LANGS)("keep every button's callback data within 64 bytes and decodable (%s)", (lang) => {
    const t = i18n.t(lang);
    const factButtons = content.facts.map((fact) => ({ text: fact.title[lang], factId: fact.id }));
    const keyboards: InlineKeyboard[] = [
      languageKeyboard(lang, t),
      answerKeyboard({ html: "", choices: factButtons, related: [] }, lang) as InlineKeyboard,
      areasKeyboard(content, lang),
      areaCardKeyboard(lang, t("areas.back")),
      ...content.quotes.map((_, i) => pagerKeyboard(QUOTE_ACTION, lang, i, content.quotes.length)),
      ...articlePages(content, lang).map((_, i, pages) =>
        pagerKeyboard(ARTICLE_ACTION, lang, i, pages.length),
      ),
      // The quiz's answer buttons: round × choice.
      new InlineKeyboard(
        Array.from({ length: QUIZ_LENGTH }, (_, round) =>
          [0, 1, 2, 3].map((choice) => ({
            text: String(choice),
            callback_data: encodeButton(QUIZ_ACTION, lang, String(round), String(choice)),
          })),
        ),
      ),
    ];
    let checked = 0;
    for (const keyboard of keyboards) {
      for (const button of keyboard.inline_keyboard.flat()) {
        if (!("callback_data" in button)) continue;
        expect(Buffer.byteLength(button.callback_data), button.callback_data).toBeLessThanOrEqual(
          CALLBACK_DATA_MAX_BYTES,
        );
        expect(decodeButton(button.callback_data)?.lang).toBe(lang);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(content.facts.length + 11);
  });
});
