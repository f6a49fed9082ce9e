import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { processHarness, sleep } from "../support/process-harness.js";
import { REDIS_SERVER, startRedisServer } from "../support/redis-server.js";
import { startStallingProxy } from "../support/stalling-proxy.js";
import {
  buttonPress,
  buttonsOf,
  person,
  sentTo,
  textMessage,
} from "../support/telegram-updates.js";

/** Issue 14, items 2 and 5: Redis stalled, Redis without the database asked for, Redis away. */
const TOKEN = "123456789:AARedisFaultsTestToken_abcdefghijk";
const harness = processHarness(TOKEN);
const LIMITS = { REDIS_CONNECT_TIMEOUT_MS: "1000", REDIS_COMMAND_TIMEOUT_MS: "1000" };

async function redis() {
  const server = await startRedisServer();
  harness.defer(() => server.stop());
  return server;
}

if (!REDIS_SERVER)
  console.warn("⚠ redis-server is not installed: the Redis fault tests are SKIPPED.");

describe.skipIf(!REDIS_SERVER)("Redis faults", () => {
  it("a stalled Redis: a warning within seconds, answers meanwhile, back to normal after", async () => {
    const server = await redis();
    const proxy = await startStallingProxy(server.port);
    harness.defer(() => proxy.close());
    const api = await harness.fakeApi();
    const bot = await harness.startPolling(api, {
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      ...LIMITS,
    });
    const user = person(7401);
    api.push(textMessage(user, "/start"));
    await api.waitForCall(sentTo(user.id));
    // Its session is written after the reply: let that finish before the stall.
    await bot.waitForOutput(/"msg":"update handled"/);

    proxy.stall();
    const from = api.calls.length;
    api.push(textMessage(user, "When was the ITPP signed?"));
    const answer = await api.waitForCall(sentTo(user.id), { from, timeoutMs: 6000 });
    expect(String(answer.payload.text)).toContain("11 July 2023");
    await bot.waitForOutput(/store unavailable/, 3000);

    proxy.resume();
    await bot.waitForOutput(/store available again/, 8000);
    expect(bot.output().match(/store unavailable/g)).toHaveLength(1);
  });

  it("refuses to start on a database the server does not have", async () => {
    const server = await redis();
    const api = await harness.fakeApi();
    const bot = harness.start(api, { REDIS_URL: `${server.url}/99`, ...LIMITS });
    const exit = await Promise.race([bot.exited, sleep(10_000).then(() => "still running")]);
    expect(exit).toEqual({ code: 1, signal: null });
    expect(bot.output()).toMatch(
      /Cannot use Redis at redis:\/\/127\.0\.0\.1:\d+\/99: database 99 cannot be selected/,
    );
    expect(api.callsTo("getMe")).toHaveLength(0);
  });

  it("during an outage, replies come first: an off-topic question is answered, a 👎 is acknowledged", async () => {
    const server = await redis();
    const api = await harness.fakeApi();
    await harness.startPolling(api, { REDIS_URL: server.url, ...LIMITS });
    const user = person(7402);
    api.push(textMessage(user, "When was the ITPP signed?"));
    const answer = await api.waitForCall(sentTo(user.id));

    await server.stop();
    let from = api.calls.length;
    api.push(textMessage(user, "Who won the football world cup?"));
    const decline = await api.waitForCall(sentTo(user.id), { from, timeoutMs: 5000 });
    expect(String(decline.payload.text)).not.toBe(createI18n().t("en")("errors.generic"));

    from = api.calls.length;
    const down = buttonsOf(answer).find((data) => data.includes("|down|")) ?? "";
    api.push(buttonPress(user, down, 1));
    await api.waitForCall((call) => call.method === "answerCallbackQuery" && call.accepted, {
      from,
      timeoutMs: 5000,
    });
  });
});
