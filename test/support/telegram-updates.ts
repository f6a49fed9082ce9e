import type { Chat, Update, User } from "grammy/types";
import type { RecordedCall } from "../../scripts/support/fake-bot-api.js";

/** What a process test pushes to the fake Bot API, which numbers it. */
export type NewUpdate = Omit<Update, "update_id">;

export function person(id: number, first_name = "Ola", language_code = "en"): User {
  return { id, is_bot: false, first_name, language_code };
}

export function privateChat(user: User): Chat.PrivateChat {
  return { id: user.id, type: "private", first_name: user.first_name };
}

/** A text message (a command gets its entity) from `from` in `chat`, with any extra fields. */
export function textMessage(
  from: User,
  text: string,
  chat: Chat = privateChat(from),
  extra: Record<string, unknown> = {},
): NewUpdate {
  const command = /^\/\S+/.exec(text)?.[0];
  return {
    message: {
      message_id: Math.floor(Math.random() * 1e6),
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(command
        ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
        : {}),
      ...extra,
    },
  } as NewUpdate;
}

/** A press on a button with `data` under message `messageId` in `chat`. */
export function buttonPress(
  from: User,
  data: string,
  messageId: number,
  chat: Chat = privateChat(from),
): NewUpdate {
  return {
    callback_query: {
      id: `cb${Math.floor(Math.random() * 1e9)}`,
      from,
      chat_instance: "ci",
      data,
      message: { message_id: messageId, date: 0, chat, text: "" },
    },
  } as NewUpdate;
}

/** The callback data of every button of a sent message, row by row. */
export function buttonsOf(call: RecordedCall | undefined): string[] {
  const markup = call?.payload.reply_markup as
    | { inline_keyboard?: { callback_data?: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data ?? "");
}

/** A message the fake accepted for `chatId`. */
export const sentTo = (chatId: number) => (call: RecordedCall) =>
  call.method === "sendMessage" && call.accepted && Number(call.payload.chat_id) === chatId;

/** The id of the message a sendMessage call created (the fake's answer). */
export function sentMessageId(call: RecordedCall): number {
  return (call.result as { message_id: number }).message_id;
}
