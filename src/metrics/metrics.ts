import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * What operators see at GET /metrics (Prometheus text format, prom-client).
 * Each bot process has its own registry, so tests can build many bots.
 * Names are prefixed `pbot_`; labels have few values (no user or chat ids).
 */
export class BotMetrics {
  readonly registry = new Registry();

  /** Updates by type (message, callback_query, …) and how their handling ended. */
  readonly updates = this.counter(
    "pbot_updates_total",
    "Updates by type and outcome (handled, duplicate, failed, abandoned)",
    ["type", "outcome"],
  );

  readonly answers = this.counter(
    "pbot_answers_total",
    "Answers the engine gave by kind (fact, article, none)",
    ["kind"],
  );

  readonly answerConfidence = new Histogram({
    name: "pbot_answer_confidence",
    help: "The answer engine's confidence in the answers it gave",
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    registers: [this.registry],
  });

  readonly replySeconds = new Histogram({
    name: "pbot_reply_seconds",
    help: "From the start of an update's handling to Telegram accepting its first reply",
    labelNames: ["type"] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly telegramErrors = this.counter(
    "pbot_telegram_api_errors_total",
    "Failed Bot API calls by method and error code (network: no answer)",
    ["method", "code"],
  );

  readonly storeErrors = this.counter(
    "pbot_store_errors_total",
    "Store operations that failed (Redis away or stalled, SQLite commits)",
  );

  readonly inFlight = new Gauge({
    name: "pbot_updates_in_flight",
    help: "Updates being handled now",
    registers: [this.registry],
  });

  /** Adds Node's process metrics (memory, CPU, event loop lag): for the real process only. */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The Prometheus text exposition of every metric. */
  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private counter<Label extends string>(name: string, help: string, labelNames: Label[] = []) {
    return new Counter<Label>({ name, help, labelNames, registers: [this.registry] });
  }
}
