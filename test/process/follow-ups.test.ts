import { describe, expect, it } from "vitest";
import { useStartedBot } from "../support/started-bot.js";

/**
 * Follow-up questions through the process `npm start` runs (long polling)
 * against a fake Bot API: each answer is read in the light of the user's
 * last question in that chat, kept in the store (SQLite under DATA_DIR).
 */
const started = useStartedBot("123456789:AAFollowUpTestToken_abcdefghijklm");
/** Sends `text` as a private message from `userId` and returns the text of the bot's reply. */
const reply = async (userId: number, text: string, languageCode = "en") =>
  String((await started.privateMessage(userId, text, languageCode)).text);

describe("npm start: follow-up questions", () => {
  it("'and Stoltenberg?' after 'What did Yoon say?' gives Stoltenberg's words", async () => {
    expect(await reply(8101, "What did Yoon say?")).toMatch(/Yoon/);
    const answer = await reply(8101, "and Stoltenberg?");
    expect(answer).toMatch(/Stoltenberg/);
    expect(answer).not.toMatch(/signed/);
  });

  it("'а де?' after 'коли підписали ITPP?' gives the place", async () => {
    expect(await reply(8102, "коли підписали ITPP?", "uk")).toMatch(/11 липня 2023/);
    expect(await reply(8102, "а де?", "uk")).toMatch(/Вільнюс/);
  });

  it("'그럼 IPCP는?' after 'ITPP는 몇 개 분야?' gives the IPCP's count", async () => {
    expect(await reply(8103, "ITPP는 몇 개 분야?", "ko")).toMatch(/11/);
    expect(await reply(8103, "그럼 IPCP는?", "ko")).toMatch(/7/);
  });

  it("another user's context does not carry over", async () => {
    await reply(8104, "When was the ITPP signed?");
    expect(await reply(8105, "and where?")).not.toMatch(/Vilnius/);
  });
});
