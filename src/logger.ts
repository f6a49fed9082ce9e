import { type DestinationStream, type Logger, pino } from "pino";
import pretty from "pino-pretty";
import type { Config } from "./config.js";

export type { Logger };

/**
 * Paths pino censors in every log object. Anything that may carry the bot
 * token or the webhook secret is listed here, so a careless `log.info({ config })`
 * still cannot leak them. No wildcards: pino checks these on every line, and a
 * wildcard path walks every key of every object logged (it was 5 % of what an
 * update allocates). The secret values themselves are also scrubbed from every
 * written line, wherever they hide (see `secrets` below).
 */
export const REDACTED_PATHS = [
  "token",
  "botToken",
  "webhookSecret",
  "secret",
  "secretToken",
  "config.botToken",
  "config.webhookSecret",
  "webhook.secret",
  "options.secretToken",
  'headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
];

export interface LoggerOptions {
  level: Config["logLevel"];
  format: Config["logFormat"];
  /** Secret values scrubbed from every written line, wherever they hide (error messages, URLs). */
  secrets?: readonly string[];
  /** Where lines go; stdout by default (tests capture them here). */
  destination?: DestinationStream;
}

export function createLogger({ level, format, secrets = [], destination }: LoggerOptions): Logger {
  const scrub = secretScrubber(secrets);
  const stream =
    destination ??
    (format === "pretty"
      ? // Synchronous pretty stream: no worker thread, lines appear in order with chat output.
        pretty({ sync: true, colorize: process.stdout.isTTY, ignore: "pid,hostname" })
      : // Asynchronous: under load, lines written while one write is in flight
        // go out together in the next, instead of a system call per line.
        // pino flushes what is pending when the process exits.
        pino.destination({ sync: false }));
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: scrub },
    },
    stream,
  );
}

/** Replaces each secret (and its URL-encoded form) with a marker. */
export function secretScrubber(secrets: readonly string[]): (line: string) => string {
  const needles = secrets
    .filter((secret) => secret.length >= 8)
    .flatMap((secret) => [secret, encodeURIComponent(secret)]);
  if (needles.length === 0) return (line) => line;
  return (line) =>
    needles.reduce(
      (text, needle) => (text.includes(needle) ? text.split(needle).join("[redacted]") : text),
      line,
    );
}
