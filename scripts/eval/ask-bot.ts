import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../../src/bot/create-bot.js";
import { loadConfig } from "../../src/config.js";
import { createI18n } from "../../src/i18n/i18n.js";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { type ApiCall, createFakeTelegram, LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { LocalChat } from "../../src/local/local-chat.js";
import { createLogger } from "../../src/logger.js";
import { openSqliteStore } from "../../src/store/sqlite.js";

/** What a user reads after one message: the texts the bot sent, and whether they carried buttons. */
export interface BotReply {
  /** Telegram HTML of every message sent in reply, in order. */
  html: string[];
  /** True when any message had inline buttons (👍/👎, suggestions). */
  buttons: boolean;
}

/**
 * The real bot, built by createBot as every entry point builds it, on a
 * throw-away SQLite store, with the fake Telegram: the evaluation grades what
 * a user would read, not what the engine returned. Each conversation gets a
 * user of its own (no rate limit or saved setting carries over), whose
 * Telegram language is the language of the set.
 */
export function openEvalBot(knowledge: Knowledge) {
  const dataDir = mkdtempSync(join(tmpdir(), "pb-eval-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }, { requireToken: false });
  const store = openSqliteStore(dataDir);
  const fake = createFakeTelegram();
  // The bot's clock, moved by dialogues that wait ("after_minutes") for a follow-up to expire.
  let now = Date.now();
  const bot = createBot(config, {
    now: () => now,
    logger: createLogger({ level: "silent", format: "json" }),
    store,
    knowledge,
    i18n: createI18n(),
    botInfo: LOCAL_BOT_INFO,
    apiFetch: fake.fetch,
  });
  let nextUser = 500_000_000;
  return {
    /** A private chat with a new user who writes in `lang`. */
    chat(lang: Lang) {
      const user = { id: nextUser++, is_bot: false, first_name: "Eval", language_code: lang };
      const chat = new LocalChat(bot, fake.calls, user);
      return {
        ask: async (question: string): Promise<BotReply> => replyOf(await chat.send(question)),
      };
    },
    /** Moves the bot's clock on. */
    wait(minutes: number) {
      now += minutes * 60_000;
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function replyOf(calls: ApiCall[]): BotReply {
  const sent = calls.filter((call) => call.method === "sendMessage");
  return {
    html: sent.map((call) => String(call.payload.text ?? "")),
    buttons: sent.some((call) => call.payload.reply_markup !== undefined),
  };
}
