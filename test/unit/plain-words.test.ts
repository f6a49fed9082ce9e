import { describe, expect, it } from "vitest";
import { plainWords } from "../../src/knowledge/text/plain-words.js";

describe("plainWords: the words of a message, without the marks around them", () => {
  it.each([
    ["*ITPP* _분야_ `몇 개`? [link](http://x)", "ITPP 분야 몇 개? link"],
    ["<b>when</b> &amp; <i>where</i> was the ITPP signed?", "when & where was the ITPP signed?"],
    ["**Коли** ~~підписали~~ ||ITPP||???", "Коли підписали ITPP?"],
    ["## ITPP\n> скільки сфер", "ITPP скільки сфер"],
    ["hi 👋🏽!!! 🇺🇦", "hi!"],
    ["thanks :D xD ^^", "thanks"],
    ["see https://t.me/x and www.nato.int/cps ok", "see and ok"],
    ["&#x1F600; &#39;ok&#39;", "'ok'"],
  ])("%j → %j", (text, words) => {
    expect(plainWords(text)).toBe(words);
  });

  it("keeps apostrophes, hyphens and the numbers of a question", () => {
    expect(plainWords("п’ять сфер? what's Indo-Pacific 2023?")).toBe(
      "п’ять сфер? what's Indo-Pacific 2023?",
    );
  });
});
