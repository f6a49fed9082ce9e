import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { type RunningProcess, runStart } from "../../scripts/support/process.js";

/**
 * Follow-up questions through the process `npm start` runs (long polling)
 * against a fake Bot API: each answer is read in the light of the user's
 * last question in that chat, kept in the store (SQLite under DATA_DIR).
 */
const TOKEN = "123456789:AAFollowUpTestToken_abcdefghijklm";
let api: FakeBotApi;
let bot: RunningProcess;

beforeAll(async () => {
  api = await startFakeBotApi({ token: TOKEN });
  bot = runStart({
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), "pb-follow-ups-")),
  });
  await bot.waitForOutput(/polling Telegram/);
});

afterAll(async () => {
  await bot?.stop();
  await api?.close();
});

let messageId = 1;
/** Sends `text` as a private message from `userId` and returns the text of the bot's reply. */
async function reply(userId: number, text: string, languageCode = "en"): Promise<string> {
  const from = api.calls.length;
  api.push({
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Ira" },
      from: { id: userId, is_bot: false, first_name: "Ira", language_code: languageCode },
      text,
    },
  });
  const sent = await api.waitForCall(
    (call) => call.method === "sendMessage" && Number(call.payload.chat_id) === userId,
    { from },
  );
  return String(sent.payload.text);
}

describe("npm start: follow-up questions", () => {
  it("'and Stoltenberg?' after 'What did Yoon say?' gives Stoltenberg's words", async () => {
    expect(await reply(8101, "What did Yoon say?")).toMatch(/Yoon/);
    const answer = await reply(8101, "and Stoltenberg?");
    expect(answer).toMatch(/Stoltenberg/);
    expect(answer).not.toMatch(/signed/);
  });

  it("'а де?' after 'коли підписали ITPP?' gives the place", async () => {
    expect(await reply(8102, "коли підписали ITPP?", "uk")).toMatch(/11 липня 2023/);
    expect(await reply(8102, "а де?", "uk")).toMatch(/Вільнюс/);
  });

  it("'그럼 IPCP는?' after 'ITPP는 몇 개 분야?' gives the IPCP's count", async () => {
    expect(await reply(8103, "ITPP는 몇 개 분야?", "ko")).toMatch(/11/);
    expect(await reply(8103, "그럼 IPCP는?", "ko")).toMatch(/7/);
  });

  it("another user's context does not carry over", async () => {
    await reply(8104, "When was the ITPP signed?");
    expect(await reply(8105, "and where?")).not.toMatch(/Vilnius/);
  });
});
