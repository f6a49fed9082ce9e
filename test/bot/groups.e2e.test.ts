import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { LOCAL_BOT_INFO } from "../../src/local/fake-telegram.js";
import { LOCAL_USER } from "../../src/local/local-chat.js";
import { testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const GROUP = { id: -100_999, type: "supergroup" as const, title: "Test group" };

function membership(oldStatus: string, newStatus: string, language_code = "uk"): Update {
  return {
    update_id: 4242,
    my_chat_member: {
      chat: GROUP,
      from: { ...LOCAL_USER, language_code },
      date: 0,
      old_chat_member: { status: oldStatus, user: LOCAL_BOT_INFO },
      new_chat_member: { status: newStatus, user: LOCAL_BOT_INFO },
    },
  } as unknown as Update;
}

describe("groups", () => {
  it("welcomes the group once, in the language of whoever added the bot", async () => {
    const { bot, calls } = open();
    await bot.handleUpdate(membership("left", "member", "uk"));
    const [welcome] = textsOf(calls);
    expect(welcome).toBe(i18n.t("uk")("groupWelcome", { username: "PartnershipLocalBot" }));
    expect(welcome).toContain("@PartnershipLocalBot");
    await bot.handleUpdate(membership("member", "administrator"));
    expect(textsOf(calls)).toHaveLength(1);
  });

  it("answers in the forum topic the question came from", async () => {
    const { chat, bot, calls } = open();
    const update = chat.updates.text("/ask when was the ITPP signed?", GROUP);
    Object.assign(update.message as object, { is_topic_message: true, message_thread_id: 77 });
    (update.message?.chat as { is_forum?: boolean }).is_forum = true;
    await bot.handleUpdate(update);
    expect(calls[0]?.payload.message_thread_id).toBe(77);
  });
});
