import type { MiddlewareFn } from "grammy";
import type { Logger } from "../../logger.js";
import type { BotContext } from "../context.js";
import { updateType } from "../update-type.js";

/**
 * Gives each update its logger (`ctx.logger`, a child carrying the update_id,
 * the kind of update and the chat type) and logs one line when the update is
 * done, with how long it took.
 */
export function updateLogger(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    ctx.logger = logger.child({
      update_id: ctx.update.update_id,
      update_type: updateType(ctx.update),
      chat_type: ctx.chat?.type ?? (ctx.inlineQuery ? "inline" : undefined),
    });
    try {
      await next();
    } finally {
      const ms = Math.round((performance.now() - started) * 100) / 100;
      ctx.logger.info({ duration_ms: ms, outcome: ctx.outcome }, "update handled");
    }
  };
}
