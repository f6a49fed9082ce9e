import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { loadEvalSet } from "./eval/legacy.js";
import { type FakeBotApi, startFakeBotApi } from "./support/fake-bot-api.js";
import {
  freePort,
  processInGroup,
  REPO_ROOT,
  type RunningProcess,
  runNpm,
} from "./support/process.js";

/**
 * `npm run bench:e2e`: the real bot process over HTTP beside a bare grammY bot
 * (one fixed reply), measured in the same run on this machine:
 *  - long polling against a fake Bot API on 127.0.0.1;
 *  - webhooks, two instances on Redis (REDIS_URL, default redis://127.0.0.1:6379),
 *    updates posted alternately as a load balancer would.
 * A burst of questions from distinct users; prints updates/s, reply latency
 * p50/p99 and each process's peak resident memory. Figures, not pass/fail.
 */
const BURST = Number(process.env.BENCH_UPDATES ?? 3000);
const TOKEN = "123456789:AAE2eBenchTokenBenchTokenBench_12";
const SECRET = "bench_e2e_secret";
const REDIS = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
/** BENCH_MODES=polling or =webhooks runs one mode (both by default). */
const MODES = (process.env.BENCH_MODES ?? "polling,webhooks").split(",");
/**
 * BENCH_WARMUP=N: before the timed burst, each bot first answers N questions
 * (from other users, untimed), so the burst measures code V8 has already
 * optimised rather than a process that is still compiling. 0 by default: the
 * burst then hits a freshly started bot, as after a deploy.
 */
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 0));
/** Extra NODE_OPTIONS for the bot under test only, e.g. BENCH_NODE_OPTIONS=--max-semi-space-size=8 to try heap sizes. */
const BOT_NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS;
const questions = loadEvalSet().map((item) => item.q);
let nextId = Date.now() % 1_000_000_000;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Delivers an update to a webhook instance on `port`, as Telegram would. */
function postUpdate(port: number | undefined, body: Update): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/hook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-telegram-bot-api-secret-token": SECRET,
    },
    body: JSON.stringify(body),
  });
}

/** Waits until `done()` holds, for at most three minutes. */
async function waitFor(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Question i of the set, from `user` (by default a new user for every update). */
function update(i: number, user?: number): Update {
  const id = nextId++;
  const from = user ?? id;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: from, type: "private", first_name: "Bench" },
      from: { id: from, is_bot: false, first_name: "Bench" },
      text: questions[i % questions.length] ?? "ITPP?",
    },
  } as Update;
}

