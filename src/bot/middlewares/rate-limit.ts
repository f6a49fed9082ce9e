import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { Redis } from "ioredis";
import type { Store } from "../../store/types.js";
import type { BotContext } from "../context.js";
import { senderKey } from "../identity.js";

/** Per sender: this many updates in this window, far above what a person types. */
export const RATE_LIMIT = { updates: 20, windowMs: 10_000 };

/**
 * A per-sender rate limit (@grammyjs/ratelimiter), keyed as sessions are
 * (identity.ts). On Redis it counts in the shared server
 * (`pbot:ratelimit:<key>`), so instances share the limit; on SQLite there is
 * one instance, and the plugin's in-memory count is enough.
 * The first update over the limit gets one polite note; the rest of the window
 * is dropped quietly. Inline queries are not counted: Telegram sends one per
 * keystroke and throttles them itself.
 */
export function rateLimit(store: Store): MiddlewareFn<BotContext> {
  const limiter = limit<BotContext, Redis>({
    timeFrame: RATE_LIMIT.windowMs,
    limit: RATE_LIMIT.updates,
    storageClient: store.redis ?? "MEMORY_STORE",
    keyPrefix: "ratelimit:",
    keyGenerator: (ctx) => (ctx.inlineQuery ? undefined : senderKey(ctx)),
    onLimitExceeded: async (ctx) => {
      ctx.logger.warn("rate limit reached");
      const note = ctx.t("errors.rateLimited");
      // This must not throw: the guard below would take the error for a Redis
      // one and let the update through. A note that cannot go out is logged.
      try {
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: note });
        else if (ctx.chat) await ctx.reply(note);
      } catch (error) {
        ctx.logger.warn({ err: error }, "could not send the rate limit note");
      }
    },
  });
  // The limiter awaits Redis unguarded: while Redis is away its INCR is
  // rejected (or, on a stalled server, waits for the command timeout) and the
  // error would fail the update. Such an update goes on uncounted, as every
  // other store call lets it during an outage (resilient.ts); while the store
  // is known to be away it is not even asked. Errors from the handlers after
  // it pass on as they are.
  return async (ctx, next) => {
    if (store.redis && !store.available()) return next();
    let passed = false;
    try {
      await limiter(ctx, () => {
        passed = true;
        return next();
      });
    } catch (error) {
      if (passed) throw error;
      await next();
    }
  };
}
