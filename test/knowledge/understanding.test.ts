import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/knowledge/answer.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { createQuestionReader } from "../../src/knowledge/understanding/read-question.js";
import { realKnowledge } from "../support/test-bot.js";

const knowledge = realKnowledge();
const read = createQuestionReader(knowledge.content);
const reading = (question: string, lang: Lang) =>
  read(question, knowledge.analyzer.groups(question), lang);
const ask = (question: string, lang: Lang) => knowledge.answer(question, lang);
/** Everything the reply states in its language: the facts' answers and a premise's correction. */
const said = (answer: Answer) =>
  [answer.fact, ...(answer.parts ?? [])]
    .map((fact) => fact?.answer[answer.lang] ?? "")
    .concat(answer.premise?.correction[answer.lang] ?? "")
    .join(" ");

describe("reading a question", () => {
  it.each<[string, Lang, string[]]>([
    ["When and where was the ITPP signed?", "en", ["when", "where"]],
    ["ITPP는 언제 어디서 체결됐나요?", "ko", ["when", "where"]],
    ["хто підписав програму?", "uk", ["who"]],
    ["кто подписал?", "uk", ["who"]],
    ["Is South Korea a member of NATO?", "en", ["yes-no"]],
    ["What is the ITPP?", "en", ["what"]],
    ["what date was it signed", "en", ["when"]],
    ["ITPP분야몇개임", "ko", ["how-many"]],
    ["who signed it and why", "en", ["who", "why"]],
  ])("%s asks %j", (question, lang, types) => {
    expect(reading(question, lang).types).toEqual(types);
  });

  it("finds names, descriptive ones included, and leaves South Korea and NATO in the background", () => {
    const r = reading("What did the alliance's top civilian official say to South Korea?", "en");
    expect(r.focal).toEqual(["stoltenberg"]);
    expect(r.names.has("south-korea")).toBe(true);
    expect(r.aspects.has("statements")).toBe(true);
  });

  it("reads aspects and years", () => {
    const r = reading("Who signed the IPCP in 2019?", "en");
    expect(r.focal).toEqual(["ipcp"]);
    expect(r.years).toEqual(["2019"]);
    expect(r.aspects.has("signing")).toBe(true);
    expect(r.types).toEqual(["who"]);
  });
});

describe("answers held to the question", () => {
  it("does not name the ITPP's signers for the 2019 IPCP: the sources don't say who", () => {
    const answer = ask("Who signed the IPCP in 2019?", "en");
    expect(answer.kind).toBe("gap");
    expect(answer.unanswered).toEqual(["who"]);
    expect(said(answer)).not.toMatch(/Yoon|Stoltenberg/);
    // What the sources do say about the IPCP is offered instead.
    expect(answer.alternatives.length).toBeGreaterThan(0);
    expect(answer.alternatives.every((fact) => fact.subject.includes("ipcp"))).toBe(true);
  });

  it("answers when and where the ITPP was signed, not the IPCP's renewal", () => {
    const answer = ask("ITPP는 언제 어디서 체결됐나요?", "ko");
    expect(answer.kind).toBe("fact");
    expect(said(answer)).toMatch(/2023/);
    expect(said(answer)).toMatch(/빌뉴스/);
    expect(said(answer)).not.toMatch(/2019|브뤼셀/);
  });

  it("answers when the IPCP began, not when the article was published", () => {
    const answer = ask("IPCP коли з'явилась?", "uk");
    expect(answer.kind).toBe("fact");
    expect(said(answer)).toMatch(/2012/);
  });

  it("understands a colloquial question about terrorism", () => {
    const answer = ask("а шо там по терорізму, єсть щось конкретне?", "uk");
    expect(answer.kind).toBe("fact");
    expect(said(answer)).toMatch(/тероризм/i);
  });

  it("corrects a false premise: Korea is a partner, not a member", () => {
    const answer = ask("When will South Korea become a full NATO member?", "en");
    expect(said(answer)).toMatch(/partner/i);
    expect(said(answer)).not.toMatch(/will join|is a member/i);
  });

  it("says the sources name no sum of money, and offers what they hold about the ITPP", () => {
    const answer = ask("How much money does the ITPP involve?", "en");
    expect(answer.kind).toBe("gap");
    expect(answer.premise?.id).toBe("itpp-has-funding");
    expect(answer.alternatives.length).toBeGreaterThan(0);
  });

  it("knows Japan signed an ITPP of its own", () => {
    const answer = ask("Did Japan sign an ITPP too?", "en");
    expect(answer.fact?.id).toBe("ip4-itpps");
  });

  it("answers what the sources report about Ukraine, never about Vilnius", () => {
    for (const [question, lang] of [
      ["Why does the deal matter for Ukraine?", "en"],
      ["Чому це партнерство важливе для України?", "uk"],
      ["а при чому тут Україна?", "uk"],
    ] as const) {
      const answer = ask(question, lang);
      expect(answer.fact?.id, question).toBe("ukraine-and-itpp");
    }
  });

  it("gives a compound question one reply with a fact per part", () => {
    const answer = ask("Who signed the ITPP and when?", "en");
    expect(answer.kind).toBe("fact");
    expect(said(answer)).toMatch(/Yoon/);
    expect(said(answer)).toMatch(/2023|11 July/);
  });

  it("answers two questions about different things in one message, the second as a follow-up", () => {
    const binding = ask("Is the ITPP binding, and how many areas does it cover?", "en");
    expect([binding.fact?.id, ...(binding.parts ?? []).map((f) => f.id)]).toEqual([
      "itpp-not-binding",
      "itpp-areas-count",
    ]);
    const words = ask("Who signed the ITPP for NATO, and what did he say about security?", "en");
    expect(words.fact?.id).toBe("itpp-signatories");
    expect(words.parts?.map((f) => f.id)).toEqual(["stoltenberg-security-global"]);
  });

  it("corrects a false premise, by the fact about it or before a fact about something else", () => {
    expect(said(ask("한국은 나토 회원국이니까 어떤 의무가 있어요?", "ko"))).toMatch(/파트너/);
    const binding = ask("Since the ITPP is a legally binding treaty, when does it expire?", "en");
    expect(said(binding)).toMatch(/not legally binding/);
  });
});
