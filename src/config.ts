import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * All settings come from the environment (and `.env`, loaded by `loadEnvFile`
 * before this runs). One schema validates them; every problem is reported at
 * once. Messages never echo a value: a mistyped token is still a secret.
 */

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

// Telegram's rule for setWebhook's secret_token.
const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

// Telegram tokens look like `123456789:AA…` (digits, a colon, 30+ url-safe chars).
const TOKEN_PATTERN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

/** A whole number of milliseconds in [min, max], or `fallback` when unset. */
function milliseconds(fallback: number, min: number, max: number) {
  return optionalText
    .refine(
      (value) => value === undefined || (/^\d+$/.test(value) && +value >= min && +value <= max),
      {
        message: `must be a whole number of milliseconds from ${min} to ${max}`,
      },
    )
    .transform((value) => (value === undefined ? fallback : Number(value)));
}

const port = () =>
  optionalText
    .refine((value) => value === undefined || isPort(value), { message: "must be a port number" })
    .transform((value) => (value === undefined ? undefined : Number(value)));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const envSchema = z.object({
  BOT_TOKEN: optionalText.refine((value) => value === undefined || TOKEN_PATTERN.test(value), {
    message: "does not look like a bot token from @BotFather (digits, a colon, then 30+ letters)",
  }),
  BOT_API_ROOT: optionalText
    .default("https://api.telegram.org")
    .refine((value) => value === undefined || isHttpUrl(value), {
      message: "must be an http(s) URL, e.g. https://api.telegram.org",
    })
    .transform((value) => (value ?? "https://api.telegram.org").replace(/\/+$/, "")),
  DATA_DIR: optionalText.transform((value) => value ?? "./data"),
  REDIS_URL: optionalText.refine((value) => value === undefined || isRedisUrl(value), {
    message: "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379",
  }),
  CONTENT_DIR: optionalText,
  WEBHOOK_URL: optionalText.refine((value) => value === undefined || isWebhookUrl(value), {
    message:
      "must be an https:// URL Telegram can reach (http:// only for 127.0.0.1/localhost tests)",
  }),
  WEBHOOK_SECRET: optionalText.refine(
    (value) => value === undefined || WEBHOOK_SECRET_PATTERN.test(value),
    {
      message:
        "must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule for secret_token)",
    },
  ),
  PORT: port(),
  HOST: optionalText,
  METRICS_PORT: port(),
  METRICS_HOST: optionalText,
  // Below Docker's 10 s between SIGTERM and SIGKILL, leaving time to close up.
  SHUTDOWN_GRACE_MS: milliseconds(8000, 0, 600_000),
  REDIS_CONNECT_TIMEOUT_MS: milliseconds(5000, 100, 600_000),
  REDIS_COMMAND_TIMEOUT_MS: milliseconds(2000, 100, 600_000),
  LOG_LEVEL: optionalText
    .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` }).optional())
    .transform((value) => value ?? "info"),
  NODE_ENV: optionalText,
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Undefined only for the local chat, which never talks to Telegram. */
  botToken: string | undefined;
  botApiRoot: string;
  dataDir: string;
  redisUrl: string | undefined;
  /** Another content/ folder (curators trying a draft); undefined: the bundled one. */
  contentDir: string | undefined;
  logLevel: LogLevel;
  /** JSON logs in production, readable ones elsewhere; nothing else depends on it. */
  logFormat: "json" | "pretty";
  /** Set: webhook mode (Telegram posts updates to this URL); unset: long polling. */
  webhook: { url: string; secret: string; port: number; host: string } | undefined;
  /** Set: a server for /healthz, /readyz and /metrics on this address (beside long polling). */
  metrics: { port: number; host: string } | undefined;
  /** How long a shutdown waits for the updates in flight before it abandons them. */
  shutdownGraceMs: number;
  /** How long Redis may take to accept a connection, and to answer one command. */
  redisTimeouts: { connectMs: number; commandMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    // One problem fits on one line; several get a header and a list.
    super(
      problems.length === 1
        ? `Configuration problem: ${problems[0]}`
        : [
            `Configuration is not valid (${problems.length} problems):`,
            ...problems.map((problem) => `  - ${problem}`),
          ].join("\n"),
    );
    this.name = "ConfigError";
  }
}

export const MISSING_TOKEN_PROBLEM =
  "BOT_TOKEN is not set: put the token @BotFather gave you in BOT_TOKEN (environment or .env); to try the bot without a token, run `npm run chat`";

/**
 * Validates the environment. `requireToken` is the Telegram modes' variant of
 * the schema: the local chat runs without a token.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  { requireToken }: { requireToken: boolean } = { requireToken: true },
): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join(".")} ${issue.message}`);
    }
  }
  if (requireToken && !env.BOT_TOKEN?.trim()) problems.unshift(MISSING_TOKEN_PROBLEM);
  if (env.WEBHOOK_URL?.trim() && !env.WEBHOOK_SECRET?.trim()) {
    problems.push(
      "WEBHOOK_SECRET is required with WEBHOOK_URL: Telegram sends it with every update, so strangers cannot post fake ones",
    );
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const values = parsed.data;
  return {
    botToken: values.BOT_TOKEN,
    botApiRoot: values.BOT_API_ROOT,
    dataDir: values.DATA_DIR,
    redisUrl: values.REDIS_URL,
    contentDir: values.CONTENT_DIR,
    logLevel: values.LOG_LEVEL,
    logFormat: values.NODE_ENV === "production" ? "json" : "pretty",
    webhook:
      values.WEBHOOK_URL && values.WEBHOOK_SECRET
        ? {
            url: values.WEBHOOK_URL,
            secret: values.WEBHOOK_SECRET,
            port: values.PORT ?? 8080,
            host: values.HOST ?? "0.0.0.0",
          }
        : undefined,
    metrics:
      values.METRICS_PORT === undefined
        ? undefined
        : { port: values.METRICS_PORT, host: values.METRICS_HOST ?? "127.0.0.1" },
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    redisTimeouts: {
      connectMs: values.REDIS_CONNECT_TIMEOUT_MS,
      commandMs: values.REDIS_COMMAND_TIMEOUT_MS,
    },
  };
}

/** Loads `.env` from the working directory if there is one; real environment wins. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The secrets a log line or error must never carry. */
export function secretsOf(config: Pick<Config, "botToken" | "webhook">): string[] {
  return [config.botToken, config.webhook?.secret].filter((value): value is string =>
    Boolean(value),
  );
}

function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

function isPort(value: string): boolean {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535;
}

function isWebhookUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  return url.protocol === "https:" || (url.protocol === "http:" && loopback);
}

function isRedisUrl(value: string): boolean {
  return URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol);
}

/**
 * For entry points: `.env`, then the environment, validated; on any problem
 * the message goes to stderr and the process exits with status 2.
 */
export function loadConfigOrExit(options: { requireToken: boolean }): Config {
  loadDotEnv();
  try {
    return loadConfig(process.env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
