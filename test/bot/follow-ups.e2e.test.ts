import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { createTestBot, tempDataDir, testBots, textsOf } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const GROUP = { id: -100_555, type: "supergroup" as const };

/** The text of the bot's reply to one message. */
const replyTo = async (
  chat: { send(text: string): Promise<{ method: string; payload: Record<string, unknown> }[]> },
  text: string,
) => textsOf(await chat.send(text)).join("\n");

describe("follow-up questions", () => {
  it("replaces the person and keeps what was asked: 'and Stoltenberg?' after 'what did Yoon say?'", async () => {
    const { chat } = open();
    expect(await replyTo(chat, "What did Yoon say?")).toMatch(/Yoon/);
    const reply = await replyTo(chat, "and Stoltenberg?");
    expect(reply).toMatch(/Stoltenberg/);
    expect(reply).toMatch(/“|"/); // his words, not the card on who signed
    expect(reply).not.toMatch(/signed the ITPP|signatories/i);
  });

  it("replaces the question type: 'а де?' after 'коли підписали ITPP?'", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    expect(await replyTo(chat, "коли підписали ITPP?")).toMatch(/11 липня 2023/);
    expect(await replyTo(chat, "а де?")).toMatch(/Вільнюс/);
  });

  it("replaces the programme: '그럼 IPCP는?' after 'ITPP는 몇 개 분야?'", async () => {
    const { chat } = open({ user: { language_code: "ko" } });
    expect(await replyTo(chat, "ITPP는 몇 개 분야?")).toMatch(/11/);
    expect(await replyTo(chat, "그럼 IPCP는?")).toMatch(/7|일곱/);
  });

  it("says when the sources don't hold what a follow-up asks: 'and the IPCP?' after 'Who signed the ITPP?'", async () => {
    const { chat } = open();
    await replyTo(chat, "Who signed the ITPP?");
    const reply = await replyTo(chat, "and the IPCP?");
    expect(reply.startsWith(i18n.t("en")("answer.gapWho"))).toBe(true);
    expect(await replyTo(chat, "and how many areas did it have?")).toMatch(/seven|7/);
  });

  it("answers a whole question the sources do hold, though it points back ('ця програма')", async () => {
    const { chat } = open({ user: { language_code: "uk" } });
    await replyTo(chat, "навіщо Юн приїхав на саміт?");
    expect(await replyTo(chat, "чи має ця програма термін дії?")).toMatch(/2026/);
  });

  it("does not take the 그가 ending of 스톨텐베르그가 for 'he': the question starts afresh", async () => {
    const { chat } = open({ user: { language_code: "ko" } });
    await replyTo(chat, "ITPP는 법적으로 꼭 지켜야 하는 거야?");
    const reply = await replyTo(chat, "스톨텐베르그가 한국에 고맙다고 한 이유가 뭐야?");
    expect(reply).toMatch(/우크라이나/);
    expect(reply).not.toMatch(/구속력/);
  });

  it("resolves 'he' to the last person named", async () => {
    const { chat } = open();
    expect(await replyTo(chat, "Who is Jens Stoltenberg?")).toMatch(/Secretary General/);
    const reply = await replyTo(chat, "What did he say?");
    expect(reply).toMatch(/Stoltenberg/);
    expect(reply).not.toMatch(/Yoon said|Yoon Suk Yeol said/);
  });

  it("says the sources don't explain what was meant", async () => {
    const { chat } = open();
    await replyTo(chat, "What did Stoltenberg say about the Indo-Pacific?");
    const reply = await replyTo(chat, "what did he mean by that?");
    expect(reply.startsWith(i18n.t("en")("answer.gap"))).toBe(true);
  });

  it("starts afresh on a complete question", async () => {
    const { chat } = open();
    await replyTo(chat, "What did Yoon say?");
    expect(await replyTo(chat, "How many areas does the ITPP cover?")).toMatch(/11/);
  });

  it("'tell me more' gives related facts not yet shown, then says there is no more", async () => {
    const { chat } = open();
    const first = await replyTo(chat, "When was the ITPP signed?");
    const seen = new Set([first]);
    let last = "";
    for (let i = 0; i < 12; i++) {
      last = await replyTo(chat, "tell me more");
      if (last === i18n.t("en")("answer.gapMore")) break;
      expect(seen.has(last), last).toBe(false);
      seen.add(last);
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(last).toBe(i18n.t("en")("answer.gapMore"));
  });

  it("answers a follow-up with nothing before it on its own, never with a guess", async () => {
    const { chat } = open();
    const reply = await replyTo(chat, "and Stoltenberg?");
    // On its own: who he is, or a decline; not a quote or the signing picked at random.
    expect(reply).not.toMatch(/“/);
  });

  it.each(["what did he say?", "which of them are new?", "tell me more"])(
    "does not guess what '%s' refers to when nothing came before it",
    async (question) => {
      const { chat } = open();
      const reply = await replyTo(chat, question);
      expect(reply.startsWith(i18n.t("en")("answer.decline"))).toBe(true);
    },
  );

  it("forgets the turn before after 15 minutes", async () => {
    let now = Date.now();
    const { chat } = open({ now: () => now });
    await replyTo(chat, "коли підписали ITPP?");
    now += 16 * 60_000;
    const reply = await replyTo(chat, "а де?");
    expect(reply).not.toMatch(/Вільнюс/);
  });

  it("keeps the context across a restart, per chat: a group's turn is not the private chat's", async () => {
    const dataDir = tempDataDir();
    const first = createTestBot({ dataDir });
    await replyTo(first.chat, "When was the ITPP signed?");
    await first.bot.handleUpdate(first.chat.updates.text("/ask What did Yoon say?", GROUP));
    await first.close();
    const second = createTestBot({ dataDir });
    try {
      // The private chat's turn was the signing date: "and where?" follows it, not Yoon's words.
      expect(await replyTo(second.chat, "and where?")).toMatch(/Vilnius/);
    } finally {
      await second.close();
    }
  });

  it("gives inline queries no context", async () => {
    const { chat } = open();
    await replyTo(chat, "What did Yoon say?");
    const calls = await chat.sendInline("and Stoltenberg?");
    const results = calls.find((c) => c.method === "answerInlineQuery")?.payload.results as
      | { title?: string }[]
      | undefined;
    expect(results?.length ?? 0).toBeGreaterThan(0);
  });
});
