import { autoRetry } from "@grammyjs/auto-retry";
import type { Transformer } from "grammy";
import type { BotMetrics } from "../metrics/metrics.js";

/**
 * The Bot API client's behaviour for `npm start`, innermost first:
 * every failed call is counted, flood waits (429) and Telegram's 5xx are
 * retried with back-off, and at the end of the shutdown grace every call and
 * every retry wait is cut short.
 */
export function apiTransformers({
  webhook,
  deadline,
  metrics,
}: {
  webhook: boolean;
  deadline: AbortSignal;
  metrics: BotMetrics;
}): Transformer[] {
  return [countErrors(metrics), retry(webhook), cutAtDeadline(deadline)];
}

function countErrors(metrics: BotMetrics): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) metrics.telegramErrors.inc({ method, code: String(result.error_code) });
      return result;
    } catch (error) {
      if (!signal?.aborted) metrics.telegramErrors.inc({ method, code: "network" });
      throw error;
    }
  };
}

/**
 * @grammyjs/auto-retry, except for getUpdates, which the polling loop retries
 * itself so each failure is logged. With a webhook the update must be done
 * before Telegram's timeout, so less patience.
 */
function retry(webhook: boolean): Transformer {
  const retrying = webhook
    ? autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 10 })
    : autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 });
  return (prev, method, payload, signal) =>
    method === "getUpdates"
      ? prev(method, payload, signal)
      : retrying(prev, method, payload, signal);
}

/**
 * Passes on a signal that also aborts at `deadline`: auto-retry's waits
 * (a 429's retry_after, back-off after a 5xx) end there, and so does a
 * request Telegram is slow to answer. After the deadline no call starts.
 * Not getUpdates: polling is stopped on its own, and the final getUpdates
 * that confirms what was handled goes out after the deadline.
 */
export function cutAtDeadline(deadline: AbortSignal): Transformer {
  return async (prev, method, payload, signal) => {
    if (method === "getUpdates") return prev(method, payload, signal);
    deadline.throwIfAborted();
    const controller = new AbortController();
    const abort = () => controller.abort(deadline.reason);
    const abortFromCaller = () => controller.abort();
    deadline.addEventListener("abort", abort);
    signal?.addEventListener("abort", abortFromCaller);
    if (signal?.aborted) abortFromCaller();
    try {
      // grammY types its signals with an AbortSignal shim; Node's is the real thing.
      return await prev(method, payload, controller.signal as unknown as typeof signal);
    } finally {
      deadline.removeEventListener("abort", abort);
      signal?.removeEventListener("abort", abortFromCaller);
    }
  };
}
