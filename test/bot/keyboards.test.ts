import type { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { CALLBACK_DATA_MAX_BYTES, decodeButton } from "../../src/bot/callback-data.js";
import { QUIZ_LENGTH } from "../../src/bot/features/quiz.js";
import { answerKeyboard } from "../../src/bot/keyboards/answer.js";
import {
  ARTICLE_ACTION,
  areaCardKeyboard,
  areasKeyboard,
  pagerKeyboard,
  QUOTE_ACTION,
} from "../../src/bot/keyboards/browse.js";
import { languageKeyboard } from "../../src/bot/keyboards/language.js";
import { privateQuizKeyboard, quizKeyboard } from "../../src/bot/keyboards/quiz.js";
import { keyboardOf } from "../../src/bot/keyboards/rows.js";
import { articlePages } from "../../src/bot/views/cards.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import { emptyRowsIn } from "../support/keyboard-rows.js";
import { realKnowledge } from "../support/test-bot.js";

const { content } = realKnowledge();
const i18n = createI18n();

/** Every keyboard the bot can build in `lang`, pager positions and quiz rounds included. */
function everyKeyboard(lang: Lang): Array<InlineKeyboard | undefined> {
  const t = i18n.t(lang);
  const factButtons = content.facts.map((fact) => ({ text: fact.title[lang], factId: fact.id }));
  const options = ["a", "b", "c", "d"];
  return [
    languageKeyboard(lang, t),
    answerKeyboard({ html: "", choices: factButtons, related: [], rateable: true }, lang),
    answerKeyboard({ html: "", choices: [], related: [], rateable: false }, lang),
    areasKeyboard(content, lang),
    areaCardKeyboard(lang, t("areas.back")),
    ...content.quotes.map((_, i) => pagerKeyboard(QUOTE_ACTION, lang, i, content.quotes.length)),
    ...articlePages(content, lang).map((_, i, pages) =>
      pagerKeyboard(ARTICLE_ACTION, lang, i, pages.length),
    ),
    pagerKeyboard(ARTICLE_ACTION, lang, 0, 1),
    ...Array.from({ length: QUIZ_LENGTH }, (_, round) =>
      quizKeyboard(options, lang, "abc123", round),
    ),
    privateQuizKeyboard(t("quiz.openPrivate"), "https://t.me/PartnershipLocalBot?start=quiz"),
  ];
}

describe("keyboards", () => {
  it.each(LANGS)("keep every button's callback data within 64 bytes and decodable (%s)", (lang) => {
    let checked = 0;
    for (const keyboard of everyKeyboard(lang)) {
      for (const button of keyboard?.inline_keyboard.flat() ?? []) {
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

  it.each(LANGS)("never have an empty row (%s)", (lang) => {
    for (const keyboard of everyKeyboard(lang)) {
      expect(emptyRowsIn({ reply_markup: keyboard })).toEqual([]);
    }
  });

  it("leave out a pager of one page, and send no keyboard when no button is left", () => {
    expect(pagerKeyboard(ARTICLE_ACTION, "en", 0, 1)).toBeUndefined();
    expect(keyboardOf([[], []])).toBeUndefined();
  });
});
