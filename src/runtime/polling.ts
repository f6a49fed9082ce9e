import { createConcurrentSink, createRunner, createSource } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { Logger } from "../logger.js";
import type { Deliveries } from "./deliveries.js";
import { updateSupplier } from "./update-supplier.js";

/**
 * Updates of different senders run concurrently. Telegram takes about 30
 * messages a second from a bot, so more in flight buys no throughput; each
 * one holds memory until its reply is sent.
 */
export const CONCURRENCY = 32;
/** getUpdates must have answered within this long for /readyz (a long poll answers every 30 s). */
export const POLLING_READY_WITHIN_MS = 90_000;
/** The final getUpdates that confirms what was handled must not hold up the exit. */
const CONFIRM_TIMEOUT_MS = 2000;

export interface Polling {
  /** Rejects when polling fails for good (FatalPollingError); resolves when stopped. */
  readonly done: Promise<void>;
  /** Stops fetching; updates in flight go on. */
  stop(): void;
  /** Confirms to Telegram everything below the lowest update still in flight. */
  confirm(): Promise<void>;
  /** getUpdates answered lately. */
  healthy(): boolean;
}

/**
 * Long polling through @grammyjs/runner's runner and concurrent sink, with
 * our own update source (update-supplier.ts): updates are handed to
 * `deliveries`, and what Telegram is told is handled never passes an update
 * in flight.
 */
export function startPolling(
  bot: Bot<BotContext>,
  deliveries: Deliveries,
  logger: Logger,
): Polling {
  const source = updateSupplier(bot.api, deliveries, logger);
  const sink = createConcurrentSink<Update>(
    { consume: async (update) => void (await deliveries.deliver(update)) },
    // deliver() never throws; the sink wants a handler all the same.
    async (error) => logger.error({ err: error }, "update failed"),
    { concurrency: CONCURRENCY },
  );
  const runner = createRunner(createSource(source.supplier), sink);
  runner.start();
  const done = runner.task() ?? Promise.resolve();
  // Refused for good (401, 409): a confirmation would only be refused too.
  let refused = false;
  done.catch(() => {
    refused = true;
  });
  return {
    done,
    stop: () => void runner.stop(),
    async confirm() {
      if (refused || source.offset() === 1) return;
      await bot.api
        .getUpdates(
          { offset: source.offset(), limit: 1, timeout: 0 },
          AbortSignal.timeout(CONFIRM_TIMEOUT_MS) as never,
        )
        .catch((error: unknown) =>
          logger.warn({ err: error }, "could not confirm the handled updates"),
        );
    },
    healthy: () => Date.now() - source.lastSuccessAt() < POLLING_READY_WITHIN_MS,
  };
}
