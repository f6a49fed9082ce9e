import type { Transformer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const GROUP = { id: -100_321, type: "supergroup" as const };

describe("/quiz", () => {
  it("asks five questions with four choices, gives feedback with the source, then the score", async () => {
    const { chat, calls } = open({ user: { language_code: "ko" } });
    await chat.send("/quiz");
    expect(textsOf(calls)[0]).toBe(i18n.t("ko")("quiz.intro"));
    for (let round = 1; round <= 5; round++) {
      const question = calls.filter((c) => c.method === "sendMessage").at(-1);
      expect(String(question?.payload.text)).toContain(
        i18n.t("ko")("quiz.question", { n: round, total: 5 }),
      );
      expect(chat.buttons).toHaveLength(4);
      const answered = await chat.press(0);
      const edit = answered.find((c) => c.method === "editMessageText");
      expect(String(edit?.payload.text)).toMatch(/✅|❌/);
      expect(String(edit?.payload.text)).toMatch(/출처: /);
    }
    expect(textsOf(calls).at(-1)).toMatch(/퀴즈 끝! 5문제 중 \d문제를 맞혔어요/);
  });

  it("answers an unexpected message mid-quiz with a hint and goes on", async () => {
    const { chat, calls } = open();
    await chat.send("/quiz");
    const [hint] = textsOf(await chat.send("what is this?"));
    expect(hint).toBe(i18n.t("en")("quiz.hint"));
    const answered = await chat.press(1);
    expect(answered.some((c) => c.method === "editMessageText")).toBe(true);
    expect(textsOf(calls).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
  });

  it("stops at /cancel, and old quiz buttons then get a notice", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    await chat.send("/quiz");
    const buttonData = (chat.buttons[0] as { callback_data: string }).callback_data;
    expect(textsOf(await chat.send("/cancel"))).toEqual([i18n.t("uk")("quiz.cancelled")]);
    const late = await chat.pressData(buttonData, 1);
    expect(late.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(textsOf(await chat.send("/cancel"))).toEqual([i18n.t("uk")("quiz.nothingToCancel")]);
  });

  it("starts from the /start quiz deep link, and after /cancel questions are answered again", async () => {
    const { chat } = open();
    expect(textsOf(await chat.send("/start quiz"))[0]).toBe(i18n.t("en")("quiz.intro"));
    await chat.send("/cancel");
    const [answer] = textsOf(await chat.send("When was the ITPP signed?"));
    expect(answer).toMatch(/11 July 2023/);
  });

  it("survives a restart: the same questions, continued where it was", async () => {
    const first = open();
    await first.chat.send("/quiz");
    const question = textsOf(first.calls).at(-1);
    const markup = first.calls.at(-1)?.payload.reply_markup as InlineKeyboardMarkup;
    const data =
      (markup.inline_keyboard[0]?.[0] as { callback_data: string } | undefined)?.callback_data ??
      "";
    const messageId =
      (first.calls.at(-1)?.result as { message_id: number } | undefined)?.message_id ?? 0;
    await first.close();

    const restarted = open({ dataDir: first.dataDir });
    const pressed = await restarted.chat.pressData(data, messageId);
    const edit = pressed.find((c) => c.method === "editMessageText");
    expect(String(edit?.payload.text).startsWith(String(question))).toBe(true);
    expect(textsOf(pressed).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
  });

  it("never locks the chat when a step fails", async () => {
    let failNext = false;
    const flaky: Transformer = async (prev, method, payload, signal) => {
      if (failNext && method === "sendMessage") {
        failNext = false;
        return { ok: false, error_code: 500, description: "Internal Server Error" } as never;
      }
      return prev(method, payload, signal);
    };
    const { chat, calls } = open({ transformers: [flaky] });
    await chat.send("/quiz");
    failNext = true; // the next question fails to send
    await chat.press(0);
    expect(textsOf(calls).at(-1)).toBe(i18n.t("en")("errors.generic"));
    // The chat is free again: questions are answered and a new quiz starts.
    expect(textsOf(await chat.send("When was the ITPP signed?"))[0]).toContain("11 July 2023");
    expect(textsOf(await chat.send("/quiz"))[0]).toBe(i18n.t("en")("quiz.intro"));
  });

  it("offers a button to take it in a private chat when asked in a group", async () => {
    const { chat, bot, calls } = open();
    await bot.handleUpdate(chat.updates.text("/quiz@PartnershipLocalBot", GROUP));
    const markup = calls[0]?.payload.reply_markup as InlineKeyboardMarkup;
    expect(markup.inline_keyboard[0]?.[0]).toMatchObject({
      url: "https://t.me/PartnershipLocalBot?start=quiz",
    });
  });

  describe("while a quiz runs in the private chat", () => {
    const quizButton = (markup: unknown) =>
      (markup as InlineKeyboardMarkup).inline_keyboard[0]?.[0] as { callback_data: string };

    it("an /ask in a group is answered, not hinted, and the quiz goes on", async () => {
      const { chat, bot, calls } = open();
      await chat.send("/quiz");
      const before = calls.length;
      await bot.handleUpdate(chat.updates.text("/ask When was the ITPP signed?", GROUP));
      const texts = textsOf(calls.slice(before));
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain("11 July 2023");
      expect(texts[0]).not.toBe(i18n.t("en")("quiz.hint"));
      const answered = await chat.press(0);
      expect(textsOf(answered).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
    });

    it("an inline query gets its results and does not end the quiz", async () => {
      const { chat } = open();
      await chat.send("/quiz");
      const inline = await chat.sendInline("When was the ITPP signed?");
      expect(inline.map((c) => c.method)).toEqual(["answerInlineQuery"]);
      expect((inline[0]?.payload.results ?? []) as unknown[]).not.toHaveLength(0);
      const answered = await chat.press(0);
      expect(answered.some((c) => c.method === "editMessageText")).toBe(true);
      expect(textsOf(answered).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
    });

    it("other buttons do what they do, without a hint, and the quiz goes on", async () => {
      const { chat, calls } = open();
      await chat.send("/quiz");
      const quizMessage = calls.filter((c) => c.method === "sendMessage").at(-1);
      const quizData = quizButton(quizMessage?.payload.reply_markup).callback_data;
      const quizMessageId =
        (quizMessage?.result as { message_id: number } | undefined)?.message_id ?? 0;
      const list = await chat.send("/areas");
      expect(textsOf(list)[0]).toContain(i18n.t("en")("areas.title"));
      const card = await chat.press(0);
      expect(card.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
      expect(textsOf(card)).not.toContain(i18n.t("en")("quiz.hint"));
      const answered = await chat.pressData(quizData, quizMessageId);
      expect(textsOf(answered).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
    });

    it("a button from an earlier, cancelled quiz is not taken as an answer", async () => {
      const { chat, calls } = open();
      await chat.send("/quiz");
      const old = calls.filter((c) => c.method === "sendMessage").at(-1);
      const oldData = quizButton(old?.payload.reply_markup).callback_data;
      const oldMessageId = (old?.result as { message_id: number } | undefined)?.message_id ?? 0;
      await chat.send("/cancel");
      await chat.send("/quiz");
      const late = await chat.pressData(oldData, oldMessageId);
      expect(late.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(late[0]?.payload.text).toBe(i18n.t("en")("errors.staleButton"));
      // The new quiz still waits for its own first answer.
      const answered = await chat.press(0);
      expect(textsOf(answered).at(-1)).toContain(i18n.t("en")("quiz.question", { n: 2, total: 5 }));
    });
  });
});
