import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { type RunningProcess, runStart } from "../../scripts/support/process.js";
import { createI18n } from "../../src/i18n/i18n.js";
import type { Lang } from "../../src/knowledge/languages.js";

/**
 * Small talk through the process `npm start` runs (runStart, long polling)
 * against a fake Bot API on 127.0.0.1: a greeting and a thanks get the bot's
 * own replies in the language they were written in, with no buttons.
 */
const TOKEN = "123456789:AASmallTalkTestToken_abcdefghijkl";
const i18n = createI18n();
let api: FakeBotApi;
let bot: RunningProcess;

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN });
  bot = runStart({
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), "pb-small-talk-")),
  });
  await bot.waitForOutput(/polling Telegram/);
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
});

/** Sends `text` as a private message from a user of its own and waits for the bot's reply. */
async function reply(userId: number, text: string) {
  const from = api.calls.length;
  api.push({
    message: {
      message_id: userId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Ira" },
      from: { id: userId, is_bot: false, first_name: "Ira", language_code: "en" },
      text,
    },
  });
  const sent = await api.waitForCall(
    (call) => call.method === "sendMessage" && Number(call.payload.chat_id) === userId,
    { from },
  );
  return sent.payload;
}

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
