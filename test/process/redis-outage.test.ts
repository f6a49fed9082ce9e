import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { freePort, runStart } from "../../scripts/support/process.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { until } from "../support/process-harness.js";
import { REDIS_SERVER, startRedisServer } from "../support/redis-server.js";

/**
 * The bot on its own redis-server (a spare port, AOF on so data survives a
 * restart), which is stopped mid-run and started again.
 */
const i18n = createI18n();
const TOKEN = "123456789:AAOutageTestToken_abcdefghijklmnopq";
const USER = { id: 7171, is_bot: false, first_name: "Ola", language_code: "en" };
if (!REDIS_SERVER)
  console.warn(
    "⚠ redis-server is not installed: the Redis outage test is SKIPPED (.ci/run installs it).",
  );

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!REDIS_SERVER)("a Redis outage", () => {
  it("keeps answering, says once that a change was not saved, loses nothing, and recovers", async () => {
    const redis = await startRedisServer();
    cleanups.push(() => redis.stop());

    const api = await startFakeBotApi({ token: TOKEN });
    cleanups.push(() => api.close());
    const metricsPort = await freePort();
    const bot = runStart({
      NODE_ENV: "production",
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      REDIS_URL: redis.url,
      METRICS_PORT: String(metricsPort),
    });
    const readyz = async () => (await fetch(`http://127.0.0.1:${metricsPort}/readyz`)).status;
    cleanups.push(() => bot.stop());
    await bot.waitForOutput(/polling Telegram/);
    expect(await readyz()).toBe(200);

    const chat = { id: USER.id, type: "private", first_name: USER.first_name };
    const send = async (text: string) => {
      const from = api.calls.length;
      api.push({
        message: {
          message_id: 1,
          date: 0,
          chat,
          from: USER,
          text,
          ...(text.startsWith("/")
            ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] }
            : {}),
        },
      } as Omit<Update, "update_id">);
      return api.waitForCall((c) => c.method === "sendMessage", { from });
    };
    const chooseLanguage = async (index: number) => {
      const picker = await send("/language");
      const data = (
        picker.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }
      ).inline_keyboard[0]?.[index]?.callback_data;
      const from = api.calls.length;
      api.push({
        callback_query: {
          id: `cb${from}`,
          from: USER,
          chat_instance: "c",
          data,
          message: { message_id: 1, date: 0, chat, text: "" },
        },
      } as Omit<Update, "update_id">);
      await api.waitForCall((c) => c.method === "editMessageText", { from });
      await new Promise((resolve) => setTimeout(resolve, 300)); // the session is written after the reply
      return api.calls.slice(from);
    };

    await chooseLanguage(2); // 한국어, saved in Redis
    expect(String((await send("/help")).payload.text)).toContain("<b>명령어</b>");

    await redis.stop();
    // Questions need no state: still answered.
    expect(String((await send("When was the ITPP signed?")).payload.text)).toContain(
      "11 July 2023",
    );
    // A change cannot be saved: the user hears so once per outage.
    const notSaved = (calls: { method: string; payload: Record<string, unknown> }[]) =>
      calls.filter(
        (c) =>
          c.method === "sendMessage" &&
          ["uk", "en", "ko"].some((l) => c.payload.text === i18n.t(l as "uk")("errors.notSaved")),
      );
    const first = await chooseLanguage(0);
    expect(notSaved(first)).toHaveLength(1);
    const second = await chooseLanguage(0);
    expect(notSaved(second)).toHaveLength(0);
    expect(bot.output().match(/store unavailable/g)).toHaveLength(1);
    // …and nothing else about it: no client errors printed on every reconnect.
    expect(bot.output()).not.toMatch(/Unhandled error event/);
    // Not ready while the store is away (alive all the same: no restart needed).
    expect(await readyz()).toBe(503);

    await redis.start();
    // Recovered without a restart, and the language saved before the outage is still there.
    await until(
      async () => String((await send("/help")).payload.text).includes("<b>명령어</b>"),
      "the bot to use Redis again",
    );
    expect(bot.output()).toMatch(/store available again/);
    expect(await readyz()).toBe(200);
    await chooseLanguage(0); // Українська, saved now
    expect(String((await send("/help")).payload.text)).toContain("<b>Команди</b>");
  });
});
