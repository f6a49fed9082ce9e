import { type Analyzer, createAnalyzer } from "./analysis/analyzer.js";
import { type AnswerEngine, createAnswerEngine } from "./answer.js";
import { type Content, loadContent } from "./content/index.js";
import { createLanguageDetector, type LanguageDetector } from "./language.js";
import { buildArticleIndexes, buildFactIndexes } from "./search/collections.js";

/**
 * The knowledge library's front door: the loaded content and everything the
 * bot, the local chat, the evaluation and the benchmarks compute from it.
 * Plain TypeScript, no grammY.
 */
export interface Knowledge extends AnswerEngine {
  readonly content: Content;
  readonly analyzer: Analyzer;
  /** Script-based language of user text, with glossary names ignored. */
  readonly detectLanguage: LanguageDetector;
}

/** Builds the analyser and the search indexes over loaded content. */
export function createKnowledge(content: Content): Knowledge {
  const analyzer = createAnalyzer(content.glossary, content.spellings.search);
  const detectLanguage = createLanguageDetector(glossaryNames(content));
  const engine = createAnswerEngine({
    content,
    analyzer,
    detectLanguage,
    facts: buildFactIndexes(content, analyzer),
    article: buildArticleIndexes(content, analyzer),
  });
  return { content, analyzer, detectLanguage, answer: engine.answer };
}

/** Loads `content/` (validated; throws ContentError) and builds the knowledge on it. */
export function loadKnowledge(contentDir?: string): Knowledge {
  return createKnowledge(loadContent(contentDir));
}

/**
 * Every spelling of every glossary name, in all scripts, variants included.
 * Concepts and off-topic words are ordinary words, not names: they do tell
 * the asker's language.
 */
export function glossaryNames(content: Pick<Content, "glossary">): string[] {
  return content.glossary
    .filter((entry) => entry.kind !== "concept")
    .flatMap((entry) => [
      ...entry.names.uk,
      ...entry.names.en,
      ...entry.names.ko,
      ...(entry.variants ?? []),
    ]);
}
