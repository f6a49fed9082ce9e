/** The knowledge library's content API: load once, then read. */
export type { ArticleSentence, Content } from "./content.js";
export { type Coverage, computeCoverage } from "./coverage.js";
export { defaultContentDir, loadContent } from "./load.js";
export { ContentError } from "./problem.js";
export * from "./schema.js";
