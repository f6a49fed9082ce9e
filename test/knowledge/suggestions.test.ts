import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/knowledge/languages.js";
import { createSuggest } from "../../src/knowledge/suggestions.js";
import { realKnowledge } from "../support/test-bot.js";

const { content, analyzer } = realKnowledge();
const suggest = createSuggest(content, analyzer);

describe("suggestions on a decline", () => {
  it.each(LANGS)("never offer the very question asked, in any word order (%s)", (lang) => {
    const fact = content.factById.get("itpp-signed-when");
    const other = content.factById.get("itpp-signed-where");
    const title = fact?.title[lang] ?? "?";
    const reordered = title
      .replace(/[?？]$/u, "")
      .split(" ")
      .reverse()
      .join(" ");
    for (const asked of [title, reordered]) {
      const hits = [fact, other].map((f) => ({ id: f?.id ?? "?", score: 10, coverage: 0.9 }));
      const offered = suggest(analyzer.groups(asked), hits, lang);
      expect(offered.map((f) => f.id)).toEqual(["itpp-signed-where"]);
    }
  });

  it("offer what matches the question's words before the featured facts", () => {
    const groups = analyzer.groups("Скільки грошей Корея дала Україні?");
    const hits = [{ id: "korea-aid-plane", score: 300, coverage: 0.23 }];
    expect(suggest(groups, hits, "uk").map((f) => f.id)).toEqual(["korea-aid-plane"]);
  });

  it("fall back to the featured facts when nothing matches", () => {
    const offered = suggest(analyzer.groups("погода завтра"), [], "uk");
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((fact) => fact.featured)).toBe(true);
  });
});
