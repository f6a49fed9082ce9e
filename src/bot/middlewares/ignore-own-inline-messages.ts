import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Messages sent through the bot's own inline mode are answers it gave, not
 * requests: no feature sees them.
 */
export const ignoreOwnInlineMessages: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.message?.via_bot?.id !== ctx.me.id) await next();
};
