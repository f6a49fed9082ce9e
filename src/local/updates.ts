import type { Update, User } from "grammy/types";

/**
 * Builds the updates Telegram would send for what a person does: write a
 * message, press a button, type an inline query. Used by the local chat and
 * by the tests, so both drive the bot exactly as Telegram does.
 */
// Update ids are unique across factories and runs (the bot handles each id
// once, and the local chat's store outlives a run): seeded from the clock.
let nextUpdateId = Date.now() % 1_000_000_000;

export class UpdateFactory {
  private messageId = 1_000_000;

  constructor(readonly user: User) {}

  text(
    text: string,
    chat: { id: number; type: "private" | "group" | "supergroup" } = this.privateChat(),
  ): Update {
    const commandLength = /^\/\S+/.exec(text)?.[0].length;
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: this.messageId++,
        date: nowSeconds(),
        chat:
          chat.type === "private"
            ? { id: chat.id, type: "private", first_name: this.user.first_name }
            : { id: chat.id, type: chat.type, title: "Local group" },
        from: this.user,
        text,
        ...(commandLength
          ? { entities: [{ type: "bot_command", offset: 0, length: commandLength }] }
          : {}),
      },
    } as Update;
  }

  callback(data: string, message: { message_id: number; text?: string }): Update {
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: `cb${nextUpdateId}`,
        from: this.user,
        chat_instance: "local",
        data,
        message: {
          message_id: message.message_id,
          date: nowSeconds(),
          chat: { id: this.user.id, type: "private", first_name: this.user.first_name },
          text: message.text ?? "",
        },
      },
    } as Update;
  }

  /** What Telegram sends while the user types `@bot query`; `offset` asks for the next page. */
  inlineQuery(query: string, offset = ""): Update {
    return {
      update_id: nextUpdateId++,
      inline_query: {
        id: `iq${nextUpdateId}`,
        from: this.user,
        query,
        offset,
        chat_type: "sender",
      },
    } as Update;
  }

  private privateChat() {
    return { id: this.user.id, type: "private" as const };
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
