import { type BotError, GrammyError } from "grammy";
import { StoreUnavailableError } from "../store/resilient.js";
import type { BotContext } from "./context.js";
import { senderKey } from "./identity.js";
import { OutageNotices } from "./outage-notices.js";

/**
 * What happens when a handler fails, for the error boundaries in createBot:
 * the failure is logged and the user told; the update still counts as handled.
 * Once the shutdown grace has run out (`deadline`), a failure is the deadline
 * cutting the update short: nobody is told, and the update is abandoned, to
 * be handled afresh when Telegram delivers it again.
 */
export function createErrorHandler(
  deadline: AbortSignal,
): (error: BotError<BotContext>) => Promise<void> {
  const notices = new OutageNotices();
  return async ({ error, ctx }) => {
    if (deadline.aborted) {
      ctx.outcome = "abandoned";
      ctx.logger.debug({ err: error }, "cut short by the end of the shutdown grace");
      return;
    }
    // The shared store is away: the answer went out, the change was not saved. Say so once per outage.
    if (error instanceof StoreUnavailableError) {
      const sender = senderKey(ctx);
      if (sender !== undefined && ctx.t && notices.shouldTell(sender, error.outage)) {
        await ctx.reply(ctx.t("errors.notSaved")).catch(() => {});
      }
      return;
    }
    ctx.outcome = "failed";
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
