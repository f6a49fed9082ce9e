import { BotError } from "grammy";
import type { Update } from "grammy/types";
import { UpdateAbandoned } from "../bot/outcome.js";
import type { Logger } from "../logger.js";
import type { BotMetrics } from "../metrics/metrics.js";

/** How a delivered update ended, for whoever delivered it (the polling loop, the webhook server). */
export type Delivery = "handled" | "failed" | "abandoned";

/**
 * Hands updates to the bot (bot.handleUpdate) and keeps the ones in flight:
 * how many (metrics, shutdown), the lowest update_id among them and those
 * given up (long polling must not confirm past it), and a wake-up each time
 * one finishes.
 */
export class Deliveries {
  /** Updates given up at the end of the shutdown grace: unfinished for good. */
  private readonly givenUp = new Set<number>();
  /** How many deliveries of each update_id are in flight (a webhook may get one twice at once). */
  private readonly inFlight = new Map<number, number>();
  private count = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly handle: (update: Update) => Promise<void>,
    private readonly logger: Logger,
    private readonly metrics: BotMetrics,
  ) {}

  get size(): number {
    return this.count;
  }

  /** How many updates were given up at the end of the shutdown grace. */
  get abandoned(): number {
    return this.givenUp.size;
  }

  /** The lowest update_id not finished: being handled, or given up. */
  lowest(): number | undefined {
    let lowest: number | undefined;
    for (const id of [...this.inFlight.keys(), ...this.givenUp])
      if (lowest === undefined || id < lowest) lowest = id;
    return lowest;
  }

  /** Handles one update; never throws: a failure is logged and reported as such. */
  async deliver(update: Update): Promise<Delivery> {
    const id = update.update_id;
    this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
    this.count++;
    this.metrics.inFlight.inc();
    try {
      await this.handle(update);
      return "handled";
    } catch (error) {
      return this.failure(update, error instanceof BotError ? error.error : error);
    } finally {
      const left = (this.inFlight.get(id) ?? 1) - 1;
      if (left > 0) this.inFlight.set(id, left);
      else this.inFlight.delete(id);
      this.count--;
      this.metrics.inFlight.dec();
      for (const wake of [...this.waiters]) wake();
    }
  }

  /** Resolves when an update finishes, after `ms`, or when `signal` aborts, whichever comes first. */
  nextFinish(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done);
      this.waiters.add(done);
      if (signal?.aborted) done();
    });
  }

  /** Resolves once nothing is in flight, or after `ms`; true if nothing is. */
  async idle(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (this.size > 0 && Date.now() < until) await this.nextFinish(until - Date.now());
    return this.size === 0;
  }

  private failure(update: Update, error: unknown): Delivery {
    if (error instanceof UpdateAbandoned) {
      this.givenUp.add(update.update_id);
      return "abandoned";
    }
    this.logger.error({ err: error, update_id: update.update_id }, "update failed");
    return "failed";
  }
}
