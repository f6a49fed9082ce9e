/**
 * article.yaml against editorial/article.uk.txt: the Ukrainian sentences of
 * each paragraph, joined with one space, are the article's line byte for
 * byte; the fixed paragraph and sentence ids; the photo credit.
 */

import type { Located, ParsedContent } from "../parsed.js";
import { fileProblem } from "../problem.js";
import { EDITORIAL_FILES } from "../read.js";
import type { Paragraph } from "../schema.js";
import { ARTICLE_TXT, at, excerpt } from "./shared.js";

export const PARAGRAPH_COUNT = 12;

/** Fixed by docs/content-format.md: one sentence per paragraph except p10. */
export const ARTICLE_SENTENCE_IDS: readonly string[] = Array.from(
  { length: PARAGRAPH_COUNT },
  (_, i) => (i === 9 ? ["p10.s1", "p10.s2"] : [`p${i + 1}.s1`]),
).flat();

/** A non-empty line of article.uk.txt with its 1-based line number in the file. */
interface EditorialLine {
  text: string;
  lineNo: number;
}

export function editorialLines(text: string): EditorialLine[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ text: line, lineNo: i + 1 }))
    .filter((line) => line.text.trim() !== "");
}

export function checkArticle(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const { totals } = parsed;
  const file = parsed.meta?.file ?? parsed.paragraphs[0]?.file ?? "article.yaml";
  if (totals.paragraphs !== undefined && totals.paragraphs !== PARAGRAPH_COUNT) {
    problems.push(
      at(
        file,
        "article",
        "paragraphs",
        "",
        `has ${totals.paragraphs} paragraphs, expected ${PARAGRAPH_COUNT}`,
      ),
    );
  }
  parsed.paragraphs.forEach((p, i) => {
    problems.push(...checkIds(p, i));
  });

  if (parsed.editorial.article === undefined) return problems; // missing: already reported
  const lines = editorialLines(parsed.editorial.article);
  if (lines.length !== PARAGRAPH_COUNT + 1) {
    problems.push(
      fileProblem(
        EDITORIAL_FILES.article,
        `has ${lines.length} non-empty lines, expected ${PARAGRAPH_COUNT + 1} (12 paragraphs and the photo credit)`,
      ),
    );
    return problems; // the line-by-line comparison would only repeat this
  }
  for (const p of parsed.paragraphs) {
    const n = Number(p.value.id.slice(1));
    const line = n >= 1 && n <= PARAGRAPH_COUNT ? lines[n - 1] : undefined;
    if (line) problems.push(...compareText(p, line));
  }
  const credit = lines[PARAGRAPH_COUNT];
  if (parsed.meta && credit && parsed.meta.value.photo_credit !== credit.text) {
    problems.push(
      at(
        parsed.meta.file,
        "article",
        "meta",
        "photo_credit",
        `is "${parsed.meta.value.photo_credit}", but ${ARTICLE_TXT} line ${credit.lineNo} is "${credit.text}"`,
      ),
    );
  }
  return problems;
}

/** Paragraph i is p<i+1>; its sentences are exactly the fixed ids for it. */
function checkIds({ file, value: p }: Located<Paragraph>, index: number): string[] {
  const problems: string[] = [];
  const expectedId = `p${index + 1}`;
  if (p.id !== expectedId) {
    problems.push(
      at(
        file,
        "paragraph",
        p.id,
        "id",
        `should be "${expectedId}": paragraphs are p1…p12 in article order`,
      ),
    );
    return problems;
  }
  const expected = ARTICLE_SENTENCE_IDS.filter((id) => id.startsWith(`${p.id}.`));
  const actual = p.sentences.map((s) => s.id);
  if (expected.length > 0 && actual.join(",") !== expected.join(",")) {
    problems.push(
      at(
        file,
        "paragraph",
        p.id,
        "sentences",
        `are ${actual.join(", ")}, expected ${expected.join(", ")}`,
      ),
    );
  }
  return problems;
}

/** Walks the line sentence by sentence and reports the first one that differs. */
function compareText({ file, value: p }: Located<Paragraph>, line: EditorialLine): string[] {
  let pos = 0;
  for (const sentence of p.sentences) {
    const expected = (pos === 0 ? "" : " ") + sentence.uk;
    if (line.text.startsWith(expected, pos)) {
      pos += expected.length;
      continue;
    }
    let diff = 0;
    while (diff < expected.length && expected[diff] === line.text[pos + diff]) diff++;
    const column = pos + diff + 1;
    const from = diff - Math.min(10, diff); // a little context before the difference
    return [
      at(
        file,
        "sentence",
        sentence.id,
        "uk",
        `differs from ${ARTICLE_TXT} line ${line.lineNo} at character ${column}: ` +
          `"${excerpt(expected, from)}" vs "${excerpt(line.text, pos + from)}"`,
      ),
    ];
  }
  if (pos < line.text.length) {
    return [
      at(
        file,
        "paragraph",
        p.id,
        "sentences",
        `end at character ${pos} but ${ARTICLE_TXT} line ${line.lineNo} goes on: "${excerpt(line.text, pos)}"`,
      ),
    ];
  }
  return [];
}
