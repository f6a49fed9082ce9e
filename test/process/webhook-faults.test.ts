import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FakeBotApi } from "../../scripts/support/fake-bot-api.js";
import { freePort } from "../../scripts/support/process.js";
import { processHarness, sleep } from "../support/process-harness.js";
import { person, sentTo, textMessage } from "../support/telegram-updates.js";

/** Issue 14, item 8, and webhooks at shutdown: what Telegram was not answered 200 for is delivered again. */
const TOKEN = "123456789:AAWebhookFaultsToken_abcdefghijklm";
const SECRET = "webhook-faults_secret_0123";
const harness = processHarness(TOKEN);

async function startWebhookBot(api: FakeBotApi, env: Record<string, string> = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const bot = harness.start(api, {
    WEBHOOK_URL: `${base}/telegram/hook`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
    ...env,
  });
  await bot.waitForOutput(/webhook listening/);
  const post = (body: string) =>
    fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body,
    });
  return { bot, base, port, post };
}

/** A POST whose body is never finished; resolves with what the server answers, if anything. */
function halfUpload(port: number): Promise<string> {
  return new Promise((resolve) => {
    let answer = "";
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `POST /telegram/hook HTTP/1.1\r\nHost: bot\r\ncontent-type: application/json\r\nx-telegram-bot-api-secret-token: ${SECRET}\r\ncontent-length: 500\r\n\r\n{"update_id": 1, "mess`,
      );
    });
    socket.on("data", (data) => {
      answer += data.toString();
    });
    socket.on("close", () => resolve(answer));
    socket.on("error", () => resolve(answer));
  });
}

describe("webhook faults", () => {
  it("answers 400 to a body that is JSON but no update (null, [], 42)", async () => {
    const api = await harness.fakeApi();
    const { bot, post } = await startWebhookBot(api);
    for (const body of ["null", "[]", "42", '{"message":{}}'])
      expect((await post(body)).status, body).toBe(400);
    expect(bot.output()).not.toMatch(/TypeError|webhook request failed/);
  });

  it("SIGTERM while requests are half uploaded: they get 503 and the bot exits 0 at once", async () => {
    const api = await harness.fakeApi();
    const { bot, port } = await startWebhookBot(api);
    const answers = [halfUpload(port), halfUpload(port)];
    await sleep(200);
    const started = Date.now();
    await bot.stop();
    expect((await bot.exited).code).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
    for (const answer of await Promise.all(answers)) expect(answer).toMatch(/^HTTP\/1\.1 503/);
  });

  it("an update cut short at shutdown gets 503, not 200; delivered again after a restart, it is answered once", async () => {
    const api = await harness.fakeApi();
    const env = {
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-webhook-")),
      SHUTDOWN_GRACE_MS: "1000",
    };
    api.intercept("sendMessage", async () => {
      await sleep(5000);
      return undefined;
    });
    const first = await startWebhookBot(api, env);
    const user = person(7601);
    const update = JSON.stringify({
      update_id: 4242,
      ...textMessage(user, "When was the ITPP signed?"),
    });
    const answered = first.post(update);
    await api.waitForCall((call) => call.method === "sendMessage");
    await first.bot.stop();
    expect((await answered).status).toBe(503);
    expect((await first.bot.exited).code).toBe(1);
    expect(first.bot.output()).toMatch(/stopped with 1 update\(s\) abandoned/);

    api.intercept("sendMessage", undefined);
    const second = await startWebhookBot(api, env);
    expect((await second.post(update)).status).toBe(200);
    expect((await second.post(update)).status).toBe(200);
    expect(api.calls.filter((call) => sentTo(user.id)(call))).toHaveLength(1);
  });

  it("serves /metrics in Prometheus format beside the webhook", async () => {
    const api = await harness.fakeApi();
    const { base, post } = await startWebhookBot(api);
    const user = person(7602);
    const update = { update_id: 77, ...textMessage(user, "When was the ITPP signed?") };
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect((await post(JSON.stringify(update))).status).toBe(200);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/pbot_updates_total\{type="message",outcome="handled"\} 1/);
    expect(text).toMatch(/pbot_updates_total\{type="message",outcome="duplicate"\} 1/);
    expect(text).toMatch(/pbot_answers_total\{kind="fact"\} 1/);
    expect(text).toMatch(/pbot_answer_confidence_count 1/);
    expect(text).toMatch(/pbot_reply_seconds_count\{type="message"\} 1/);
    expect(text).toMatch(/pbot_updates_in_flight 0/);
    expect(text).toMatch(/pbot_store_errors_total 0/);
    expect(text).toMatch(/process_resident_memory_bytes/);
  });
});
