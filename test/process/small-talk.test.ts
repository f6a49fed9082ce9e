import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { useStartedBot } from "../support/started-bot.js";

/**
 * Small talk through the process `npm start` runs (runStart, long polling)
 * against a fake Bot API on 127.0.0.1: a greeting and a thanks get the bot's
 * own replies in the language they were written in, with no buttons.
 */
const i18n = createI18n();
const started = useStartedBot("123456789:AASmallTalkTestToken_abcdefghijkl");
const reply = (userId: number, text: string) => started.privateMessage(userId, text);

describe("npm start: small talk", () => {
  it.each([
    ["Привіт!", "uk", "greeting", 7001],
    ["дякую", "uk", "thanks", 7002],
    ["hi 👋", "en", "greeting", 7003],
    ["thanks!", "en", "thanks", 7004],
    ["안녕하세요", "ko", "greeting", 7005],
    ["고마워요", "ko", "thanks", 7006],
  ] as const)("%s gets the %s %s reply", async (text, lang: Lang, intent, userId) => {
    const payload = await reply(userId, text);
    expect(String(payload.text).split("\n")[0]).toBe(i18n.t(lang)(`smallTalk.${intent}`));
    expect(payload.reply_markup).toBeUndefined();
  });
});
