/**
 * Each test breaks one thing in a copy of the valid fixture and expects the
 * exact problem line: file, entry id, path and problem.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../src/knowledge/content/load.js";
import { ContentError } from "../../src/knowledge/content/problem.js";
import { cleanupCopies, copyFixture, editYaml, problemsOf } from "./fixture.js";

afterEach(cleanupCopies);

const AREAS_FACT = 'content/facts/programme.yaml: fact "itpp-areas-count"';
const SIGNING_FACT = 'content/facts/event.yaml: fact "itpp-signing"';
const QUOTE = 'content/quotes.yaml: quote "stoltenberg-indo-pacific-europe"';
const ARTICLE = "content/article.yaml";
const ARTICLE_TXT = "content/editorial/article.uk.txt";
const EXTRA = "Новий абзац, якого немає в article.yaml.";

/** Rewrites the non-empty lines of a copy's editorial/article.uk.txt through `change`. */
function editLines(dir: string, change: (lines: string[]) => void): void {
  const path = join(dir, "editorial/article.uk.txt");
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  change(lines);
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** Copies the fixture, applies `breakIt`, and returns the problems. */
function problemsAfter(breakIt: (dir: string) => void): readonly string[] {
  const dir = copyFixture();
  breakIt(dir);
  return problemsOf(dir);
}

describe("one problem at a time", () => {
  it("empty answer.ko", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/programme.yaml", (facts) => {
        facts[0].answer.ko = "  ";
      }),
    );
    expect(problems).toEqual([`${AREAS_FACT}: answer.ko is empty`]);
  });

  it("a language key missing", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quotes.yaml", (quotes) => {
        delete quotes[0].context.ko;
      }),
    );
    expect(problems).toEqual([`${QUOTE}: context.ko is missing`]);
  });

  it("an unknown key", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].colour = "blue";
      }),
    );
    expect(problems).toEqual([`${SIGNING_FACT}: colour is an unknown key`]);
  });

  it("a fact id used in two files", () => {
    const problems = problemsAfter((dir) => {
      let copy: unknown;
      editYaml(dir, "facts/programme.yaml", (facts) => {
        copy = { ...facts[1], questions: { uk: q("uk"), en: q("en"), ko: q("ko") } };
      });
      // facts/event.yaml sorts first, so the programme.yaml entry is the repeat.
      editYaml(dir, "facts/event.yaml", (facts) => facts.push(copy));
    });
    expect(problems).toEqual([
      'content/facts/programme.yaml: fact "ipcp-history": id is already used by another fact in content/facts/event.yaml',
    ]);
  });

  it("an unknown source id", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/programme.yaml", (facts) => {
        facts[0].sources.push("reuters");
      }),
    );
    expect(problems).toEqual([`${AREAS_FACT}: sources[2] refers to unknown source "reuters"`]);
  });

  it("a source removed while a fact still cites it", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "sources.yaml", (sources) => {
        sources.splice(
          sources.findIndex((s: { id: string }) => s.id === "nato-2019"),
          1,
        );
      }),
    );
    expect(problems).toEqual([
      'content/facts/programme.yaml: fact "ipcp-history": sources[1] refers to unknown source "nato-2019"',
    ]);
  });

  it("a fact restating the article without citing the article's source", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].sources = ["yonhap"];
      }),
    );
    expect(problems).toEqual([
      `${SIGNING_FACT}: sources must include ukrinform: the fact restates the article`,
    ]);
  });

  it("an unknown article sentence id", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/programme.yaml", (facts) => {
        facts[0].article = ["p1.s1", "p13.s1"];
      }),
    );
    expect(problems).toEqual([
      `${AREAS_FACT}: article[1] refers to unknown article sentence "p13.s1"`,
    ]);
  });

  it("a dangling related fact", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].related = ["itpp-areas-count", "itpp-budget"];
      }),
    );
    expect(problems).toEqual([`${SIGNING_FACT}: related[1] refers to unknown fact "itpp-budget"`]);
  });

  it("an article sentence that differs from article.uk.txt", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "article.yaml", (article) => {
        const s = article.paragraphs[2].sentences[0];
        s.uk = s.uk.replace("у Вільнюсі", "у Варшаві");
      }),
    );
    expect(problems).toEqual([
      'content/article.yaml: sentence "p3.s1": uk differs from content/editorial/article.uk.txt line 4 at character 94: "…у НАТО у Варшаві підписали Індивідуальну…" vs "…у НАТО у Вільнюсі підписали Індивідуальн…"',
    ]);
  });

  it("a line of article.uk.txt that no paragraph covers", () => {
    const problems = problemsAfter((dir) => editLines(dir, (lines) => lines.splice(6, 0, EXTRA)));
    expect(problems).toEqual([
      `${ARTICLE}: article "paragraphs": are 12, but ${ARTICLE_TXT} has 13 non-empty lines before the photo credit (its last line): one paragraph per line`,
      `${ARTICLE_TXT}: line 7 is in no paragraph of article.yaml: "Новий абзац, якого немає в article.yaml."`,
    ]);
  });

  it("a paragraph whose line is missing from article.uk.txt", () => {
    const problems = problemsAfter((dir) => editLines(dir, (lines) => lines.splice(4, 1)));
    expect(problems).toEqual([
      `${ARTICLE}: article "paragraphs": are 12, but ${ARTICLE_TXT} has 11 non-empty lines before the photo credit (its last line): one paragraph per line`,
      `${ARTICLE}: paragraph "p5": sentences are no line of ${ARTICLE_TXT}`,
    ]);
  });

  it("a paragraph added to both files loads: the length of the article is data", () => {
    const dir = copyFixture();
    editLines(dir, (lines) => lines.splice(-1, 0, EXTRA));
    editYaml(dir, "article.yaml", (article) => {
      article.paragraphs.push({
        id: "p13",
        sentences: [{ id: "p13.s1", uk: EXTRA, en: "A new paragraph.", ko: "새 문단." }],
      });
    });
    expect(loadContent(dir).sentenceById.get("p13.s1")?.paragraphId).toBe("p13");
  });

  it("paragraphs and sentences numbered out of order", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "article.yaml", (article) => {
        article.paragraphs[1].id = "p3";
        article.paragraphs[9].sentences[1].id = "p10.s3";
      }),
    );
    expect(problems).toEqual([
      `${ARTICLE}: paragraph "p3": id is already used by another paragraph in ${ARTICLE}`,
      `${QUOTE}: translations.uk.article refers to unknown article sentence "p10.s2"`,
      `${ARTICLE}: paragraph "p3": id should be "p2": paragraphs are p1, p2, … in article order`,
      `${ARTICLE}: paragraph "p10": sentences are p10.s1, p10.s3, expected p10.s1, p10.s2: sentences are numbered from s1 in order`,
    ]);
  });

  it("the first sentence shown with a previous one", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "article.yaml", (article) => {
        article.paragraphs[0].sentences[0].with_previous = true;
        article.paragraphs[1].sentences[0].with_previous = "yes";
      }),
    );
    expect(problems).toEqual([
      `${ARTICLE}: sentence "p2.s1": with_previous must be boolean, not string "yes"`,
      `${ARTICLE}: sentence "p1.s1": with_previous is true, but no sentence comes before it`,
    ]);
  });

  it("a quote original that is not in background.md", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quotes.yaml", (quotes) => {
        quotes[0].original = quotes[0].original.replace("matters for Europe", "matters to Europe");
      }),
    );
    expect(problems).toEqual([
      `${QUOTE}: original is not in content/editorial/background.md (compared after normalising)`,
    ]);
  });

  it("a spelling the quote relies on, no longer declared in spellings.yaml", () => {
    const respell = (dir: string) =>
      editYaml(dir, "quotes.yaml", (quotes) => {
        const uk = quotes[0].translations.uk;
        uk.text = uk.text.replace("Індо-Тихоокеанському", "Індійсько-Тихоокеанському");
      });
    const dir = copyFixture();
    respell(dir);
    expect(loadContent(dir).quotes[0]?.translations.uk?.text).toMatch(/Індійсько/);
    const problems = problemsAfter((dir) => {
      respell(dir);
      editYaml(dir, "spellings.yaml", (spellings) => {
        spellings.compare = {};
      });
    });
    expect(problems).toEqual([
      `${QUOTE}: translations.uk.text is not in article sentence p10.s2 (compared after normalising)`,
    ]);
  });

  it("spellings that could never match", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "spellings.yaml", (spellings) => {
        spellings.compare["Індо–Тихоокеанськ"] = "індо-тихоокеанськ";
        spellings.search["cyber defense"] = "cyberdefence";
      }),
    );
    expect(problems).toEqual([
      `content/spellings.yaml: spellings "compare": Індо–Тихоокеанськ must be lower case, with plain ' " - and single spaces`,
      'content/spellings.yaml: spellings "search": cyber defense must be one lower-case English word (a–z)',
    ]);
  });

  it("a search spelling folded to a form that is folded again", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "spellings.yaml", (spellings) => {
        spellings.search.centre = "centres";
      }),
    );
    expect(problems).toEqual([
      'content/spellings.yaml: spellings "search": center folds to "centre", which is itself folded: fold straight to "centres"',
    ]);
  });

  it("a wrong quiz option equal to the right one", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quiz.yaml", (quiz) => {
        quiz[1].wrong.en[2] = "7";
      }),
    );
    expect(problems).toContain(
      'content/quiz.yaml: quiz "quiz-ipcp-areas": wrong.en[2] is the same option as right.en',
    );
  });

  it("a wrong quiz option that the fact's answer states", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quiz.yaml", (quiz) => {
        quiz[0].wrong.ko[1] = "7개";
      }),
    );
    expect(problems).toEqual([
      'content/quiz.yaml: quiz "quiz-itpp-areas": wrong.ko[1] "7개" appears in the answer of fact "itpp-areas-count"',
    ]);
  });

  it("placeholder text", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].answer.en = "TODO: write the answer";
      }),
    );
    expect(problems).toEqual([`${SIGNING_FACT}: answer.en contains placeholder text "TODO"`]);
  });

  it("an answer over 300 characters", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].answer.uk = `${"Програма партнерства. ".repeat(14)}Кінець.`;
      }),
    );
    expect(problems).toEqual([
      `${SIGNING_FACT}: answer.uk has 315 characters, at most 300 allowed`,
    ]);
  });

  it("too few questions, and a number where a string belongs", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "facts/event.yaml", (facts) => {
        facts[0].questions.en = facts[0].questions.en.slice(0, 4);
        facts[0].keywords.en.push(2023);
      }),
    );
    expect(problems).toEqual([
      `${SIGNING_FACT}: questions.en has 4 entries, at least 5 required`,
      `${SIGNING_FACT}: keywords.en[5] must be a string, not number 2023: quote it in the YAML`,
    ]);
  });

  it("a stated area count the lists do not match", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "areas.yaml", (areas) => {
        areas.itpp.pop();
        areas.ipcp.count = 3;
      }),
    );
    expect(problems).toEqual([
      'content/areas.yaml: areas "itpp": has 10 areas, but itpp_count is 11',
      'content/areas.yaml: areas "ipcp": known lists 4 areas, more than count 3',
    ]);
  });

  it("an area listed twice", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "areas.yaml", (areas) => {
        areas.itpp.push({ ...areas.itpp[0], id: "dialogue", number: 12 });
        areas.itpp_count = 12;
      }),
    );
    expect(problems).toEqual([
      'content/areas.yaml: area "dialogue": name.uk "Діалог і консультації" is also the name of area "dialogue-consultation": list each area once',
    ]);
  });

  it("areas numbered out of order, and the area count missing", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "areas.yaml", (areas) => {
        [areas.itpp[0].number, areas.itpp[1].number] = [2, 1];
        delete areas.itpp_count;
      }),
    );
    expect(problems).toEqual([
      'content/areas.yaml: areas "itpp_count": is missing',
      'content/areas.yaml: area "dialogue-consultation": number is 2, expected 1: areas are numbered 1, 2, … in background.md order',
      'content/areas.yaml: area "counter-terrorism": number is 1, expected 2: areas are numbered 1, 2, … in background.md order',
    ]);
  });

  it("more areas when the sources list more: the count is data", () => {
    const dir = copyFixture();
    editYaml(dir, "areas.yaml", (areas) => {
      const { name } = areas.itpp[0];
      areas.itpp.push({
        ...areas.itpp[0],
        id: "new-area",
        number: 12,
        name: { uk: `${name.uk} 2`, en: `${name.en} 2`, ko: `${name.ko} 2` },
      });
      areas.itpp_count = 12;
    });
    expect(loadContent(dir).areas.itpp).toHaveLength(12);
  });

  it("too few quiz items", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quiz.yaml", (quiz) => {
        quiz.pop();
      }),
    );
    expect(problems).toEqual(["content/quiz.yaml: has 19 quiz items, at least 20 required"]);
  });

  it("an invented source URL", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "sources.yaml", (sources) => {
        sources[0].url = "https://www.ukrinform.net/rubric-polytics/korea-nato.html";
      }),
    );
    expect(problems).toEqual([
      'content/sources.yaml: source "ukrinform": url is not one of the URLs listed in content/editorial/background.md',
    ]);
  });

  it("a source without its name in one language", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "sources.yaml", (sources) => {
        delete sources[1].name.ko;
      }),
    );
    expect(problems).toEqual(['content/sources.yaml: source "yonhap": name.ko is missing']);
  });

  it("a small-talk group of an intent the bot has no reply for", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "smalltalk.yaml", (smallTalk) => {
        smallTalk.groups[1].intent = "flattery";
      }),
    );
    expect(problems).toEqual([
      'content/smalltalk.yaml: small talk "groups": [1].intent must be one of "greeting", "thanks", "goodbye", "identity", "capabilities", "how-are-you", "ack", "rudeness", "help", not "flattery"',
    ]);
  });

  it("a source URL that is not http(s)", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "sources.yaml", (sources) => {
        sources[9].url = sources[9].url.replace("https:", "ftp:");
      }),
    );
    expect(problems).toContain('content/sources.yaml: source "rusi": url must be an http(s) URL');
  });

  it("a quote translation that is not in the article sentence it names", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "quotes.yaml", (quotes) => {
        quotes[0].translations.uk.article = "p10.s1";
      }),
    );
    expect(problems).toEqual([
      `${QUOTE}: translations.uk.text is not in article sentence p10.s1 (compared after normalising)`,
    ]);
  });

  it("translations signed by someone who is neither an outlet nor the editors", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "article.yaml", (article) => {
        article.meta.editors = "the bot team";
      }),
    );
    const signed = (by: string) =>
      `"${by}" is neither a source outlet in sources.yaml nor the editors ("the bot team", article.yaml meta.editors)`;
    expect(problems).toEqual([
      `${ARTICLE}: article "meta": translations.en.by ${signed("partnership-bot editors")}`,
      `${ARTICLE}: article "meta": translations.ko.by ${signed("partnership-bot editors")}`,
      `${QUOTE}: translations.ko.by ${signed("partnership-bot editors")}`,
    ]);
  });

  it("a glossary name shared by two entries", () => {
    const problems = problemsAfter((dir) =>
      editYaml(dir, "glossary.yaml", (glossary) => {
        glossary[4].variants = ["stoltenberg"];
      }),
    );
    expect(problems).toEqual([
      'content/glossary.yaml: glossary "vilnius": variants[0] "stoltenberg" is also a name of glossary "stoltenberg"',
    ]);
  });

  it("a missing file and a YAML syntax error", () => {
    const problems = problemsAfter((dir) => {
      rmSync(join(dir, "glossary.yaml"));
      writeFileSync(join(dir, "quiz.yaml"), "- id: [quiz-broken\n");
    });
    expect(problems).toContain("content/glossary.yaml: is missing");
    expect(problems.some((p) => p.startsWith("content/quiz.yaml: YAML error: "))).toBe(true);
    // References into the lost files are not reported again, one per use.
    expect(problems.filter((p) => p.includes("unknown glossary entry"))).toEqual([]);
  });
});

