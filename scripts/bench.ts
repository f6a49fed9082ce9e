import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../src/bot/create-bot.js";
import { loadConfig } from "../src/config.js";
import { createI18n } from "../src/i18n/i18n.js";
import { loadContent } from "../src/knowledge/content/index.js";
import { createKnowledge } from "../src/knowledge/knowledge.js";
import { LANGS } from "../src/knowledge/lang.js";
import { createFakeTelegram, LOCAL_BOT_INFO } from "../src/local/fake-telegram.js";
import { LOCAL_USER } from "../src/local/local-chat.js";
import { UpdateFactory } from "../src/local/updates.js";
import { createLogger } from "../src/logger.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { loadEvalSet } from "../test/eval/evaluate.js";

/**
 * `npm run bench`: figures, not pass/fail (this machine is shared and noisy).
 * Start-up (content load + index build), answer latency p50/p99 and
 * throughput over a mixed question stream in three languages, then the same
 * questions through the whole bot (createBot, SQLite store, fake Telegram),
 * and resident memory.
 */
const ms = (value: number) => `${value.toFixed(3)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const t0 = performance.now();
const content = loadContent();
const t1 = performance.now();
const knowledge = createKnowledge(content);
const t2 = performance.now();
console.log(
  `start-up: content load + validation ${ms(t1 - t0)}, index build ${ms(t2 - t1)}, total ${ms(t2 - t0)}`,
);

// The stream: the evaluation questions and every content example question, shuffled deterministically.
const questions = [
  ...loadEvalSet().map((item) => ({ q: item.q, lang: item.lang })),
  ...content.facts.flatMap((fact) =>
    LANGS.flatMap((lang) => fact.questions[lang].map((q) => ({ q, lang }))),
  ),
];
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
questions.sort(() => random() - 0.5);

// Warm the JIT on a separate copy of the stream with different spelling, then measure.
for (const { q, lang } of questions.slice(0, 300))
  knowledge.answer(`${q} ?!`, { preferredLang: lang });
const latencies: number[] = [];
const started = performance.now();
for (const { q, lang } of questions) {
  const before = performance.now();
  knowledge.answer(q, { preferredLang: lang });
  latencies.push(performance.now() - before);
}
const elapsed = performance.now() - started;
latencies.sort((a, b) => a - b);
console.log(
  `engine: ${questions.length} questions, p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? 0)}, throughput ${Math.round((questions.length / elapsed) * 1000)} questions/s`,
);

// The whole bot: each question as a Telegram update from its own user.
const dataDir = mkdtempSync(join(tmpdir(), "pb-bench-"));
const store = openSqliteStore(dataDir);
const fake = createFakeTelegram();
const bot = createBot(
  loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }, { requireToken: false }),
  {
    logger: createLogger({ level: "silent", format: "json" }),
    store,
    knowledge,
    i18n: createI18n(),
    botInfo: LOCAL_BOT_INFO,
    apiTransformers: [fake.transformer],
  },
);
await bot.init();
const updates = questions.map(({ q }, i) =>
  new UpdateFactory({ ...LOCAL_USER, id: 200_000 + (i % 500) }).text(q),
);
const botLatencies: number[] = [];
const botStarted = performance.now();
for (const update of updates) {
  const before = performance.now();
  await bot.handleUpdate(update);
  botLatencies.push(performance.now() - before);
}
const botElapsed = performance.now() - botStarted;
botLatencies.sort((a, b) => a - b);
console.log(
  `bot (update in → reply out, SQLite sessions): ${updates.length} updates, p50 ${ms(percentile(botLatencies, 50))}, p99 ${ms(percentile(botLatencies, 99))}, throughput ${Math.round((updates.length / botElapsed) * 1000)} updates/s`,
);
const memory = process.memoryUsage();
console.log(`memory: resident ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}`);
await store.close();
rmSync(dataDir, { recursive: true, force: true });
