import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { type RunningProcess, runStart } from "../../scripts/support/process.js";

/**
 * For a test file: the process `npm start` runs (long polling, SQLite under a
 * fresh DATA_DIR) against a fake Bot API on 127.0.0.1, started before the
 * tests and stopped after them; `privateMessage` sends a user's message and
 * returns the payload of the bot's reply.
 */
export function useStartedBot(token: string) {
  let api: FakeBotApi;
  let bot: RunningProcess;
  let messageId = 1;
  beforeAll(async () => {
    api = await startFakeBotApi({ token });
    bot = runStart({
      NODE_ENV: "production",
      BOT_TOKEN: token,
      BOT_API_ROOT: api.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-started-")),
    });
    await bot.waitForOutput(/polling Telegram/);
  });
  afterAll(async () => {
    await bot?.stop();
    await api?.close();
  });
  return {
    async privateMessage(userId: number, text: string, languageCode = "en") {
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
      return sent.payload;
    },
  };
}
