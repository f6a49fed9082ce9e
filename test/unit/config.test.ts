import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, MISSING_TOKEN_PROBLEM } from "../../src/config.js";

const TOKEN = "123456789:AAExampleExampleExampleExample_123";

function problemsOf(env: Record<string, string>, requireToken = true): string[] {
  try {
    loadConfig(env, { requireToken });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("config", () => {
  it("has defaults for everything but the token", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      botApiRoot: "https://api.telegram.org",
      dataDir: "./data",
      redisUrl: undefined,
      contentDir: undefined,
      logLevel: "info",
      logFormat: "pretty",
      webhook: undefined,
      metrics: undefined,
      shutdownGraceMs: 8000,
      redisTimeouts: { connectMs: 5000, commandMs: 2000 },
    });
  });

  it("lets NODE_ENV pick only the log format", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, NODE_ENV: "production" }).logFormat).toBe("json");
  });

  it("reads every variable", () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: "http://127.0.0.1:8081/",
      DATA_DIR: "/tmp/pb",
      REDIS_URL: "redis://127.0.0.1:6379/2",
      LOG_LEVEL: "debug",
      METRICS_PORT: "9464",
      SHUTDOWN_GRACE_MS: "3000",
      REDIS_CONNECT_TIMEOUT_MS: "1000",
      REDIS_COMMAND_TIMEOUT_MS: "1500",
    });
    expect(config).toMatchObject({
      botApiRoot: "http://127.0.0.1:8081",
      dataDir: "/tmp/pb",
      redisUrl: "redis://127.0.0.1:6379/2",
      logLevel: "debug",
      metrics: { port: 9464, host: "127.0.0.1" },
      shutdownGraceMs: 3000,
      redisTimeouts: { connectMs: 1000, commandMs: 1500 },
    });
  });

  it("refuses limits that are not whole milliseconds in range", () => {
    expect(
      problemsOf({ BOT_TOKEN: TOKEN, SHUTDOWN_GRACE_MS: "8s", REDIS_COMMAND_TIMEOUT_MS: "5" }),
    ).toEqual([
      "SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 600000",
      "REDIS_COMMAND_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000",
    ]);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf({ LOG_LEVEL: "loud", REDIS_URL: "http://x", BOT_API_ROOT: "nope" });
    expect(problems).toEqual([
      MISSING_TOKEN_PROBLEM,
      "BOT_API_ROOT must be an http(s) URL, e.g. https://api.telegram.org",
      "REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379",
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    ]);
  });

  it("never repeats the token in a message, even a malformed one", () => {
    const bad = "12345:not-a-real-token-but-secret";
    let message = "";
    try {
      loadConfig({ BOT_TOKEN: bad });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/BOT_TOKEN does not look like a bot token/);
    expect(message).not.toContain(bad);
    expect(message.split("\n")).toHaveLength(1);
  });

  it("reads webhook mode, and checks the secret against Telegram's rule", () => {
    expect(
      loadConfig({
        BOT_TOKEN: TOKEN,
        WEBHOOK_URL: "https://bot.example.org/telegram",
        WEBHOOK_SECRET: "s3cret_-X",
        PORT: "9000",
      }).webhook,
    ).toEqual({
      url: "https://bot.example.org/telegram",
      secret: "s3cret_-X",
      port: 9000,
      host: "0.0.0.0",
    });
    expect(problemsOf({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.org/t" })).toEqual([
      expect.stringMatching(/^WEBHOOK_SECRET is required with WEBHOOK_URL/),
    ]);
    expect(
      problemsOf({
        BOT_TOKEN: TOKEN,
        WEBHOOK_URL: "http://bot.example.org/t",
        WEBHOOK_SECRET: "bad secret!",
        PORT: "99999",
      }),
    ).toEqual([
      "WEBHOOK_URL must be an https:// URL Telegram can reach (http:// only for 127.0.0.1/localhost tests)",
      "WEBHOOK_SECRET must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule for secret_token)",
      "PORT must be a port number",
    ]);
  });

  it("does not need a token for the local chat", () => {
    expect(problemsOf({}, false)).toEqual([]);
    expect(problemsOf({})).toEqual([MISSING_TOKEN_PROBLEM]);
  });
});
