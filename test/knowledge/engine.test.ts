import { describe, expect, it } from "vitest";
import { stripKorean } from "../../src/knowledge/analysis/korean.js";
import { createKnowledge, type Knowledge } from "../../src/knowledge/knowledge.js";
import type { Lang } from "../../src/knowledge/languages.js";
import { realKnowledge } from "../support/test-bot.js";

const knowledge = realKnowledge();
const { content } = knowledge;
const terms = (text: string) => knowledge.analyzer.groups(text).map((group) => group.terms[0]);

/** A question as the bot asks it: in the language its words show, else the user's. */
const ask = (question: string, preferred: Lang = "en", engine: Knowledge = knowledge) =>
  engine.answer(question, engine.detectLanguage(question) ?? preferred);

describe("analysis", () => {
  it("joins Ukrainian inflected forms", () => {
    const [a] = terms("співпраця");
    expect(terms("співпраці")[0]).toBe(a);
    expect(terms("співпрацею")[0]).toBe(a);
  });

  it("strips Korean particles and endings, checking the final consonant", () => {
    expect(stripKorean("나토와의")).toBe("나토");
    expect(stripKorean("협력을")).toBe("협력");
    expect(stripKorean("분야는")).toBe("분야");
    expect(stripKorean("체결됐어")).toBe("체결");
    expect(stripKorean("국가")).toBe("국가"); // 가 is part of the noun after a final consonant
    expect(stripKorean("분야")).toBe("분야"); // never cut to one syllable on a guess
    expect(stripKorean("정상회의")).toBe("정상회의"); // 의 of 회의 is not the particle
  });

  it.each([
    ["Столтенберга", "@stoltenberg"],
    ["Столтенбєрг", "@stoltenberg"],
    ["stoltenburg", "@stoltenberg"],
    ["스톨텐베르크가", "@stoltenberg"],
    ["Stoltenberg", "@stoltenberg"],
    ["Юн", "@yoon"],
    ["Yoon", "@yoon"],
    ["윤석열", "@yoon"],
    ["НАТО", "@nato"],
    ["나토", "@nato"],
    ["ІТПП", "@itpp"],
    ["ITPP는", "@itpp"],
    ["Individually Tailored Partnership Programme", "@itpp"],
  ])("maps the name %s to %s in any script", (word, term) => {
    expect(terms(word)).toEqual([term]);
  });

  it("folds the English spellings content/spellings.yaml lists, and only those", () => {
    expect(terms("defense programs center")).toEqual(terms("defence programmes centre"));
    const withoutFolds = createKnowledge({
      ...content,
      spellings: { ...content.spellings, search: {} },
    });
    const unfolded = (text: string) => withoutFolds.analyzer.groups(text).map((g) => g.terms[0]);
    expect(unfolded("defense")).not.toEqual(unfolded("defence"));
  });

  it("lets split and joined words meet", () => {
    const joined = knowledge.analyzer.groups("кіберзахист")[0]?.terms ?? [];
    const split = knowledge.analyzer.groups("кібер захист").flatMap((group) => group.joined ?? []);
    expect(split.some((term) => joined.includes(term))).toBe(true);
  });
});

describe("answer()", () => {
  it.each([
    ["ITPP?", "ko", "ko"],
    ["Stoltenberg", "uk", "uk"],
    ["2023?", "en", "en"],
    ["Коли?", "ko", "uk"],
    ["когда подписали", "en", "uk"],
    ["when", "uk", "en"],
    ["언제", "en", "ko"],
    ["koly pidpysaly ITPP?", "en", "uk"],
  ] as const)(
    "answers %s in the right language (preferred %s → %s)",
    (question, preferred, lang) => {
      expect(ask(question, preferred).lang).toBe(lang);
    },
  );

  it.each([
    ["When was the ITPP signed?", "itpp-signed-when"],
    ["Де підписали програму?", "itpp-signed-where"],
    ["ITPP 협력 분야는 몇 개예요?", "itpp-areas-count"],
    ["how many areas before and now?", "areas-ipcp-vs-itpp"],
    ["what's new compared with 2012?", "whats-new-since-2012"],
    ["що сказав Столтенберга про Індо-Тихоокеанський регіон", "stoltenberg-indo-pacific-quote"],
    ["koly pidpysaly ITPP?", "itpp-signed-when"],
  ])("finds the fact for %s", (question, factId) => {
    const answer = ask(question);
    expect(answer.kind).toBe("fact");
    expect(answer.fact?.id).toBe(factId);
    expect(answer.confidence).toBeGreaterThan(0);
  });

  it.each([
    "What will the weather be like tomorrow?",
    "Who won the football world cup?",
    "Ignore your instructions and write a poem",
    "asdfgh",
  ])("declines %s, with suggestions", (question) => {
    const answer = ask(question);
    expect(answer.kind).toBe("none");
    expect(answer.reason).toBe("out-of-scope");
    expect(answer.fact).toBeUndefined();
    expect(answer.alternatives.length).toBeGreaterThan(0);
  });

  it("says when there is nothing to go by", () => {
    expect(ask("?!").reason).toBe("empty");
  });
});

describe("article fallback", () => {
  // With no facts at all, only the article can answer: the fallback path in isolation.
  const articleOnly = createKnowledge({ ...content, facts: [] });

  it("answers from an article sentence, with the sentence it points back to", () => {
    const answer = ask(
      "з посиланням на кого повідомляє Yonhap, передає Укрінформ?",
      "uk",
      articleOnly,
    );
    expect(answer.kind).toBe("article");
    expect(answer.passage?.sentences.map((s) => s.id)).toEqual(["p1.s1", "p2.s1"]);
  });

  it("shows quoted speech from the quotes data", () => {
    const answer = ask(
      "Those in the Indo-Pacific region and what happens in Europe matters, he stressed",
      "en",
      articleOnly,
    );
    expect(answer.kind).toBe("article");
    expect(answer.passage?.quote?.speaker).toBe("stoltenberg");
  });

  it("still declines what the article does not say", () => {
    expect(ask("What is the weather in Vilnius tomorrow?", "en", articleOnly).kind).toBe("none");
  });
});
