import type { Logger } from "pino";
import type { BotContext } from "../context.js";

/**
 * Gives each update its own child logger (update_id, chat type) and logs one
 * line when it is done: which feature handled it and how long it took.
 */
export function updateLogger(logger: Logger) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    const started = performance.now();
    ctx.logger = logger.child({
      update_id: ctx.update.update_id,
      chat_type: ctx.chat?.type ?? (ctx.inlineQuery ? "inline" : undefined),
    });
    try {
      await next();
    } finally {
      ctx.logger.info(
        {
          handler: ctx.handledBy ?? "none",
          duration_ms: Math.round((performance.now() - started) * 100) / 100,
        },
        "update handled",
      );
    }
  };
}
