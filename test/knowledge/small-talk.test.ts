import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import { createSmallTalkReader } from "../../src/knowledge/small-talk/recognize.js";
import { plainWords } from "../../src/knowledge/text/plain-words.js";
import { realKnowledge } from "../support/test-bot.js";

const knowledge = realKnowledge();
const reader = createSmallTalkReader(knowledge.content.smallTalk);
const read = (text: string) => reader.read(text, plainWords(text));
/** What the bot does with a message: as the i18n middleware and the ask feature would. */
const answer = (text: string, lang: Lang) =>
  knowledge.answer(text, knowledge.detectLanguage(text) ?? lang);

describe("small talk is recognised from content/smalltalk.yaml", () => {
  it.each([
    ["greeting", ["hi", "Hello there!", "Привіт", "добрий день", "안녕하세요", "ㅎㅇ"]],
    ["thanks", ["thanks!", "thank you so much", "дякую", "спасибі велике", "고마워", "감사합니다"]],
    ["goodbye", ["bye!", "see you later", "бувай", "до побачення", "잘 가요", "안녕히 계세요"]],
    [
      "identity",
      ["who are you?", "are you a bot?", "хто ти?", "ти хто такий?", "너 누구야?", "누구세요?"],
    ],
    [
      "capabilities",
      ["what can you do?", "що ти вмієш?", "про що тебе можна питати?", "뭐 할 수 있어?"],
    ],
    [
      "how-are-you",
      ["how are you?", "how's it going", "як справи?", "як ся маєш", "잘 지내?", "요즘 어때요?"],
    ],
    ["ack", ["ok", "cool", "got it", "зрозуміло", "окей", "ㅇㅋ", "알겠어요"]],
    ["rudeness", ["stupid bot", "you're useless", "ти тупий", "дурний бот", "바보야", "꺼져"]],
    [
      "help",
      ["help", "how does this work?", "допоможи", "як цим користуватися?", "도와줘", "사용법"],
    ],
  ] as const)("%s", (intent, messages) => {
    for (const message of messages)
      expect(read(message), message).toEqual({ kind: "small-talk", intent });
  });

  it("tolerates informal spellings, repeated letters, missing spaces, emoji and marks", () => {
    for (const [message, intent] of [
      ["thaaanks!!!", "thanks"],
      ["thankyou", "thanks"],
      ["hiii bot 👋", "greeting"],
      ["*thanks* _so much_", "thanks"],
      ["дякууую)))", "thanks"],
      ["dyakuyu", "thanks"],
      ["pryvit", "greeting"],
      ["고마워요감사합니다", "thanks"],
      ["ㅋㅋㅋ 고마워", "thanks"],
      ["👋", "greeting"],
      ["🙏", "thanks"],
      ["👍", "ack"],
    ] as const) {
      expect(read(message), message).toEqual({ kind: "small-talk", intent });
    }
  });

  it("takes the intent that covers most of a message, the one listed first on a tie", () => {
    expect(read("hi, who are you?")).toEqual({ kind: "small-talk", intent: "identity" });
    expect(read("ok thanks")).toEqual({ kind: "small-talk", intent: "thanks" });
    expect(read("thank you for the help")).toEqual({ kind: "small-talk", intent: "thanks" });
  });

  it("reads a question that opens or closes with small talk without it", () => {
    for (const [message, question] of [
      ["thanks, and when was it signed?", "when was it signed?"],
      ["hi! who signed the ITPP?", "who signed the ITPP?"],
      ["ok so how many areas?", "how many areas?"],
      ["дякую, а коли її підписали?", "коли її підписали?"],
      ["привіт! хто підписав ITPP?", "хто підписав ITPP?"],
      ["안녕하세요! ITPP에 누가 서명했나요?", "ITPP에 누가 서명했나요?"],
      ["when was it signed? thanks", "when was it signed?"],
    ] as const) {
      expect(read(message), message).toEqual({ kind: "question", text: question });
    }
  });

  it("leaves a question alone when the words at its ends may belong to it", () => {
    for (const message of [
      "who are they?",
      "who is nato's secretary general now",
      "감사 인사는 누가 했어?",
    ]) {
      expect(read(message), message).toEqual({ kind: "question", text: plainWords(message) });
    }
  });

  it.each(LANGS)("never takes a question the content answers for small talk (%s)", (lang) => {
    for (const fact of knowledge.content.facts) {
      for (const question of [fact.title[lang], ...fact.questions[lang]]) {
        expect(read(question).kind, question).toBe("question");
      }
    }
  });
});

describe("small talk through the knowledge library", () => {
  it("answers it with no fact, suggesting two or three featured questions", () => {
    for (const [message, lang] of [
      ["thanks!", "en"],
      ["дякую", "uk"],
      ["고마워", "ko"],
    ] as const) {
      const reply = answer(message, "en");
      expect(reply).toMatchObject({ kind: "small-talk", intent: "thanks", lang });
      expect(reply.fact).toBeUndefined();
      expect(reply.alternatives.length).toBeGreaterThanOrEqual(2);
      expect(reply.alternatives.length).toBeLessThanOrEqual(3);
      expect(reply.alternatives.every((fact) => fact.featured)).toBe(true);
    }
  });

  it("answers the question a message carries", () => {
    expect(answer("thanks, and when was it signed?", "en").fact?.id).toBe("itpp-signed-when");
    expect(answer("hi! who signed the ITPP?", "en").fact?.id).toBe("itpp-signatories");
    expect(answer("who are they?", "en").kind).toBe("fact");
  });

  it("takes a typo for small talk only when nothing answers the message", () => {
    expect(answer("thnaks", "en")).toMatchObject({ kind: "small-talk", intent: "thanks" });
    expect(answer("helo", "en")).toMatchObject({ kind: "small-talk", intent: "greeting" });
    expect(answer("ITPP", "en").kind).toBe("fact");
  });
});
