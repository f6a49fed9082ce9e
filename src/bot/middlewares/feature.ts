import type { Composer, MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Installs a feature's Composer under a name. When the composer handles the
 * update (does not pass it on), the name is recorded for the update's log
 * line; when it passes the update on, the next feature gets it unchanged.
 */
export function feature(name: string, composer: Composer<BotContext>): MiddlewareFn<BotContext> {
  const run = composer.middleware();
  return async (ctx, next) => {
    let passedOn = false;
    await run(ctx, async () => {
      passedOn = true;
      await next();
    });
    if (!passedOn) ctx.handledBy ??= name;
  };
}
