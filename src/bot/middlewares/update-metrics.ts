import type { MiddlewareFn, Transformer } from "grammy";
import type { BotMetrics } from "../../metrics/metrics.js";
import type { BotContext } from "../context.js";
import { UpdateAbandoned } from "../outcome.js";
import { updateType } from "../update-type.js";

/** The calls that answer a user: the first one Telegram accepts ends the reply latency. */
const REPLIES = new Set([
  "sendMessage",
  "editMessageText",
  "answerCallbackQuery",
  "answerInlineQuery",
]);

/**
 * Counts each update by type and outcome (ctx.outcome, "handled" unless the
 * handled-once claim or the error handler says otherwise), and measures how
 * long the user waited: from here to Telegram accepting the first reply.
 */
export function updateMetrics(metrics: BotMetrics): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const type = updateType(ctx.update);
    ctx.outcome = "handled";
    ctx.api.config.use(timeFirstReply(metrics, type));
    try {
      await next();
    } catch (error) {
      if (ctx.outcome === "handled")
        ctx.outcome = error instanceof UpdateAbandoned ? "abandoned" : "failed";
      throw error;
    } finally {
      metrics.updates.inc({ type, outcome: ctx.outcome });
    }
  };
}

function timeFirstReply(metrics: BotMetrics, type: string): Transformer {
  const started = performance.now();
  let timed = false;
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!timed && result.ok && REPLIES.has(method)) {
      timed = true;
      metrics.replySeconds.observe({ type }, (performance.now() - started) / 1000);
    }
    return result;
  };
}
