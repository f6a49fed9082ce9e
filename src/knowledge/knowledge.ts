import { type Content, loadContent } from "./content/index.js";
import { createLanguageDetector, type LanguageDetector } from "./language.js";

/**
 * The knowledge library's front door: the loaded content and everything the
 * bot, the local chat, the evaluation and the benchmarks compute from it.
 * Plain TypeScript, no grammY.
 */
export interface Knowledge {
  readonly content: Content;
  /** Script-based language of user text, with glossary names ignored. */
  readonly detectLanguage: LanguageDetector;
}

export function createKnowledge(content: Content): Knowledge {
  return {
    content,
    detectLanguage: createLanguageDetector(glossaryNames(content)),
  };
}

/** Loads `content/` (validated; throws ContentError) and builds the knowledge on it. */
export function loadKnowledge(contentDir?: string): Knowledge {
  return createKnowledge(loadContent(contentDir));
}

/** Every spelling of every glossary name, in all scripts, variants included. */
export function glossaryNames(content: Pick<Content, "glossary">): string[] {
  return content.glossary.flatMap((entry) => [
    ...entry.names.uk,
    ...entry.names.en,
    ...entry.names.ko,
    ...(entry.variants ?? []),
  ]);
}
