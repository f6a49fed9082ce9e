/**
 * `npm run content:check [dir]`: load content/ exactly as the bot does and
 * either list every problem, including views too long for one Telegram
 * message (exit 1), or print what the content holds and which article
 * sentences no fact covers yet.
 */
import { resolve } from "node:path";
import { oversizedViews } from "../bot/views/oversized.js";
import { createI18n } from "../i18n/i18n.js";
import type { Content } from "../knowledge/content/content.js";
import { computeCoverage } from "../knowledge/content/coverage.js";
import { defaultContentDir, loadContent } from "../knowledge/content/load.js";
import { ContentError } from "../knowledge/content/problem.js";
import { LANGS } from "../knowledge/content/schema.js";

const EXAMPLES_PER_LANGUAGE = 3;

function main(): number {
  const dir = process.argv[2] ? resolve(process.argv[2]) : defaultContentDir;
  let content: Content;
  try {
    content = loadContent(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const oversized = oversizedViews(content, createI18n());
  if (oversized.length > 0) {
    process.stderr.write(`Views too long for one message:\n  ${oversized.join("\n  ")}\n`);
    return 1;
  }
  process.stdout.write(`${summary(content).join("\n")}\n`);
  return 0;
}

function summary(content: Content): string[] {
  const coverage = computeCoverage(content);
  const lines = [
    "Content OK",
    `  facts ${content.facts.length}, areas ${content.areas.itpp.length}, quotes ${content.quotes.length}, ` +
      `glossary entries ${content.glossary.length}, sources ${content.sources.length}, quiz items ${content.quiz.length}`,
    "",
    "Facts per topic:",
    ...coverage.factsPerTopic.map(({ topic, facts }) => `  ${topic.padEnd(10)} ${facts}`),
    "",
    "Questions per language:",
  ];
  for (const lang of LANGS) {
    lines.push(`  ${lang}: ${coverage.questionsPerLanguage[lang]}, e.g.`);
    for (const fact of content.facts.slice(0, EXAMPLES_PER_LANGUAGE)) {
      lines.push(`    - ${fact.questions[lang][0]} (${fact.id})`);
    }
  }
  lines.push("", "Article coverage:");
  for (const { id, facts } of coverage.sentences) {
    lines.push(`  ${id.padEnd(7)} ${facts.length > 0 ? facts.join(", ") : "-"}`);
  }
  lines.push(
    coverage.uncovered.length === 0
      ? `  all ${coverage.sentences.length} sentences covered`
      : `  uncovered: ${coverage.uncovered.join(", ")}`,
  );
  return lines;
}

process.exitCode = main();
