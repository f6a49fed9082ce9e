import type { Composer, MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/** Features by name, in the order they are offered an update. */
export type FeatureList = ReadonlyArray<readonly [name: string, composer: Composer<BotContext>]>;

/**
 * Runs the features in order until one handles the update (does not pass it
 * on), and records its name for the update's log line; when every feature
 * passes, the update goes on past them.
 *
 * Composing them with `bot.use` one after another would nest each feature
 * inside the ones before it: an update that reaches the last feature would
 * wait for its reply inside the suspended frames of every filter it passed
 * (about a hundred), and with many updates in flight those frames outlive the
 * young generation and make each garbage collection dear. Here each feature
 * that passes is finished before the next one starts. No feature does work
 * after passing an update on, so the order of effects is the same.
 */
export function features(list: FeatureList): MiddlewareFn<BotContext> {
  const runs = list.map(([name, composer]) => [name, composer.middleware()] as const);
  return async (ctx, next) => {
    for (const [name, run] of runs) {
      let passedOn = false;
      await run(ctx, async () => {
        passedOn = true;
      });
      if (!passedOn) {
        ctx.handledBy ??= name;
        return;
      }
    }
    await next();
  };
}
