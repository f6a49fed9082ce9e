import { describe, expect, it } from "vitest";
import { composeReply } from "../../src/bot/views/answer.js";
import { oversizedViews } from "../../src/bot/views/oversized.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { realKnowledge } from "../support/test-bot.js";

const knowledge = realKnowledge();
const { content } = knowledge;
const i18n = createI18n();

describe("answer views", () => {
  it("mark an article passage in translation as ours, and show quoted speech in the original", () => {
    const sentence = content.sentenceById.get("p10.s2");
    const quote = content.quotes.find((q) => q.translations.uk?.article === "p10.s2");
    expect(sentence && quote).toBeTruthy();
    if (!sentence || !quote) return;
    const plain = composeReply(
      content,
      {
        lang: "en",
        kind: "article",
        passage: { sentences: [content.sentenceById.get("p12.s1") ?? sentence] },
        confidence: 1,
        alternatives: [],
      },
      i18n.t("en"),
    );
    expect(plain.html).toContain(i18n.t("en")("answer.ourTranslation"));
    expect(plain.html).toContain("Ukrinform");

    const quoted = composeReply(
      content,
      {
        lang: "uk",
        kind: "article",
        passage: { sentences: [sentence], quote },
        confidence: 1,
        alternatives: [],
      },
      i18n.t("uk"),
    );
    expect(quoted.html).toContain(quote.original); // the speaker's own words, in English
    expect(quoted.html).toContain(quote.translations.uk?.text ?? "?");
    expect(quoted.html).toContain("Переклад (Укрінформ)");
  });

  it("offer each fact once: a did-you-mean choice is not repeated among the related questions", () => {
    const answer = knowledge.answer("ITPP는 무엇인가요?", "ko");
    expect(answer.kind).toBe("fact");
    expect(answer.alternatives.length).toBeGreaterThan(0);
    const reply = composeReply(content, answer, i18n.t("ko"));
    const offered = [...reply.choices, ...reply.related].map((button) => button.factId);
    expect(offered.length).toBeGreaterThan(reply.choices.length);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it("cite every source of a fact, with links only where the sources list gives one", () => {
    const fact = content.factById.get("itpp-areas-count");
    const reply = composeReply(
      content,
      { lang: "en", kind: "fact", fact, confidence: 1, alternatives: [] },
      i18n.t("en"),
    );
    for (const id of fact?.sources ?? []) {
      const source = content.sourceById.get(id);
      expect(reply.html).toContain(source?.name.en);
      if (source?.url) expect(reply.html).toContain(`href="${source.url.replace(/&/g, "&amp;")}"`);
    }
  });
});

describe("every view of the content", () => {
  it("fits one Telegram message in every language", () => {
    expect(oversizedViews(content, i18n)).toEqual([]);
  });

  it("is reported when a fact's answer would not fit", () => {
    const [first, ...rest] = content.facts;
    if (!first) throw new Error("no facts");
    const long = { ...first, answer: { ...first.answer, ko: "가".repeat(5000) } };
    const found = oversizedViews({ ...content, facts: [long, ...rest] }, i18n);
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^fact ${first.id} \\(ko\\) is \\d+ UTF-16 units`)),
    ]);
  });
});
