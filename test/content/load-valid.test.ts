import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { defaultContentDir, loadContent } from "../../src/knowledge/content/load.js";
import { cleanupCopies, copyFixture, editYaml, VALID_FIXTURE } from "./fixture.js";

afterEach(cleanupCopies);

describe("loadContent on the valid fixture", () => {
  const content = loadContent(VALID_FIXTURE);

  it("returns every file's data", () => {
    expect(content.article.paragraphs).toHaveLength(12);
    expect(content.sources).toHaveLength(10);
    expect(content.areas.itpp.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(content.areas.itpp_count).toBe(11);
    expect(content.areas.ipcp.count).toBe(7);
    expect(content.facts.map((f) => f.id)).toEqual([
      "itpp-signing",
      "itpp-areas-count",
      "ipcp-history",
    ]);
    expect(content.quiz).toHaveLength(20);
    expect(content.spellings.compare["індійсько-тихоокеанськ"]).toBe("індо-тихоокеанськ");
    expect(content.spellings.search.defense).toBe("defence");
  });

  it("indexes entries by id", () => {
    expect(content.factById.get("ipcp-history")?.topic).toBe("ipcp");
    expect(content.sourceById.get("rusi")?.outlet).toBe("RUSI");
    expect(content.quoteById.has("stoltenberg-indo-pacific-europe")).toBe(true);
    expect(content.areaById.get("public-diplomacy")?.number).toBe(11);
    expect(content.glossaryById.get("yoon")?.names.en[0]).toBe("Yoon Suk Yeol");
    const sentence = content.sentenceById.get("p10.s2");
    expect(sentence?.paragraphId).toBe("p10");
    expect(sentence?.uk).toMatch(/^«Те, що відбувається/);
    expect(content.sentenceById.size).toBe(13);
  });

  it("applies schema defaults", () => {
    expect(content.glossaryById.get("itpp")?.variants).toEqual([]);
  });

  it("is deeply frozen, maps included", () => {
    expect(Object.isFrozen(content)).toBe(true);
    expect(Object.isFrozen(content.facts[0]?.answer)).toBe(true);
    expect(Object.isFrozen(content.article.paragraphs[0]?.sentences)).toBe(true);
    expect(() => {
      (content.facts as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => (content.factById as Map<string, unknown>).set("x", {})).toThrow(TypeError);
    expect(() => (content.factById as Map<string, unknown>).delete("ipcp-history")).toThrow(
      TypeError,
    );
  });

  it("takes a new source with a content edit alone", () => {
    const dir = copyFixture();
    editYaml(dir, "sources.yaml", (sources) => {
      sources.push({
        id: "new-outlet",
        outlet: "New Outlet",
        name: { uk: "New Outlet", en: "New Outlet", ko: "New Outlet" },
        language: "en",
        note: "A test.",
      });
    });
    editYaml(dir, "facts/event.yaml", (facts) => {
      facts[0].sources.push("new-outlet");
    });
    const copy = loadContent(dir);
    expect(copy.sourceById.get("new-outlet")?.outlet).toBe("New Outlet");
    expect(copy.facts[0]?.sources).toContain("new-outlet");
  });

  it("loads a copy elsewhere: paths come from the argument, not the cwd", () => {
    expect(loadContent(copyFixture()).facts).toHaveLength(3);
  });
});

describe("defaultContentDir", () => {
  it("is the repository's content/ directory, resolved from the module", () => {
    expect(defaultContentDir.replace(/\\/g, "/")).toMatch(/\/content$/);
    expect(defaultContentDir).toBe(fileURLToPath(new URL("../../content", import.meta.url)));
  });
});
