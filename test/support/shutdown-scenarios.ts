import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { FakeBotApi, Intercept, RecordedCall } from "../../scripts/support/fake-bot-api.js";
import type { RunningProcess } from "../../scripts/support/process.js";
import { processHarness, sleep, until } from "./process-harness.js";
import { startRedisServer } from "./redis-server.js";
import { person, textMessage } from "./telegram-updates.js";

/**
 * Issue 14, item 1 and "done when": SIGTERM during a burst of questions
 * while the fake Bot API is slow or answers 429, then a restart on the same
 * store. Every update must be answered exactly once: a message the fake
 * accepted counts, one it never carried out (the bot gave up on it) does not.
 */
const TOKEN = "123456789:AAShutdownTestToken_abcdefghijklmno";
const QUESTION = "When was the ITPP signed?";

export type StoreMode = "sqlite" | "redis";

export function shutdownScenarios(mode: StoreMode) {
  const harness = processHarness(TOKEN);

  async function storeEnv(): Promise<Record<string, string>> {
    if (mode === "sqlite") return { DATA_DIR: mkdtempSync(join(tmpdir(), "pb-shutdown-")) };
    const redis = await startRedisServer();
    harness.defer(() => redis.stop());
    return { REDIS_URL: redis.url };
  }

  /** Starts the bot, sends one question from each of `count` users, waits until each reply was attempted. */
  async function burst(api: FakeBotApi, env: Record<string, string>, count: number) {
    const bot = harness.start(api, env);
    await bot.waitForOutput(/polling Telegram/);
    const users = Array.from({ length: count }, (_, i) => person(9100 + i));
    const updateIds = users.map((user) => api.push(textMessage(user, QUESTION)));
    await until(
      () => users.every((user) => api.calls.some(toChat(user.id))),
      "a reply attempt to every user",
    );
    return { bot, users, updateIds };
  }

  /** SIGTERM; resolves with the exit code and how long the shutdown took. */
  async function terminate(bot: RunningProcess) {
    const started = Date.now();
    await bot.stop();
    return { code: (await bot.exited).code, ms: Date.now() - started };
  }

  /** Restarts on the same store with a prompt Bot API; checks each user got exactly one reply. */
  async function restartAndCount(api: FakeBotApi, env: Record<string, string>, userIds: number[]) {
    api.intercept("sendMessage", undefined);
    const bot = harness.start(api, env);
    await bot.waitForOutput(/polling Telegram/);
    await until(() => userIds.every((id) => accepted(api, id) >= 1), "every user to have a reply");
    // One more question after the burst: once it is answered, every update before it was seen.
    const late = person(9999);
    api.push(textMessage(late, QUESTION));
    await until(() => accepted(api, late.id) === 1, "the late question's reply");
    await sleep(300);
    expect(userIds.map((id) => accepted(api, id))).toEqual(userIds.map(() => 1));
    return bot;
  }

  return {
    async slowBotApi() {
      const api = await harness.fakeApi();
      const env = { ...(await storeEnv()), SHUTDOWN_GRACE_MS: "1500" };
      // Two users' replies take 6 s to be accepted; the others' 100 ms.
      const slowUsers = new Set([9101, 9104]);
      api.intercept(
        "sendMessage",
        delay((call) => (slowUsers.has(chatOf(call)) ? 6000 : 100)),
      );
      const { bot, users } = await burst(api, env, 6);
      await until(
        () => accepted(api, 9100) === 1 && accepted(api, 9105) === 1,
        "the quick replies",
      );

      const { code, ms } = await terminate(bot);
      expect(code).toBe(1);
      expect(ms).toBeLessThan(1500 + 2500);
      expect(bot.output()).toMatch(/stopped with 2 update\(s\) abandoned/);
      expect([...slowUsers].map((id) => accepted(api, id))).toEqual([0, 0]);
      await restartAndCount(
        api,
        env,
        users.map((user) => user.id),
      );
    },

    async floodWaitWithinGrace() {
      const api = await harness.fakeApi();
      const env = { ...(await storeEnv()), SHUTDOWN_GRACE_MS: "4000" };
      api.intercept("sendMessage", floodWaitOnce(1));
      const { bot, users } = await burst(api, env, 4);

      const { code, ms } = await terminate(bot);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(4000);
      expect(bot.output()).toMatch(/"msg":"stopped"/);
      await restartAndCount(
        api,
        env,
        users.map((user) => user.id),
      );
    },

    async floodWaitPastGrace() {
      const api = await harness.fakeApi();
      const env = { ...(await storeEnv()), SHUTDOWN_GRACE_MS: "1000" };
      api.intercept("sendMessage", floodWaitOnce(30));
      const { bot, users } = await burst(api, env, 3);

      const { code, ms } = await terminate(bot);
      expect(code).toBe(1);
      // The 30 s wait was cut short at the end of the grace.
      expect(ms).toBeLessThan(1000 + 2500);
      expect(bot.output()).toMatch(/stopped with 3 update\(s\) abandoned/);
      await restartAndCount(
        api,
        env,
        users.map((user) => user.id),
      );
    },
  };
}

const chatOf = (call: RecordedCall) => Number(call.payload.chat_id);
const toChat = (chatId: number) => (call: RecordedCall) =>
  call.method === "sendMessage" && chatOf(call) === chatId;
const accepted = (api: FakeBotApi, chatId: number) =>
  api.calls.filter((call) => toChat(chatId)(call) && call.accepted).length;

/** Takes `ms(call)` before answering as usual. */
function delay(ms: (call: RecordedCall) => number): Intercept {
  return async (call) => {
    await sleep(ms(call));
    return undefined;
  };
}

/** The first message to each chat gets 429 with `retryAfter` seconds; later ones go through. */
function floodWaitOnce(retryAfter: number): Intercept {
  const refused = new Set<number>();
  return (call) => {
    if (refused.has(chatOf(call))) return undefined;
    refused.add(chatOf(call));
    return {
      error_code: 429,
      description: `Too Many Requests: retry after ${retryAfter}`,
      parameters: { retry_after: retryAfter },
    };
  };
}
