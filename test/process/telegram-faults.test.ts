import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/support/process.js";
import { processHarness } from "../support/process-harness.js";
import { person, sentTo, textMessage } from "../support/telegram-updates.js";

/** Issue 14, items 3, 4 and 9: the Bot API unreachable, refusing getUpdates, failing now and then. */
const TOKEN = "123456789:AATelegramFaultsToken_abcdefghijkl";
const harness = processHarness(TOKEN);

const lines = (output: string) => output.trim().split("\n").filter(Boolean);

describe("Bot API faults", () => {
  it("start-up gives up on an unreachable Bot API within about 15 s: one clear line, exit 1", async () => {
    const api = await harness.fakeApi();
    const root = `http://127.0.0.1:${await freePort()}`;
    const bot = harness.start(api, { BOT_API_ROOT: root });
    // Content and store come first (seconds on a busy machine); the limit runs from here.
    await bot.waitForOutput(/connecting to the Bot API/);
    const started = Date.now();
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(Date.now() - started).toBeGreaterThan(14_000);
    expect(Date.now() - started).toBeLessThan(18_000);
    const fatal = lines(bot.output()).filter((line) => line.includes('"level":60'));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain(`cannot reach the Bot API at ${root}`);
  }, 30_000);

  for (const [code, description, says] of [
    [409, "Conflict: terminated by other getUpdates request", /another instance is polling/],
    [401, "Unauthorized", /was it revoked\? Check BOT_TOKEN/],
  ] as const) {
    it(`getUpdates answering ${code} ends the process: one clear line, exit 1`, async () => {
      const api = await harness.fakeApi();
      api.intercept("getUpdates", () => ({ error_code: code, description }));
      const bot = harness.start(api);
      const exit = await bot.exited;
      expect(exit.code).toBe(1);
      // The code as a number of its own: a start-up log of 1401 ms does not mention 401.
      const mentions = lines(bot.output()).filter((line) => new RegExp(`\\b${code}\\b`).test(line));
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toMatch(says);
      expect(bot.output()).not.toMatch(/unhandled rejection/);
    });
  }

  it("a failing getUpdates is logged through the logger as JSON, retried, and polling goes on", async () => {
    const api = await harness.fakeApi();
    let failures = 1;
    api.intercept("getUpdates", () =>
      failures-- > 0 ? { error_code: 502, description: "Bad Gateway" } : undefined,
    );
    const bot = harness.start(api);
    await bot.waitForOutput(/getUpdates failed; trying again/);
    const user = person(7501);
    api.push(textMessage(user, "/start"));
    await api.waitForCall(sentTo(user.id));
    for (const line of lines(bot.output())) expect(() => JSON.parse(line)).not.toThrow();
    expect(bot.output()).not.toMatch(/grammY runner/);
  });
});
