import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/support/process.js";
import { processHarness } from "../support/process-harness.js";
import { person, sentTo, textMessage } from "../support/telegram-updates.js";

/** Operators' view beside long polling: METRICS_PORT serves /healthz, /readyz and /metrics. */
const TOKEN = "123456789:AAMetricsTestToken_abcdefghijklmnop";
const harness = processHarness(TOKEN);

describe("METRICS_PORT with long polling", () => {
  it("serves /healthz, /readyz and Prometheus /metrics on 127.0.0.1", async () => {
    const api = await harness.fakeApi();
    api.intercept("setMyCommands", () => ({ error_code: 400, description: "Bad Request: nope" }));
    const port = await freePort();
    const bot = await harness.startPolling(api, { METRICS_PORT: String(port) });
    expect(bot.output()).toContain(`"metrics_port":${port}`);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);

    const user = person(7701);
    api.push(textMessage(user, "/start"));
    await api.waitForCall(sentTo(user.id));
    await bot.waitForOutput(/"msg":"update handled"/);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/pbot_updates_total\{type="message",outcome="handled"\} 1/);
    expect(text).toMatch(
      /pbot_telegram_api_errors_total\{method="setMyCommands",code="400"\} [1-9]/,
    );
    expect(text).toMatch(/pbot_reply_seconds_count\{type="message"\} 1/);
  });
});
