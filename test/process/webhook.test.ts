import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { freePort, type RunningProcess, runStart } from "../../scripts/support/process.js";

/** The bot as `npm start` runs it (runStart), in webhook mode, posted to over HTTP on 127.0.0.1 as Telegram would. */
const TOKEN = "123456789:AAWebhookTestToken_abcdefghijklmnop";
const SECRET = "webhook-Secret_0123456789";
const USER = { id: 6161, is_bot: false, first_name: "Taras", language_code: "uk" };

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startBot(): Promise<{
  api: FakeBotApi;
  proc: RunningProcess;
  base: string;
  hook: string;
}> {
  const api = await startFakeBotApi({ token: TOKEN });
  cleanups.push(() => api.close());
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const hook = `${base}/telegram/hook`;
  const proc = runStart({
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    BOT_API_ROOT: api.url,
    DATA_DIR: mkdtempSync(join(tmpdir(), "pb-webhook-")),
    WEBHOOK_URL: hook,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
  });
  cleanups.push(() => proc.stop());
  await proc.waitForOutput(/webhook listening/);
  return { api, proc, base, hook };
}

const update = (id: number, text: string) => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: USER.id, type: "private", first_name: USER.first_name },
    from: USER,
    text,
    ...(text.startsWith("/")
      ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] }
      : {}),
  },
});

const post = (url: string, body: string, secret?: string) =>
  fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body,
  });

describe("npm start with WEBHOOK_URL", () => {
  it("sets the webhook, checks the secret and size, answers each update once before replying", async () => {
    const { api, proc, base, hook } = await startBot();
    const [setWebhook] = api.callsTo("setWebhook");
    expect(setWebhook?.payload).toMatchObject({ url: hook, secret_token: SECRET });
    expect(setWebhook?.payload.allowed_updates).toContain("inline_query");

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await post(hook, JSON.stringify(update(1, "/help")))).status).toBe(401);
    expect((await post(hook, JSON.stringify(update(1, "/help")), "wrong-secret")).status).toBe(401);
    expect((await post(hook, "x".repeat(1_100_000), SECRET)).status).toBe(413);
    expect((await post(hook, "{not json", SECRET)).status).toBe(400);
    expect(api.callsTo("sendMessage")).toHaveLength(0);

    const answered = await post(hook, JSON.stringify(update(10, "Коли підписали ITPP?")), SECRET);
    expect(answered.status).toBe(200);
    // The reply went out before Telegram got its answer.
    expect(api.callsTo("sendMessage")).toHaveLength(1);
    expect(String(api.callsTo("sendMessage")[0]?.payload.text)).toContain("11 липня 2023");

    // A re-delivery (Telegram retrying) is acknowledged but not answered again.
    expect(
      (await post(hook, JSON.stringify(update(10, "Коли підписали ITPP?")), SECRET)).status,
    ).toBe(200);
    expect(api.callsTo("sendMessage")).toHaveLength(1);

    const stopping = Date.now();
    await proc.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    expect(proc.output()).toMatch(/"msg":"stopped"/);
    expect(proc.output()).not.toContain(TOKEN);
    expect(proc.output()).not.toContain(SECRET);
  });
});
