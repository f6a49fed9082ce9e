import type { Context } from "grammy";

/**
 * Whose update this is, for everything kept or counted per sender: sessions,
 * the runner's sequentialize and the rate limit use this one key.
 *
 * Usually the user: inline queries and callback queries from inline messages
 * have no chat, and a user's settings follow them into every chat. A message
 * sent on behalf of a chat (a group's anonymous admin, a channel posting in
 * its discussion group) carries Telegram's one shared placeholder user in
 * `from`; its real sender is `sender_chat`, so that chat is the key. Chat ids
 * of groups and channels are negative, user ids positive: the keys never clash.
 */
export function senderKey(ctx: Context): string | undefined {
  const message = ctx.message ?? ctx.editedMessage ?? ctx.channelPost ?? ctx.editedChannelPost;
  const senderChat = message?.sender_chat;
  if (senderChat) return String(senderChat.id);
  return ctx.from?.id.toString();
}
