import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardMarkup, Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { runNpm } from "../../scripts/support/process.js";
import {
  buildReport,
  FEEDBACK_NAMESPACE,
  type FeedbackRecord,
  UNANSWERED_NAMESPACE,
} from "../../src/feedback/records.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LOCAL_USER } from "../../src/local/local-chat.js";
import { testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const rows = (payload: Record<string, unknown> | undefined) =>
  (payload?.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];

describe("feedback", () => {
  it("puts 👍 / 👎 under every answer, naming the fact", async () => {
    const { chat } = open();
    for (const question of ["When was the ITPP signed?", "What is the weather tomorrow?"]) {
      const [call] = await chat.send(question);
      const last = rows(call?.payload).at(-1) ?? [];
      expect(last.map((b) => b.text)).toEqual(["👍", "👎"]);
    }
    const [answer] = await chat.send("When was the ITPP signed?");
    const down = rows(answer?.payload).at(-1)?.[1] as { callback_data: string };
    expect(down.callback_data).toMatch(/^fb\|en\|down\|itpp-signed-when$/);
  });

  it("records a 👍 without anything that names the user", async () => {
    const { chat, store } = open();
    await chat.send("When was the ITPP signed?");
    const thumbsUp = chat.buttons.findIndex((b) => b.text === "👍");
    const [notice] = await chat.press(thumbsUp);
    expect(notice?.payload.text).toBe(i18n.t("en")("feedback.thanks"));
    const records = await store.entries<FeedbackRecord>(FEEDBACK_NAMESPACE);
    expect(records.map(([, r]) => r)).toEqual([
      expect.objectContaining({ vote: "up", fact: "itpp-signed-when", lang: "en", via: "chat" }),
    ]);
    const stored = JSON.stringify(records);
    expect(stored).not.toContain(String(LOCAL_USER.id));
    expect(stored).not.toContain(LOCAL_USER.first_name);
  });

  it("asks what was wrong after a 👎 and keeps the reply as the comment", async () => {
    const { chat, bot, store, calls } = open({ user: { language_code: "uk" } });
    await chat.send("Коли підписали ITPP?");
    const thumbsDown = chat.buttons.findIndex((b) => b.text === "👎");
    const pressed = await chat.press(thumbsDown);
    const prompt = pressed.find((c) => c.method === "sendMessage");
    expect(prompt?.payload.text).toBe(i18n.t("uk")("feedback.whatWrong"));
    expect(prompt?.payload.reply_markup).toMatchObject({ force_reply: true });

    const reply = chat.updates.text("дата неправильна");
    (reply.message as unknown as Record<string, unknown>).reply_to_message = {
      message_id: (prompt?.result as { message_id: number } | undefined)?.message_id,
      date: 0,
      chat: { id: LOCAL_USER.id, type: "private" },
      from: { id: bot.botInfo.id, is_bot: true, first_name: bot.botInfo.first_name },
      text: "…",
    };
    await bot.handleUpdate(reply);
    expect(textsOf(calls).at(-1)).toBe(i18n.t("uk")("feedback.thanksComment"));
    const report = await buildReport(store);
    expect(report.downvoted).toEqual([
      { fact: "itpp-signed-when", down: 1, up: 0, comments: ["дата неправильна"] },
    ]);
  });

  it("records a 👎 on a message sent through inline mode without a follow-up", async () => {
    const { bot, store, calls } = open();
    await bot.handleUpdate({
      update_id: 777,
      callback_query: {
        id: "cbi",
        from: LOCAL_USER,
        chat_instance: "x",
        inline_message_id: "inline-1",
        data: "fb|ko|down|itpp-signed-when",
      },
    } as Update);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    const [[, record] = []] = await store.entries<FeedbackRecord>(FEEDBACK_NAMESPACE);
    expect(record).toMatchObject({ vote: "down", via: "inline", lang: "ko" });
  });

  it("keeps the questions it could not answer for `npm run report`", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pb-report-"));
    const { chat, store } = open({ dataDir });
    await chat.send("Who won the football world cup?");
    await chat.send("who won the football world cup");
    await chat.send("When was the ITPP signed?");
    expect(await store.entries(UNANSWERED_NAMESPACE)).toHaveLength(2);
    await store.close();

    const report = runNpm(["run", "report"], { DATA_DIR: dataDir });
    expect((await report.exited).code).toBe(0);
    expect(report.output()).toMatch(/2× \[en\] Who won the football world cup\?/);
  });
});

describe("feedback on answers shared through inline mode", () => {
  it("gives every inline result 👍 / 👎", async () => {
    const { chat } = open();
    const calls = await chat.sendInline("when was the ITPP signed");
    const results = (calls.find((c) => c.method === "answerInlineQuery")?.payload.results ??
      []) as Array<{
      reply_markup?: InlineKeyboardMarkup;
    }>;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["👍", "👎"]);
    }
  });
});
