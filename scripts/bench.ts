import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { loadContent } from "../src/knowledge/content/index.js";
import { createKnowledge } from "../src/knowledge/knowledge.js";
import { LANGS, type Lang } from "../src/knowledge/languages.js";
import { loadEvalSet } from "./eval/legacy.js";
import { startFakeBotApi } from "./support/fake-bot-api.js";
import { processInGroup, runNpm } from "./support/process.js";

/**
 * `npm run bench`: figures, not pass/fail (this machine is shared and noisy).
 *  1. the engine in this process: start-up (content load + validation, index
 *     build), answer latency p50/p99 and throughput over a mixed stream of
 *     questions in three languages;
 *  2. the whole bot as it runs in production (`npm start`, long polling)
 *     against a fake Bot API on 127.0.0.1: the same stream as Telegram
 *     updates from many users, updates/s, and its resident memory.
 */
const ms = (value: number) => `${value.toFixed(3)} ms`;
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

// The stream: the evaluation questions and every content example question, in a fixed shuffled order.
const questions: { q: string; lang: Lang }[] = [
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

// Warm the JIT on altered copies (answers are remembered by their text), then measure each question once.
for (const { q, lang } of questions.slice(0, 500)) knowledge.answer(`${q} ?!`, lang);
const latencies: number[] = [];
const started = performance.now();
for (const { q, lang } of questions) {
  const before = performance.now();
  knowledge.answer(q, lang);
  latencies.push(performance.now() - before);
}
const elapsed = performance.now() - started;
latencies.sort((a, b) => a - b);
console.log(
  `engine: ${questions.length} questions, p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, throughput ${Math.round((questions.length / elapsed) * 1000)} questions/s`,
);

// The whole bot, as `npm start` runs it.
const token = "123456789:AABenchTokenBenchTokenBenchToken_1";
const api = await startFakeBotApi({ token });
const dataDir = mkdtempSync(join(tmpdir(), "pb-bench-"));
const bot = runNpm(["start"], {
  BOT_TOKEN: token,
  BOT_API_ROOT: api.url,
  DATA_DIR: dataDir,
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
});
const launched = performance.now();
await api.waitForCall((call) => call.method === "getUpdates", { timeoutMs: 30_000 });
console.log(
  `bot: polling ${ms(performance.now() - launched)} after \`npm start\` (build included)`,
);
const pid = processInGroup(bot.child.pid ?? 0, "dist/main.js");
const burst = questions.slice(0, 2000);
const sentBefore = api.callsTo("sendMessage").length;
const burstStart = performance.now();
burst.forEach(({ q }, i) => {
  const user = { id: 300_000 + (i % 700), is_bot: false, first_name: "Bench" };
  api.push({
    message: {
      message_id: i + 1,
      date: 0,
      chat: { id: user.id, type: "private", first_name: "Bench" },
      from: user,
      text: q,
    },
  } as Omit<Update, "update_id">);
});
const deadline = Date.now() + 120_000;
while (api.callsTo("sendMessage").length - sentBefore < burst.length) {
  if (bot.child.exitCode !== null || Date.now() > deadline) {
    console.error(
      `bot: stopped answering (exit ${bot.child.exitCode}):\n${bot.output().slice(-2000)}`,
    );
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const burstSeconds = (performance.now() - burstStart) / 1000;
const status = readFileSync(`/proc/${pid}/status`, "utf8");
const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
console.log(
  `bot: ${burst.length} questions from 700 users answered in ${burstSeconds.toFixed(2)} s, ${Math.round(burst.length / burstSeconds)} updates/s`,
);
console.log(
  `bot memory: resident ${(kb("VmRSS") / 1024).toFixed(1)} MB, peak ${(kb("VmHWM") / 1024).toFixed(1)} MB`,
);
await bot.stop();
await api.close();
rmSync(dataDir, { recursive: true, force: true });
