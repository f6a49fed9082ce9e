import type { MiddlewareFn } from "grammy";
import type { Store } from "../../store/types.js";
import type { BotContext } from "../context.js";

/** How long a handled update_id is remembered: Telegram re-delivers within hours, not days. */
export const HANDLED_UPDATE_TTL_SECONDS = 24 * 60 * 60;

/**
 * Answers each update once. Telegram re-delivers an update when a webhook
 * call failed or timed out, and long polling after a restart re-fetches the
 * last batch (the runner does not confirm it when stopped). The first
 * instance to claim an update_id in the store handles it; every later
 * delivery, to this instance or another, is dropped.
 */
export function handleEachUpdateOnce(store: Store): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const fresh = await store.claim(
      "update",
      String(ctx.update.update_id),
      HANDLED_UPDATE_TTL_SECONDS,
    );
    if (!fresh) {
      ctx.logger.info("update already handled; skipped");
      return;
    }
    await next();
  };
}
