import { describe, expect, it } from "vitest";
import { containsOption } from "../../src/knowledge/content/checks/shared.js";
import {
  comparableKey,
  comparableText as normalizeWith,
  type TextVariants,
  utf16Length,
} from "../../src/knowledge/text/comparable.js";

/** As content/spellings.yaml `compare` declares the article's two spellings of the region. */
const VARIANTS: TextVariants = { "індійсько-тихоокеанськ": "індо-тихоокеанськ" };
const comparableText = (s: string) => normalizeWith(s, VARIANTS);

describe("comparableText", () => {
  it("folds apostrophes, quotes and dashes", () => {
    expect(comparableText("зв’язки зв'язки звʼязки зв‘язки")).toBe(
      "зв'язки зв'язки зв'язки зв'язки",
    );
    expect(comparableText('«a» “b” „c"')).toBe('"a" "b" "c"');
    expect(comparableText("a – b — c ‑ d - e")).toBe("a - b - c - d - e");
  });

  it("folds white space, line wrapping included, and trims", () => {
    expect(comparableText("  нова\n   програма\t партнерства\u00a0ITPP \n")).toBe(
      "нова програма партнерства ITPP",
    );
  });

  it("applies Unicode NFC", () => {
    const decomposed = "й".normalize("NFD");
    expect(decomposed).not.toBe("й");
    expect(comparableText(decomposed)).toBe("й");
    expect(comparableText("한국".normalize("NFD"))).toBe("한국");
  });

  it("maps the spellings the content declares to one, keeping each word's capital", () => {
    expect(comparableText("Індійсько-Тихоокеанського регіону")).toBe(
      "Індо-Тихоокеанського регіону",
    );
    expect(comparableText("індійсько–тихоокеанський")).toBe("індо-тихоокеанський");
    expect(comparableText("Індо-Тихоокеанському")).toBe("Індо-Тихоокеанському");
    expect(comparableText("ІНДІЙСЬКО-ТИХООКЕАНСЬКИЙ")).toBe("Індо-ТихоокеанськИЙ");
    expect(comparableText("індійсько-Тихоокеанського")).toBe("індо-Тихоокеанського");
  });

  it("maps nothing the content does not declare", () => {
    expect(normalizeWith("Індійсько-Тихоокеанського", {})).toBe("Індійсько-Тихоокеанського");
    expect(normalizeWith("a.b (c)", { "a.b": "x", "(c)": "y" })).toBe("x y");
    expect(normalizeWith("axb", { "a.b": "x" })).toBe("axb");
  });

  it("comparableKey also folds case", () => {
    expect(comparableKey(" Vilnius ", VARIANTS)).toBe(comparableKey("VILNIUS", VARIANTS));
    expect(comparableKey("Вільнюс", VARIANTS)).toBe(comparableKey("вільнюс", VARIANTS));
    expect(comparableKey("Індійсько-Тихоокеанський", VARIANTS)).toBe("індо-тихоокеанський");
  });

  it("counts UTF-16 units as Telegram does", () => {
    expect(utf16Length("abc")).toBe(3);
    expect(utf16Length("한국")).toBe(2);
    expect(utf16Length("😀")).toBe(2);
  });
});

describe("containsOption (quiz: no wrong option in the answer)", () => {
  it("finds options at a word start, inflected endings included", () => {
    expect(containsOption("up from 7 under the IPCP", "7", VARIANTS)).toBe(true);
    expect(containsOption("співпраця із Сеулом", "сеул", VARIANTS)).toBe(true);
    expect(containsOption("서울에서 열린 회의", "서울", VARIANTS)).toBe(true);
  });

  it("does not find numbers inside other numbers", () => {
    expect(containsOption("11 areas", "1", VARIANTS)).toBe(false);
    expect(containsOption("since 2012", "12", VARIANTS)).toBe(false);
    expect(containsOption("70 years", "7", VARIANTS)).toBe(false);
    expect(containsOption("2023년 7월 11일", "11월", VARIANTS)).toBe(false);
  });
});