/** A memory figure of a process from /proc, in MB: VmHWM (peak resident) or VmRSS (resident now). */
function memoryMb(pid: number, field: "VmHWM" | "VmRSS" = "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

/** Waits until each process says it is ready; if one does not, stops them all (no bot is left running). */
async function startedOrStopped(procs: RunningProcess[], ready: RegExp): Promise<void> {
  try {
    for (const proc of procs) await proc.waitForOutput(ready, 60_000);
  } catch (error) {
    for (const proc of procs) await proc.stop();
    throw error;
  }
}

/**
 * CPU time (user + system) used so far, in ms; steadier than wall time on a
 * shared machine. By default the whole process; with `mainThread`, only the
 * thread that runs JavaScript (the rest is V8's garbage-collection and
 * compiler threads, which on two cores compete with everything else).
 */
function cpuMs(pid: number, mainThread = false): number {
  const path = mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  // Fields 14 and 15 of the stat line, after the command name in parentheses.
  const fields = readFileSync(path, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

/** CPU used so far by all of `pids`: [whole processes, their main threads], in ms. */
const cpuOf = (pids: number[]) => [
  pids.reduce((sum, pid) => sum + cpuMs(pid), 0),
  pids.reduce((sum, pid) => sum + cpuMs(pid, true), 0),
];

function report(
  label: string,
  count: number,
  seconds: number,
  latencies: number[],
  memory: number[],
  [cpu, mainCpu]: number[],
) {
  latencies.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} ${String(Math.round(count / seconds)).padStart(6)} updates/s   p50 ${percentile(latencies, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(latencies, 99).toFixed(1).padStart(7)} ms   CPU ${((cpu ?? 0) / count).toFixed(2)} ms/update (main thread ${((mainCpu ?? 0) / count).toFixed(2)})   peak RSS ${memory.map((m) => `${m.toFixed(0)} MB`).join(" / ")}`,
  );
  return count / seconds;
}

function startBare(env: Record<string, string>): RunningProcess {
  const child = spawn("node", ["scripts/bare-bot.mjs"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => output,
    exited,
    async waitForOutput(pattern) {
      while (!pattern.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
      return "";
    },
    async stop() {
      try {
        process.kill(-(child.pid ?? 0), "SIGTERM");
      } catch {}
      await exited;
    },
  };
}

async function polling(
  label: string,
  start: (api: FakeBotApi) => RunningProcess,
  needle: string,
): Promise<number> {
  const api = await startFakeBotApi({ token: TOKEN });
  const proc = start(api);
  await startedOrStopped([proc], /polling Telegram/);
  const pid = processInGroup(proc.child.pid ?? 0, needle);
  if (WARMUP > 0) {
    for (let i = 0; i < WARMUP; i++) api.push(update(i) as Omit<Update, "update_id">);
    await waitFor(() => api.callsTo("sendMessage").length >= WARMUP);
    api.calls.length = 0;
  }
  const pushedAt = new Map<number, number>();
  const cpuBefore = cpuOf([pid]);
  const began = performance.now();
  for (let i = 0; i < BURST; i++) {
    const u = update(i);
    pushedAt.set(u.message?.chat.id ?? 0, performance.now());
    api.push(u as Omit<Update, "update_id">);
  }
  const replies = () => api.callsTo("sendMessage");
  await waitFor(() => replies().length >= BURST);
  const done = performance.now();
  const latencies = replies().map((c) => c.at - (pushedAt.get(Number(c.payload.chat_id)) ?? c.at));
  const memory = [memoryMb(pid)];
  const cpu = cpuOf([pid]).map((used, i) => used - (cpuBefore[i] ?? 0));
  await proc.stop();
  await api.close();
  return report(label, replies().length, (done - began) / 1000, latencies, memory, cpu);
}

async function webhooks(
  label: string,
  start: (api: FakeBotApi, port: number) => RunningProcess,
  needle: string,
): Promise<number> {
  const api = await startFakeBotApi({ token: TOKEN });
  const ports = [await freePort(), await freePort()];
  const procs = ports.map((port) => start(api, port));
  await startedOrStopped(procs, /webhook listening/);
  const pids = procs.map((proc) => processInGroup(proc.child.pid ?? 0, needle));
  /** Posts `count` questions, 50 requests in flight, alternating between the instances; their latencies. */
  const post = async (count: number) => {
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < count) {
          const i = next++;
          const sentAt = performance.now();
          await postUpdate(ports[i % 2], update(i));
          latencies.push(performance.now() - sentAt);
        }
      }),
    );
    return latencies;
  };
  if (WARMUP > 0) await post(WARMUP);
  const cpuBefore = cpuOf(pids);
  const began = performance.now();
  const latencies = await post(BURST);
  const done = performance.now();
  const memory = pids.map((pid) => memoryMb(pid));
  const cpu = cpuOf(pids).map((used, i) => used - (cpuBefore[i] ?? 0));
  for (const proc of procs) await proc.stop();
  await api.close();
  return report(label, latencies.length, (done - began) / 1000, latencies, memory, cpu);
}

/**
 * BENCH_SOAK_MINUTES=10: instead of the burst, a steady load for that long on
 * the long-polling bot (SQLite) and on two webhook instances (Redis) at once,
 * BENCH_SOAK_RATE updates/s each (default 100) from a pool of 5,000 users;
 * prints every process's resident memory each minute, to show it stays flat.
 */
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 0);
const SOAK_RATE = Number(process.env.BENCH_SOAK_RATE ?? 100);

/** A question from one of 5,000 returning users: sessions are read again, as in real use. */
const soakUpdate = (i: number) => update(i, 20_000_000 + (i % 5_000));

async function soak(minutes: number): Promise<void> {
  console.log(
    `soak: ${minutes} min at ${SOAK_RATE} updates/s to the long-polling bot and ${SOAK_RATE} updates/s across 2 webhook instances on Redis\n`,
  );
  const pollApi = await startFakeBotApi({ token: TOKEN });
  const hookApi = await startFakeBotApi({ token: TOKEN });
  const ports = [await freePort(), await freePort()];
  const poller = bot(pollApi);
  const hooks = ports.map((port) => bot(hookApi, { REDIS_URL: REDIS, ...hookEnv(port) }));
  await startedOrStopped([poller], /polling Telegram/);
  await startedOrStopped(hooks, /webhook listening/);
  const pids = [poller, ...hooks].map((proc) =>
    processInGroup(proc.child.pid ?? 0, "dist/main.js"),
  );
  const replies = [0, 0];
  const count = (api: FakeBotApi, slot: number) => {
    replies[slot] = (replies[slot] ?? 0) + api.callsTo("sendMessage").length;
    api.calls.length = 0; // the fake keeps every call; a soak would fill its memory
  };
  let sent = 0;
  let failed = 0;
  const rows: string[] = [];
  const sample = (minute: number) => {
    count(pollApi, 0);
    count(hookApi, 1);
    rows.push(
      `${String(minute).padStart(6)}   ${String(sent * 2).padStart(8)}   ${String((replies[0] ?? 0) + (replies[1] ?? 0)).padStart(8)}   ${pids.map((pid) => memoryMb(pid, "VmRSS").toFixed(1).padStart(8)).join("   ")}`,
    );
    console.log(rows.at(-1));
  };
  console.log(" minute    updates    replies   RSS MB: polling   webhook A   webhook B");
  sample(0);
  const began = Date.now();
  const end = began + minutes * 60_000;
  let nextSample = 1;
  while (Date.now() < end) {
    // Keep to the rate: send what is due for the time elapsed.
    const due = Math.floor(((Date.now() - began) / 1000) * SOAK_RATE);
    while (sent < due) {
      const i = sent++;
      pollApi.push(soakUpdate(i) as Omit<Update, "update_id">);
      void postUpdate(ports[i % 2], soakUpdate(i + 2_500)).then(
        (response) => {
          if (!response.ok) failed++;
        },
        () => failed++,
      );
    }
    if (Date.now() - began >= nextSample * 60_000) sample(nextSample++);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  if (nextSample <= minutes) sample(nextSample);
  for (const proc of [poller, ...hooks]) await proc.stop();
  await pollApi.close();
  await hookApi.close();
  console.log(
    `\nsent ${sent * 2} updates, ${(replies[0] ?? 0) + (replies[1] ?? 0)} replies, ${failed} webhook requests failed`,
  );
}

const dataDir = () => mkdtempSync(join(tmpdir(), "pb-e2e-"));
const bot = (api: FakeBotApi, extra: Record<string, string> = {}) =>
  runNpm(["start"], {
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    DATA_DIR: dataDir(),
    ...(BOT_NODE_OPTIONS ? { NODE_OPTIONS: BOT_NODE_OPTIONS } : {}),
    ...extra,
  });
const hookEnv = (port: number) => ({
  WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
  WEBHOOK_SECRET: SECRET,
  PORT: String(port),
  HOST: "127.0.0.1",
});

if (SOAK_MINUTES > 0) {
  await soak(SOAK_MINUTES);
  process.exit(0);
}

/**
 * BENCH_ROUNDS (default 3): each mode runs the bare bot and ours in turn this
 * many times. On a shared machine one pair can land on a busy or a quiet
 * moment for either bot, so the ratio of a single pair swings by ±10 points;
 * the median of the rounds is the figure to quote.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

console.log(
  `${BURST} questions from distinct users, ${ROUNDS} round(s), each process on this 2-core machine${WARMUP > 0 ? `, each bot warmed up first on ${WARMUP} untimed questions` : ", each bot freshly started"}:\n`,
);
const summary: string[] = [];
const modes = [
  {
    name: "long polling",
    enabled: MODES.includes("polling"),
    bare: () =>
      polling(
        "bare grammY, long polling",
        (api) => startBare({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url }),
        "bare-bot.mjs",
      ),
    ours: () => polling("partnership-bot, long polling", (api) => bot(api), "dist/main.js"),
  },
  {
    name: "webhooks",
    enabled: MODES.includes("webhooks"),
    bare: () =>
      webhooks(
        "bare grammY, 2 webhook instances",
        (api, port) => startBare({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, ...hookEnv(port) }),
        "bare-bot.mjs",
      ),
    ours: () =>
      webhooks(
        "partnership-bot, 2 webhooks, Redis",
        (api, port) => bot(api, { REDIS_URL: REDIS, ...hookEnv(port) }),
        "dist/main.js",
      ),
  },
];
for (const mode of modes.filter((m) => m.enabled)) {
  const ratios: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const bare = await mode.bare();
    const ours = await mode.ours();
    ratios.push(ours / bare);
    console.log(`  ${mode.name}, round ${round}: ${percent(ours / bare)} of the bare bot\n`);
  }
  summary.push(
    `${mode.name} ${percent(median(ratios))} (rounds: ${ratios.map(percent).join(", ")})`,
  );
}
console.log(
  `throughput against the bare bot, median of the rounds: ${summary.join("; ")} (aim: long polling at least 30 %)`,
);
