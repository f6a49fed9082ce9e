import { Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { senderKey } from "../../src/bot/identity.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const keyOf = (update: Omit<Update, "update_id">) =>
  senderKey(new Context({ update_id: 1, ...update } as Update, {} as never, me));

const user = { id: 42, is_bot: false, first_name: "Ola" };
const anonymous = { id: 1087968824, is_bot: true, first_name: "Group" };
const group = { id: -1001, type: "supergroup" as const, title: "G" };

describe("senderKey", () => {
  it("keys a user's messages, presses and inline queries by the user", () => {
    const chat = { id: 42, type: "private" as const, first_name: "Ola" };
    expect(keyOf({ message: { message_id: 1, date: 0, chat, from: user, text: "hi" } })).toBe("42");
    expect(keyOf({ callback_query: { id: "c", from: user, chat_instance: "i", data: "x" } })).toBe(
      "42",
    );
    expect(keyOf({ inline_query: { id: "q", from: user, query: "", offset: "" } })).toBe("42");
  });

  it("keys a message sent on behalf of a chat (anonymous admin, channel) by that chat", () => {
    const message = { message_id: 1, date: 0, chat: group, from: anonymous, text: "hi" };
    expect(keyOf({ message: { ...message, sender_chat: group } })).toBe("-1001");
    const channel = { id: -1002, type: "channel" as const, title: "C" };
    expect(keyOf({ message: { ...message, sender_chat: channel } })).toBe("-1002");
  });

  it("keys a press on a channel post by who pressed it, not the channel", () => {
    const channel = { id: -1002, type: "channel" as const, title: "C" };
    const post = { message_id: 1, date: 0, chat: channel, sender_chat: channel, text: "x" };
    expect(
      keyOf({
        callback_query: { id: "c", from: user, chat_instance: "i", data: "x", message: post },
      }),
    ).toBe("42");
  });
});
