import type { Update } from "grammy/types";
import { LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";

/** A group message that @mentions the bot at its start (the text must begin with the mention). */
export function mentioningBot(update: Update): Update {
  const length = `@${LOCAL_BOT_INFO.username}`.length;
  (update.message as unknown as Record<string, unknown>).entities = [
    { type: "mention", offset: 0, length },
  ];
  return update;
}

/** A group message sent as a reply to one of the bot's messages. */
export function replyingToBot(update: Update): Update {
  const chat = update.message?.chat;
  (update.message as unknown as Record<string, unknown>).reply_to_message = {
    message_id: 1,
    date: 0,
    chat: { id: chat?.id ?? 0, type: "supergroup", title: "g" },
    from: LOCAL_BOT_INFO,
    text: "…",
  };
  return update;
}
