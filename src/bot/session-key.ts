import type { Context } from "grammy";

/**
 * Sessions, conversations and the runner's sequentialize all key by user:
 * inline queries and callback queries from inline messages have no chat, and
 * a user's settings follow them into every chat.
 */
export function userKey(ctx: Context): string | undefined {
  return ctx.from?.id.toString();
}
