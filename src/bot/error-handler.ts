import { type BotError, GrammyError } from "grammy";
import { StoreUnavailableError } from "../store/resilient.js";
import type { BotContext } from "./context.js";

/**
 * What happens when a handler fails, for the error boundaries in createBot:
 * the failure is logged and the user told; the update still counts as handled.
 */
export function createErrorHandler(): (error: BotError<BotContext>) => Promise<void> {
  /** Users told, per outage, that a change could not be saved. */
  const toldUnsaved = new Map<number, number>();
  return async ({ error, ctx }) => {
    // The shared store is away: the answer went out, the change was not saved. Say so once per outage.
    if (error instanceof StoreUnavailableError) {
      const user = ctx.from?.id;
      if (user !== undefined && toldUnsaved.get(user) !== error.outage && ctx.t) {
        toldUnsaved.set(user, error.outage);
        await ctx.reply(ctx.t("errors.notSaved")).catch(() => {});
      }
      return;
    }
    // A user who blocked the bot (403) cannot be told anything: note it and move on.
    if (error instanceof GrammyError && error.error_code === 403) {
      ctx.logger.warn({ description: error.description }, "user unreachable (blocked the bot?)");
      return;
    }
    ctx.logger.error({ err: error }, "handler failed");
    if (ctx.chat && ctx.t) {
      await ctx.reply(ctx.t("errors.generic")).catch((replyError: unknown) => {
        ctx.logger.warn({ err: replyError }, "could not tell the user about the failure");
      });
    }
  };
}
