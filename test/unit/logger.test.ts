import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

const TOKEN = "123456789:AAExampleExampleExampleExample_123";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe("logger", () => {
  it("redacts secrets by path and wherever their value appears", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", format: "json", secrets: [TOKEN], destination });
    logger.info({ config: { botToken: TOKEN } }, "config loaded");
    logger.info({ botToken: TOKEN, webhookSecret: "s3cr3t-webhook-value" }, "direct fields");
    logger.error(
      { err: new Error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`) },
      "boom",
    );
    logger.warn(`url ${encodeURIComponent(TOKEN)}`);
    const text = lines.join("");
    expect(lines).toHaveLength(4);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(TOKEN));
    expect(text).not.toContain("s3cr3t-webhook-value");
    expect(text).toContain("[redacted]");
  });

  it("writes one JSON object per line in production format", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: "info", format: "json", destination });
    logger.child({ update_id: 7 }).info({ handler: "start" }, "update handled");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({
      update_id: 7,
      handler: "start",
      msg: "update handled",
      level: 30,
    });
  });
});
