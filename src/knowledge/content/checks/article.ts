/**
 * article.yaml against editorial/article.uk.txt, for an article of any
 * length: paragraphs are p1, p2, … in order and the sentences of pK are
 * pK.s1, pK.s2, … in order; every non-empty line before the last is one
 * paragraph, its Ukrainian sentences joined with one space, byte for byte;
 * the last non-empty line is the photo credit. The first sentence cannot be
 * shown `with_previous`, and the translations are signed by a source outlet
 * or the editors.
 */

import type { Located, ParsedContent } from "../parsed.js";
import { fileProblem } from "../problem.js";
import { EDITORIAL_FILES } from "../read.js";
import type { Paragraph } from "../schema.js";
import { translatorNames } from "./quotes.js";
import { ARTICLE_TXT, at, excerpt } from "./shared.js";

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
  // Positions only mean something when no paragraph was dropped for a schema problem.
  const positioned = parsed.totals.paragraphs === parsed.paragraphs.length;
  if (positioned) {
    parsed.paragraphs.forEach((p, i) => {
      problems.push(...checkIds(p, i));
    });
  }
  problems.push(...checkFirstSentence(parsed), ...checkTranslators(parsed));
  if (parsed.editorial.article === undefined) return problems; // missing: already reported
  const lines = editorialLines(parsed.editorial.article);
  const credit = lines.at(-1);
  if (!credit) {
    return [...problems, fileProblem(EDITORIAL_FILES.article, "has no text")];
  }
  problems.push(...checkLines(parsed, lines.slice(0, -1), positioned));
  if (parsed.meta && parsed.meta.value.photo_credit !== credit.text) {
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

/** The article's first sentence has none before it to be shown with. */
function checkFirstSentence(parsed: ParsedContent): string[] {
  const p1 = parsed.paragraphs.find((p) => p.value.id === "p1");
  const first = p1?.value.sentences[0];
  if (!p1 || !first?.with_previous) return [];
  const problem = "is true, but no sentence comes before it";
  return [at(p1.file, "sentence", first.id, "with_previous", problem)];
}

/** The article's translations are signed like quote translations: an outlet or the editors. */
function checkTranslators(parsed: ParsedContent): string[] {
  const translators = translatorNames(parsed);
  if (!parsed.meta || !translators) return [];
  const { file, value: meta } = parsed.meta;
  return Object.entries(meta.translations)
    .filter(([, t]) => !translators.accepts(t.by))
    .map(([lang, t]) =>
      at(file, "article", "meta", `translations.${lang}.by`, translators.problem(t.by)),
    );
}

/** Paragraph i is p<i+1>; its sentences are p<i+1>.s1, p<i+1>.s2, … in order. */
function checkIds({ file, value: p }: Located<Paragraph>, index: number): string[] {
  const expectedId = `p${index + 1}`;
  if (p.id !== expectedId) {
    return [
      paragraphAt(
        file,
        p,
        "id",
        `should be "${expectedId}": paragraphs are p1, p2, … in article order`,
      ),
    ];
  }
  const actual = p.sentences.map((s) => s.id);
  const expected = actual.map((_, i) => `${p.id}.s${i + 1}`);
  if (actual.join(",") === expected.join(",")) return [];
  const numbering = `expected ${expected.join(", ")}: sentences are numbered from s1 in order`;
  return [paragraphAt(file, p, "sentences", `are ${actual.join(", ")}, ${numbering}`)];
}

/**
 * Every line before the photo credit is covered by exactly one paragraph.
 * With as many paragraphs as lines, paragraph pK is compared with line K and
 * the first difference reported; otherwise the lines no paragraph equals and
 * the paragraphs no line equals are named.
 */
function checkLines(
  parsed: ParsedContent,
  body: readonly EditorialLine[],
  positioned: boolean,
): string[] {
  const total = parsed.totals.paragraphs;
  if (total === undefined) return []; // no list of paragraphs: already reported
  if (total === body.length) {
    // The i-th paragraph is the i-th line; with one dropped, its id says which line.
    return parsed.paragraphs.flatMap((p, i) => {
      const line = body[positioned ? i : Number(p.value.id.slice(1)) - 1];
      return line ? compareText(p, line) : [];
    });
  }
  const file = parsed.meta?.file ?? parsed.paragraphs[0]?.file ?? "article.yaml";
  const problems = [
    at(
      file,
      "article",
      "paragraphs",
      "",
      `are ${total}, but ${ARTICLE_TXT} has ${body.length} non-empty lines before the photo credit (its last line): one paragraph per line`,
    ),
  ];
  if (!positioned) return problems; // a paragraph that failed its schema would look missing
  const joined = (p: Paragraph) => p.sentences.map((s) => s.uk).join(" ");
  const paragraphTexts = new Set(parsed.paragraphs.map((p) => joined(p.value)));
  const lineTexts = new Set(body.map((line) => line.text));
  for (const line of body) {
    if (paragraphTexts.has(line.text)) continue;
    problems.push(
      fileProblem(
        EDITORIAL_FILES.article,
        `line ${line.lineNo} is in no paragraph of ${file}: "${excerpt(line.text, 0)}"`,
      ),
    );
  }
  for (const { file, value: p } of parsed.paragraphs) {
    if (lineTexts.has(joined(p))) continue;
    problems.push(paragraphAt(file, p, "sentences", `are no line of ${ARTICLE_TXT}`));
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
    const rest = excerpt(line.text, pos);
    const text = `end at character ${pos} but ${ARTICLE_TXT} line ${line.lineNo} goes on: "${rest}"`;
    return [paragraphAt(file, p, "sentences", text)];
  }
  return [];
}

function paragraphAt(file: string, p: Paragraph, path: string, problem: string): string {
  return at(file, "paragraph", p.id, path, problem);
}
