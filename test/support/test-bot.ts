import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Transformer } from "grammy";
import type { User } from "grammy/types";
import { afterEach, expect } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { loadConfig } from "../../src/config.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/knowledge.js";
import { createFakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { LOCAL_USER, LocalChat } from "../../src/local/local-chat.js";
import { createLogger } from "../../src/logger.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";
import { emptyRowsIn } from "./keyboard-rows.js";

let knowledge: Knowledge | undefined;
/** The real content, loaded once per test file. */
export function realKnowledge(): Knowledge {
  knowledge ??= loadKnowledge();
  return knowledge;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "pb-test-"));
}

/**
 * The bot as every entry point builds it (createBot), on a real SQLite store
 * in a temp DATA_DIR, with the fake Telegram recording every API call.
 * Pass the same dataDir again to simulate a restart.
 */
export function createTestBot(
  options: {
    dataDir?: string;
    user?: Partial<User>;
    store?: Store;
    transformers?: Transformer[];
    /** The bot's clock (Date.now when not given). */
    now?: () => number;
  } = {},
) {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }, { requireToken: false });
  const logger = createLogger({ level: "silent", format: "json" });
  const store = options.store ?? openSqliteStore(dataDir);
  const fake = createFakeTelegram();
  const bot = createBot(config, {
    logger,
    store,
    knowledge: realKnowledge(),
    i18n: createI18n(),
    botInfo: LOCAL_BOT_INFO,
    apiFetch: fake.fetch,
    // Test transformers run before the fake answers, so they can fail a call.
    apiTransformers: options.transformers ?? [],
    ...(options.now ? { now: options.now } : {}),
  });
  const chat = new LocalChat(bot, fake.calls, { ...LOCAL_USER, ...options.user });
  return {
    bot,
    chat,
    calls: fake.calls,
    store,
    dataDir,
    close: () => store.close(),
  };
}

/**
 * For a test file: a function that opens test bots (as createTestBot) and
 * closes every one of them after each test. After each test it also walks
 * every keyboard those bots sent: none may have an empty row.
 */
export function testBots() {
  const opened: Array<ReturnType<typeof createTestBot>> = [];
  afterEach(async () => {
    const bots = opened.splice(0);
    for (const bot of bots) await bot.close();
    for (const { calls } of bots) {
      for (const call of calls) expect(emptyRowsIn(call.payload), call.method).toEqual([]);
    }
  });
  return (...args: Parameters<typeof createTestBot>) => {
    const bot = createTestBot(...args);
    opened.push(bot);
    return bot;
  };
}

/** The texts of the messages sent or edited in a list of calls. */
export function textsOf(calls: { method: string; payload: Record<string, unknown> }[]): string[] {
  return calls
    .filter((call) => call.method === "sendMessage" || call.method === "editMessageText")
    .map((call) => String(call.payload.text));
}
