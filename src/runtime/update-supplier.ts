import { setTimeout as sleep } from "node:timers/promises";
import type { UpdateSupplier } from "@grammyjs/runner";
import { type Api, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import { ALLOWED_UPDATES } from "../bot/allowed-updates.js";
import type { Logger } from "../logger.js";
import type { Deliveries } from "./deliveries.js";

/** Telegram's cap on one getUpdates answer. */
const MAX_BATCH = 100;
/** Long polling: how long Telegram holds a getUpdates call open while nothing is waiting. */
const POLL_TIMEOUT_SECONDS = 30;
/** While an update is in flight and nothing new came, how long before asking Telegram again. */
export const IDLE_REPOLL_MS = 500;
/** The longest pause between retries of a failing getUpdates. */
const MAX_RETRY_DELAY_MS = 30_000;

/** getUpdates refused for good: the token was revoked (401), or someone else takes the updates (409). */
export class FatalPollingError extends Error {
  constructor(readonly error: GrammyError) {
    super(
      error.error_code === 401
        ? `getUpdates refused the token (401 ${error.description}): was it revoked? Check BOT_TOKEN`
        : `getUpdates conflicts with another consumer of this bot's updates (409 ${error.description}): another instance is polling, or a webhook is set`,
    );
    this.name = "FatalPollingError";
  }
}

/**
 * The source of updates for long polling (a supplier for @grammyjs/runner).
 * Asking getUpdates for `offset` confirms to Telegram every update below it,
 * which is then gone for good; so the offset never passes the lowest update
 * still being handled. Telegram then answers again with updates already
 * handed out: only newer ones are passed on. While an update is in flight,
 * getUpdates returns at once (there is an unconfirmed update), so instead of
 * asking again straight away the source waits for an update to finish or for
 * a short pause, whichever comes first.
 */
export function updateSupplier(api: Api, deliveries: Deliveries, logger: Logger) {
  /** The highest update_id handed out. */
  let highest = 0;
  let lastSuccessAt = Date.now();
  const offset = () => deliveries.lowest() ?? highest + 1;

  async function fetchUpdates(limit: number, signal: AbortSignal): Promise<Update[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        const updates = await api.getUpdates(
          {
            offset: offset(),
            limit,
            timeout: POLL_TIMEOUT_SECONDS,
            allowed_updates: [...ALLOWED_UPDATES],
          },
          signal as unknown as Parameters<Api["getUpdates"]>[1],
        );
        lastSuccessAt = Date.now();
        return updates;
      } catch (error) {
        if (signal.aborted) throw error;
        if (error instanceof GrammyError && [401, 409].includes(error.error_code))
          throw new FatalPollingError(error);
        const delay = retryDelay(error, attempt);
        logger.warn({ err: error, retry_in_ms: delay }, "getUpdates failed; trying again");
        await sleep(delay, undefined, { signal });
      }
    }
  }

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, runnerSignal) {
      const signal = nodeSignal(runnerSignal);
      for (;;) {
        // Updates from the lowest unfinished one up to `highest` come back
        // first: ask for enough to see new ones, or wait if that cannot be.
        const lowest = deliveries.lowest();
        const known = lowest === undefined ? 0 : highest - lowest + 1;
        if (known < MAX_BATCH) {
          const limit = Math.min(MAX_BATCH, known + Math.max(1, batchSize));
          const fresh = (await fetchUpdates(limit, signal)).filter((u) => u.update_id > highest);
          if (fresh.length > 0) {
            highest = fresh[fresh.length - 1]?.update_id ?? highest;
            return fresh;
          }
          if (deliveries.size === 0) return [];
        }
        await deliveries.nextFinish(IDLE_REPOLL_MS, signal);
        signal.throwIfAborted();
      }
    },
  };
  return {
    supplier,
    /** What a final getUpdates may confirm: up to the lowest update in flight, else all handed out. */
    offset,
    /** When getUpdates last answered (start-up counts: getMe had just answered). */
    lastSuccessAt: () => lastSuccessAt,
  };
}

/**
 * The runner's signals come from the abort-controller polyfill; Node's timers
 * and fetch want a real AbortSignal that aborts with it.
 */
function nodeSignal(signal: {
  aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
}): AbortSignal {
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener("abort", () => controller.abort());
  return controller.signal;
}

/** Telegram's retry_after for a 429, else exponential back-off from half a second. */
function retryDelay(error: unknown, attempt: number): number {
  const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
  if (retryAfter !== undefined) return retryAfter * 1000;
  return Math.min(MAX_RETRY_DELAY_MS, 500 * 2 ** attempt);
}
