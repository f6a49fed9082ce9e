import type { Logger } from "pino";
import type { BotContext } from "../context.js";

/**
 * Logs one line per update when it is done: its update_id and chat type,
 * which feature handled it and how long it took. Handlers log through
 * `ctx.logger`, a child carrying the same update_id and chat type; it is
 * made on first use, as most updates never log anything else.
 */
export function updateLogger(logger: Logger) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    const started = performance.now();
    const bindings = {
      update_id: ctx.update.update_id,
      chat_type: ctx.chat?.type ?? (ctx.inlineQuery ? "inline" : undefined),
    };
    let child: Logger | undefined;
    Object.defineProperty(ctx, "logger", {
      get: () => {
        child ??= logger.child(bindings);
        return child;
      },
      configurable: true,
    });
    try {
      await next();
    } finally {
      logger.info(
        {
          ...bindings,
          handler: ctx.handledBy ?? "none",
          duration_ms: Math.round((performance.now() - started) * 100) / 100,
        },
        "update handled",
      );
    }
  };
}
