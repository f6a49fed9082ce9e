import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { REPO_ROOT, type RunningProcess, runStart } from "../../scripts/support/process.js";

/**
 * The bot process as `npm start` runs it (runStart: the same node command on
 * dist/main.js, built once for the suite), against a fake Bot API on
 * 127.0.0.1 (BOT_API_ROOT). Nothing here touches the network.
 */
const TOKEN = "123456789:AAProcessTestToken_abcdefghijklmnopq";
const USER = { id: 5551, is_bot: false, first_name: "Olena", language_code: "en" };

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeApi(failing: string[] = []): Promise<FakeBotApi> {
  const api = await startFakeBotApi({ token: TOKEN, failing });
  cleanups.push(() => api.close());
  return api;
}

function start(env: Record<string, string>): RunningProcess {
  const proc = runStart({ NODE_ENV: "production", ...env });
  cleanups.push(() => proc.stop());
  return proc;
}

function message(text: string): Omit<Update, "update_id"> {
  const entities = text.startsWith("/")
    ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]?.length ?? 0 }]
    : undefined;
  return {
    message: {
      message_id: Math.floor(Math.random() * 1e6),
      date: Math.floor(Date.now() / 1000),
      chat: { id: USER.id, type: "private", first_name: USER.first_name },
      from: USER,
      text,
      ...(entities ? { entities } : {}),
    },
  } as Omit<Update, "update_id">;
}

const sentTo = (chatId: number) => (call: { method: string; payload: Record<string, unknown> }) =>
  call.method === "sendMessage" && Number(call.payload.chat_id) === chatId;

describe("npm start", () => {
  it("exits 2 with one clear line when BOT_TOKEN is missing", async () => {
    const proc = runStart({ NODE_ENV: "production" });
    const { code } = await proc.exited;
    expect(code).toBe(2);
    const lines = proc.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/BOT_TOKEN is not set/);
    expect(lines[0]).toMatch(/npm run chat/);
  });

  it("exits 2 listing every configuration problem, without the token", async () => {
    const proc = runStart({
      BOT_TOKEN: "42:short-secret-token",
      LOG_LEVEL: "loud",
      BOT_API_ROOT: "ftp://x",
    });
    const { code } = await proc.exited;
    expect(code).toBe(2);
    const output = proc.output();
    expect(output).toMatch(/3 problems/);
    expect(output).toMatch(/BOT_TOKEN does not look like a bot token/);
    expect(output).toMatch(/BOT_API_ROOT must be an http\(s\) URL/);
    expect(output).toMatch(/LOG_LEVEL must be one of/);
    expect(output).not.toContain("short-secret-token");
  });

  it("exits 1 when getMe fails, without leaking the token", async () => {
    const api = await fakeApi();
    const wrongToken = "987654321:AAWrongTokenWrongTokenWrongToken_xyz";
    const proc = start({
      BOT_TOKEN: wrongToken,
      BOT_API_ROOT: api.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-")),
    });
    const { code } = await proc.exited;
    expect(code).toBe(1);
    expect(proc.output()).toMatch(/getMe failed/);
    expect(proc.output()).not.toContain(wrongToken);
    expect(api.callsTo("getMe")).toHaveLength(1);
  });

  it("polls through BOT_API_ROOT, answers, and keeps the language across a restart", async () => {
    const api = await fakeApi();
    const dataDir = join(mkdtempSync(join(tmpdir(), "pb-")), "nested", "data");
    const env = { BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATA_DIR: dataDir };

    const first = start(env);
    await first.waitForOutput(/polling Telegram/);
    expect(existsSync(dataDir)).toBe(true);
    // Command menus: Telegram's default plus one per language.
    const menus = api.callsTo("setMyCommands");
    expect(menus.map((c) => c.payload.language_code ?? "default").sort()).toEqual([
      "default",
      "en",
      "ko",
      "uk",
    ]);

    api.push(message("/start"));
    const welcome = await api.waitForCall(sentTo(USER.id));
    expect(String(welcome.payload.text)).toContain("Hello, Olena!");

    const from = api.calls.length;
    api.push(message("/language"));
    const picker = await api.waitForCall(sentTo(USER.id), { from });
    const buttons = (
      picker.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }
    ).inline_keyboard.flat();
    const ukButton = buttons[0]?.callback_data ?? "";
    const pickerId = api.calls.indexOf(picker) + 1; // the fake numbers sent messages in order
    const callbackId = api.push({
      callback_query: {
        id: "cb1",
        from: USER,
        chat_instance: "ci",
        data: ukButton,
        message: {
          message_id: pickerId,
          date: 0,
          chat: { id: USER.id, type: "private", first_name: USER.first_name },
          text: "",
        },
      },
    } as Omit<Update, "update_id">);
    await api.waitForCall((call) => call.method === "editMessageText");
    await first.stop();
    expect(first.output()).toMatch(/"msg":"stopped"/);
    // On shutdown the last batch is confirmed, so a restart does not fetch it again.
    expect(
      api
        .callsTo("getUpdates")
        .some((c) => c.payload.timeout === 0 && c.payload.offset === callbackId + 1),
    ).toBe(true);

    const second = start(env);
    await second.waitForOutput(/polling Telegram/);
    const afterRestart = api.calls.length;
    api.push(message("/help"));
    const help = await api.waitForCall(sentTo(USER.id), { from: afterRestart });
    expect(String(help.payload.text)).toContain("<b>Команди</b>");

    // One log line per update, written once the reply is out.
    await second.waitForOutput(/"msg":"update handled"/);
    await second.stop();

    // Every call went to BOT_API_ROOT with the token; the logs never show it.
    expect(api.calls.every((call) => call.token === TOKEN)).toBe(true);
    for (const proc of [first, second]) {
      expect(proc.output()).not.toContain(TOKEN);
      // Production logs are JSON, one object per line.
      for (const line of proc.output().trim().split("\n"))
        expect(() => JSON.parse(line)).not.toThrow();
    }
    const handled = second
      .output()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === "update handled");
    expect(handled).toMatchObject({ update_type: "message", chat_type: "private" });
    expect(typeof handled.update_id).toBe("number");
    expect(typeof handled.duration_ms).toBe("number");
  });

  it("warns and keeps running when setMyCommands fails", async () => {
    const api = await fakeApi(["setMyCommands"]);
    const proc = start({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-")),
    });
    await proc.waitForOutput(/polling Telegram/);
    expect(proc.output()).toMatch(/could not set the command menus/);
    api.push(message("/start"));
    await api.waitForCall(sentTo(USER.id));
  });
});