describe("many problems at once", () => {
  it("reports every problem, across files, in one ContentError", () => {
    const dir = copyFixture();
    editYaml(dir, "facts/programme.yaml", (facts) => {
      facts[0].answer.ko = "";
      facts[1].sources.push("reuters");
    });
    editYaml(dir, "facts/event.yaml", (facts) => {
      facts[0].related = ["itpp-budget"];
    });
    // An entry that fails its schema is left out of the cross-checks (its
    // problem is reported), so the unknown key goes on an entry of its own.
    editYaml(dir, "glossary.yaml", (glossary) => {
      glossary[4].colour = "blue";
    });
    editYaml(dir, "quotes.yaml", (quotes) => {
      quotes[0].original = "Security is regional.";
    });
    editYaml(dir, "article.yaml", (article) => {
      article.meta.photo_credit = "Photo: Yonhap";
    });

    let error: unknown;
    try {
      loadContent(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { problems, message } = error as ContentError;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${AREAS_FACT}: answer.ko is empty`,
        'content/facts/programme.yaml: fact "ipcp-history": sources[2] refers to unknown source "reuters"',
        'content/glossary.yaml: glossary "vilnius": colour is an unknown key',
        `${SIGNING_FACT}: related[0] refers to unknown fact "itpp-budget"`,
        `${QUOTE}: original is not in content/editorial/background.md (compared after normalising)`,
        'content/article.yaml: article "meta": photo_credit is "Photo: Yonhap", but content/editorial/article.uk.txt line 14 is "Фото: Yonhap"',
      ]),
    );
    expect(problems).toHaveLength(6);
    expect(message.split("\n")).toEqual(["content/ has 6 problems:", ...problems]);
  });
});

/** Five questions no other fact has, so a copied fact only repeats its id. */
function q(lang: string): string[] {
  return [1, 2, 3, 4, 5].map((n) => `${lang} copy question ${n}`);
}
