import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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

function shutdownScenarios(mode: StoreMode) {
  const harness = processHarness(TOKEN);

  async function storeEnv(): Promise<Record<string, string>> {
    if (mode === "sqlite") return { DATA_DIR: mkdtempSync(join(tmpdir(), "pb-shutdown-")) };
    const redis = await startRedisServer();
    harness.defer(() => redis.stop());
    return { REDIS_URL: redis.url };
  }

  /** Starts the bot, sends one question from each of `count` users, waits until each reply was attempted. */
  async function burst(api: FakeBotApi, env: Record<string, string>, count: number) {
    const bot = await harness.startPolling(api, env);
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
    const bot = await harness.startPolling(api, env);
    await until(() => userIds.every((id) => accepted(api, id) >= 1), "every user to have a reply");
    // One more question after the burst: once it is answered, every update before it was seen.
    const late = person(9999);
    api.push(textMessage(late, QUESTION));
    await until(() => accepted(api, late.id) === 1, "the late question's reply");
    await sleep(300);
    expect(userIds.map((id) => accepted(api, id))).toEqual(userIds.map(() => 1));
    return bot;
  }

  /**
   * A burst of `users` questions with `intercept` answering sendMessage,
   * SIGTERM once `before` holds, then a restart: checks the exit status, that
   * the shutdown took at most the grace and a little, and how many were given up.
   */
  async function run(options: {
    graceMs: number;
    users: number;
    intercept: Intercept;
    before?: (api: FakeBotApi) => boolean;
    abandoned: number;
  }) {
    const api = await harness.fakeApi();
    const env = { ...(await storeEnv()), SHUTDOWN_GRACE_MS: String(options.graceMs) };
    api.intercept("sendMessage", options.intercept);
    const { bot, users, updateIds } = await burst(api, env, options.users);
    if (options.before) await until(() => options.before?.(api) ?? true, "the quick replies");

    const { code, ms } = await terminate(bot);
    expect(code).toBe(options.abandoned > 0 ? 1 : 0);
    expect(ms).toBeLessThan(options.graceMs + 2500);
    expect(bot.output()).toMatch(
      options.abandoned > 0
        ? new RegExp(`stopped with ${options.abandoned} update\\(s\\) abandoned`)
        : /"msg":"stopped"/,
    );
    // Telegram was never told past the first unfinished update, the final confirmation included.
    const offsets = api.callsTo("getUpdates").map((call) => Number(call.payload.offset ?? 0));
    const unanswered = users.findIndex((user) => accepted(api, user.id) === 0);
    if (unanswered >= 0) expect(Math.max(...offsets)).toBe(updateIds[unanswered]);
    await restartAndCount(
      api,
      env,
      users.map((user) => user.id),
    );
  }

  return {
    /** Two users' replies take 6 s to be accepted, the others' 100 ms; the grace is 1.5 s. */
    slowBotApi: () =>
      run({
        graceMs: 1500,
        users: 6,
        intercept: delay((call) => ([9101, 9104].includes(chatOf(call)) ? 6000 : 100)),
        before: (api) => [9100, 9102, 9103, 9105].every((id) => accepted(api, id) === 1),
        abandoned: 2,
      }),
    /** A 1 s flood wait on each first reply, inside a 4 s grace: all finish. */
    floodWaitWithinGrace: () =>
      run({ graceMs: 4000, users: 4, intercept: floodWaitOnce(1), abandoned: 0 }),
    /** A 30 s flood wait, cut short at the end of a 1 s grace. */
    floodWaitPastGrace: () =>
      run({ graceMs: 1000, users: 3, intercept: floodWaitOnce(30), abandoned: 3 }),
  };
}

/** The three scenarios as a test suite on one store. */
export function describeShutdownScenarios(mode: StoreMode): void {
  const scenarios = shutdownScenarios(mode);
  describe(`SIGTERM during a burst, then a restart, on ${mode}`, () => {
    it("with a slow Bot API: finishes what it can, abandons the rest, each update answered once", () =>
      scenarios.slowBotApi());
    it("with 429 and a short retry_after: waits it out within the grace, exits 0", () =>
      scenarios.floodWaitWithinGrace());
    it("with 429 and a retry_after past the grace: the wait is cut at the deadline", () =>
      scenarios.floodWaitPastGrace());
  });
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
