import { describe, expect, it } from "vitest";
import { containsOption } from "../../src/knowledge/content/checks/shared.js";
import { matchKey, normalizeText, utf16Length } from "../../src/knowledge/text/normalize.js";

describe("normalizeText", () => {
  it("folds apostrophes, quotes and dashes", () => {
    expect(normalizeText("зв’язки зв'язки звʼязки зв‘язки")).toBe(
      "зв'язки зв'язки зв'язки зв'язки",
    );
    expect(normalizeText('«a» “b” „c"')).toBe('"a" "b" "c"');
    expect(normalizeText("a – b — c ‑ d - e")).toBe("a - b - c - d - e");
  });

  it("folds white space, line wrapping included, and trims", () => {
    expect(normalizeText("  нова\n   програма\t партнерства\u00a0ITPP \n")).toBe(
      "нова програма партнерства ITPP",
    );
  });

  it("applies Unicode NFC", () => {
    const decomposed = "й".normalize("NFD");
    expect(decomposed).not.toBe("й");
    expect(normalizeText(decomposed)).toBe("й");
    expect(normalizeText("한국".normalize("NFD"))).toBe("한국");
  });

  it("maps the article's two spellings of Indo-Pacific to one", () => {
    expect(normalizeText("Індійсько-Тихоокеанського регіону")).toBe("Індо-Тихоокеанського регіону");
    expect(normalizeText("індійсько–тихоокеанський")).toBe("індо-тихоокеанський");
    expect(normalizeText("Індо-Тихоокеанському")).toBe("Індо-Тихоокеанському");
  });

  it("matchKey also folds case", () => {
    expect(matchKey(" Vilnius ")).toBe(matchKey("VILNIUS"));
    expect(matchKey("Вільнюс")).toBe(matchKey("вільнюс"));
  });

  it("counts UTF-16 units as Telegram does", () => {
    expect(utf16Length("abc")).toBe(3);
    expect(utf16Length("한국")).toBe(2);
    expect(utf16Length("😀")).toBe(2);
  });
});

describe("containsOption (quiz: no wrong option in the answer)", () => {
  it("finds options at a word start, inflected endings included", () => {
    expect(containsOption("up from 7 under the IPCP", "7")).toBe(true);
    expect(containsOption("співпраця із Сеулом", "сеул")).toBe(true);
    expect(containsOption("서울에서 열린 회의", "서울")).toBe(true);
  });

  it("does not find numbers inside other numbers", () => {
    expect(containsOption("11 areas", "1")).toBe(false);
    expect(containsOption("since 2012", "12")).toBe(false);
    expect(containsOption("70 years", "7")).toBe(false);
    expect(containsOption("2023년 7월 11일", "11월")).toBe(false);
  });
});
