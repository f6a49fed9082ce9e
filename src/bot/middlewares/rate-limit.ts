import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { Store } from "../../store/types.js";
import type { BotContext } from "../context.js";

/** Per user: this many updates in this window, far above what a person types. */
export const RATE_LIMIT = { updates: 20, windowMs: 10_000 };

/**
 * A per-user rate limit (@grammyjs/ratelimiter) counted in the bot's store,
 * so instances on one Redis share it. The first update over the limit gets
 * one polite note; the rest of the window is dropped quietly. Inline queries
 * are not counted: Telegram sends one per keystroke and throttles them itself.
 */
export function rateLimit(store: Store): MiddlewareFn<BotContext> {
  // The limiter's Redis client interface: it calls incr, and pexpire when the
  // count is 1. store.hit starts the window itself, atomically, so the
  // follow-up pexpire has nothing left to do.
  const counters = {
    incr: (key: string) => store.hit("ratelimit", key, RATE_LIMIT.windowMs),
    pexpire: async () => 1,
  };
  return limit<BotContext, typeof counters>({
    timeFrame: RATE_LIMIT.windowMs,
    limit: RATE_LIMIT.updates,
    storageClient: counters,
    keyGenerator: (ctx) => (ctx.inlineQuery ? undefined : ctx.from?.id.toString()),
    onLimitExceeded: async (ctx) => {
      ctx.logger.warn("rate limit reached");
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("errors.rateLimited") });
      else if (ctx.chat) await ctx.reply(ctx.t("errors.rateLimited"));
    },
  }) as MiddlewareFn<BotContext>;
}
