import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { type RunningProcess, runStart } from "../../scripts/support/process.js";

/**
 * For a process test file: starts fake Bot APIs and bot processes (as
 * `npm start` runs them, in production mode with `token`) and stops every one
 * of them after each test, newest first.
 */
export function processHarness(token: string) {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  /** The bot on `api`, on SQLite in a fresh DATA_DIR unless `env` says otherwise. */
  function start(api: FakeBotApi, env: Record<string, string> = {}): RunningProcess {
    const proc = runStart({
      NODE_ENV: "production",
      BOT_TOKEN: token,
      BOT_API_ROOT: api.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-proc-")),
      ...env,
    });
    cleanups.push(() => proc.stop());
    return proc;
  }
  return {
    /** Runs `cleanup` after this test, before what was set up earlier. */
    defer(cleanup: () => Promise<unknown>): void {
      cleanups.push(cleanup);
    },
    async fakeApi(): Promise<FakeBotApi> {
      const api = await startFakeBotApi({ token });
      cleanups.push(() => api.close());
      return api;
    },
    start,
    /** start(), then waits until the bot polls. */
    async startPolling(api: FakeBotApi, env: Record<string, string> = {}): Promise<RunningProcess> {
      const proc = start(api, env);
      await proc.waitForOutput(/polling Telegram/);
      return proc;
    },
  };
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `check` holds, polling; throws naming `what` after `timeoutMs`. */
export async function until(
  check: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
