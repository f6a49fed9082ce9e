import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import type { ApiCall } from "../../src/local/fake-telegram.js";
import { mentioningBot, replyingToBot } from "../support/group-updates.js";
import { realKnowledge, testBots } from "../support/test-bot.js";

const i18n = createI18n();
const open = testBots();
const { content } = realKnowledge();
const GROUP = { id: -100_555, type: "supergroup" as const };

/** The reply to one message from a user whose Telegram is in another language than the message. */
async function replyTo(message: string, lang: Lang): Promise<ApiCall> {
  const { chat } = open({ user: { language_code: lang === "en" ? "uk" : "en" } });
  const calls = await chat.send(message);
  expect(calls.map((call) => call.method)).toEqual(["sendMessage"]);
  return calls[0] as ApiCall;
}

/** Small talk: the bot's own words for the intent, in `lang`, 2-3 featured questions, no buttons, no source. */
function expectSmallTalk(call: ApiCall, intent: string, lang: Lang): void {
  const t = i18n.t(lang);
  const text = String(call.payload.text);
  expect(text.startsWith(t(`smallTalk.${intent}`))).toBe(true);
  expect(call.payload.reply_markup).toBeUndefined();
  for (const count of [1, 2]) {
    expect(text).not.toContain(t("answer.sources", { count, sources: "" }).trim());
  }
  expect(text).not.toContain(t("answer.decline").split(/(?<=[.!?。])\s/u)[0]);
  const suggested = content.facts.filter(
    (fact) => fact.featured && text.includes(fact.title[lang]),
  );
  expect(suggested.length).toBeGreaterThanOrEqual(2);
  expect(suggested.length).toBeLessThanOrEqual(3);
}

describe("small talk gets a short reply in the user's language, never a fact or a decline", () => {
  it.each([
    ["thanks!", "en", "thanks"],
    ["дякую", "uk", "thanks"],
    ["고마워", "ko", "thanks"],
    ["who are you?", "en", "identity"],
    ["хто ти?", "uk", "identity"],
    ["너 누구야?", "ko", "identity"],
    ["hi", "en", "greeting"],
    ["Привіт", "uk", "greeting"],
    ["안녕하세요", "ko", "greeting"],
    ["bye!", "en", "goodbye"],
    ["бувай", "uk", "goodbye"],
    ["잘 가요", "ko", "goodbye"],
    ["what can you do?", "en", "capabilities"],
    ["що ти вмієш?", "uk", "capabilities"],
    ["뭐 할 수 있어?", "ko", "capabilities"],
    ["how are you?", "en", "how-are-you"],
    ["як справи?", "uk", "how-are-you"],
    ["잘 지내?", "ko", "how-are-you"],
    ["ok cool", "en", "ack"],
    ["зрозуміло", "uk", "ack"],
    ["ㅇㅋ", "ko", "ack"],
    ["stupid bot", "en", "rudeness"],
    ["ти тупий", "uk", "rudeness"],
    ["바보야", "ko", "rudeness"],
    ["help", "en", "help"],
    ["допоможи", "uk", "help"],
    ["도와줘", "ko", "help"],
  ] as const)("%s (%s)", async (message, lang, intent) => {
    expectSmallTalk(await replyTo(message, lang), intent, lang);
  });
});

describe("questions dressed as small talk are answered", () => {
  it.each([
    ["thanks, and when was it signed?", "en", "itpp-signed-when"],
    ["дякую, а коли її підписали?", "uk", "itpp-signed-when"],
    ["고마워요, 그런데 언제 서명됐어요?", "ko", "itpp-signed-when"],
    ["hi! who signed the ITPP?", "en", "itpp-signatories"],
    ["привіт! хто підписав ITPP?", "uk", "itpp-signatories"],
    ["안녕하세요! ITPP에 누가 서명했나요?", "ko", "itpp-signatories"],
    ["who are they?", "en", "itpp-signatories"],
    ["хто вони?", "uk", "itpp-signatories"],
    ["그들은 누구야?", "ko", "itpp-signatories"],
    ["ok so how many areas?", "en", "itpp-areas-count"],
    ["ок, а скільки сфер?", "uk", "itpp-areas-count"],
    ["오케이, 그럼 분야는 몇 개야?", "ko", "itpp-areas-count"],
  ] as const)("%s (%s)", async (message, lang, factId) => {
    const text = String((await replyTo(message, lang)).payload.text);
    const fact = content.factById.get(factId);
    expect(text.startsWith(fact?.answer[lang].slice(0, 20) ?? "?")).toBe(true);
    expect(text).toContain(i18n.t(lang)("answer.sources", { count: 2, sources: "" }).trim());
  });
});

describe("small talk in groups", () => {
  it("is answered only when the bot is addressed", async () => {
    const { chat, bot, calls } = open({ user: { language_code: "uk" } });
    await bot.handleUpdate(chat.updates.text("привіт", GROUP));
    await bot.handleUpdate(chat.updates.text("дякую", GROUP));
    expect(calls).toEqual([]);

    await bot.handleUpdate(mentioningBot(chat.updates.text("@PartnershipLocalBot привіт", GROUP)));
    await bot.handleUpdate(replyingToBot(chat.updates.text("дякую!", GROUP)));
    await bot.handleUpdate(chat.updates.text("/ask@PartnershipLocalBot бувай", GROUP));
    const texts = calls
      .filter((c) => c.method === "sendMessage")
      .map((c) => String(c.payload.text));
    const t = i18n.t("uk");
    expect(texts.map((text) => text.split("\n")[0])).toEqual([
      t("smallTalk.greeting"),
      t("smallTalk.thanks"),
      t("smallTalk.goodbye"),
    ]);
    for (const call of calls) expect(call.payload.reply_markup).toBeUndefined();
  });
});

describe("small-talk replies", () => {
  it.each(LANGS)("exist for every intent in %s, and never start like a decline", (lang) => {
    const t = i18n.t(lang);
    for (const group of content.smallTalk.groups) {
      const text = t(`smallTalk.${group.intent}`);
      expect(text).not.toBe(`smallTalk.${group.intent}`);
      expect(text.startsWith(t("answer.empty").split(/(?<=[.!?。])\s/u)[0] ?? "?")).toBe(false);
    }
  });
});
