/**
 * The repository's own content/ loads and has the shape the bot relies on.
 * A failure lists every content problem (the ContentError message).
 */
import { describe, expect, it } from "vitest";
import type { Content } from "../../src/knowledge/content/content.js";
import { computeCoverage } from "../../src/knowledge/content/coverage.js";
import { loadContent } from "../../src/knowledge/content/load.js";
import { LANGS } from "../../src/knowledge/content/schema.js";

describe("content/", () => {
  let content: Content | undefined;
  const load = (): Content => {
    content ??= loadContent();
    return content;
  };

  it("loads without problems", () => {
    expect(load).not.toThrow();
  });

  it("has the article: paragraphs p1, p2, … each with sentences pK.s1, pK.s2, …", () => {
    const { article, sentenceById } = load();
    expect(article.paragraphs.length).toBeGreaterThan(0);
    const expected = article.paragraphs.flatMap((p, i) =>
      p.sentences.map((_, j) => `p${i + 1}.s${j + 1}`),
    );
    expect([...sentenceById.keys()]).toEqual(expected);
  });

  it("has as many ITPP areas as it states, and at least 60 facts and 20 quiz items", () => {
    const { areas, facts, quiz } = load();
    expect(areas.itpp).toHaveLength(areas.itpp_count);
    expect(areas.ipcp.known.length).toBeLessThanOrEqual(areas.ipcp.count);
    expect(facts.length).toBeGreaterThanOrEqual(60);
    expect(quiz.length).toBeGreaterThanOrEqual(20);
  });

  it("covers every article sentence with at least one fact", () => {
    expect(computeCoverage(load()).uncovered).toEqual([]);
  });

  it("has at least 5 questions per language for every fact", () => {
    for (const fact of load().facts) {
      for (const lang of LANGS) expect(fact.questions[lang].length).toBeGreaterThanOrEqual(5);
    }
  });
});