describe("npm start with bad content", () => {
  it("refuses to start and lists every problem with its file and entry", async () => {
    const contentDir = mkdtempSync(join(tmpdir(), "pb-content-"));
    cpSync(join(REPO_ROOT, "content"), contentDir, { recursive: true });
    const facts = join(contentDir, "facts", "event-programme.yaml");
    writeFileSync(
      facts,
      readFileSync(facts, "utf8").replace(/(\n {2}answer:\n(?: {4}.+\n){2} {4}ko: ).+/, '$1""'),
    );
    writeFileSync(join(contentDir, "quiz.yaml"), "[]\n");
    const api = await fakeApi();
    const proc = start({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      CONTENT_DIR: contentDir,
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-")),
    });
    expect((await proc.exited).code).toBe(1);
    const output = proc.output();
    expect(output).toMatch(/content\/ has \d+ problems/);
    expect(output).toMatch(
      /content\/facts\/event-programme\.yaml: fact "[a-z0-9-]+": answer\.ko is empty/,
    );
    expect(output).toMatch(/content\/quiz\.yaml: has 0 quiz items, at least 20 required/);
    expect(api.callsTo("getMe")).toHaveLength(0);
  });
});

describe("npm start with a corrupt store", () => {
  it("stops with a clear error and leaves the file as it was, never resetting it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pb-corrupt-"));
    const garbage = Buffer.from("this is not an SQLite database, but someone's data ".repeat(200));
    writeFileSync(join(dataDir, "bot.sqlite"), garbage);
    const api = await fakeApi();
    const proc = start({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.url, DATA_DIR: dataDir });
    expect((await proc.exited).code).toBe(1);
    expect(proc.output()).toMatch(
      /Cannot open the SQLite store at .*bot\.sqlite: file is not a database/,
    );
    expect(readFileSync(join(dataDir, "bot.sqlite")).equals(garbage)).toBe(true);
    expect(proc.output()).not.toContain(TOKEN);
  });
});
