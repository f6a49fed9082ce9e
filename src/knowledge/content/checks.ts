/**
 * All cross-checks: the rules of docs/content-format.md that a per-file
 * schema cannot express. Each runs on whatever passed validation and returns
 * its problems; none stops the others.
 */

import { checkAreas } from "./checks/areas.js";
import { checkArticle } from "./checks/article.js";
import { checkAspects } from "./checks/aspects.js";
import { checkFacts } from "./checks/facts.js";
import { checkGlossary } from "./checks/glossary.js";
import { checkUniqueIds } from "./checks/ids.js";
import { checkQuiz } from "./checks/quiz.js";
import { checkQuotes } from "./checks/quotes.js";
import { checkReferences } from "./checks/references.js";
import { checkSources } from "./checks/sources.js";
import { checkStrings } from "./checks/strings.js";
import type { ParsedContent } from "./parsed.js";

const CHECKS: readonly ((parsed: ParsedContent) => string[])[] = [
  checkUniqueIds,
  checkReferences,
  checkArticle,
  checkSources,
  checkGlossary,
  checkAspects,
  checkQuotes,
  checkAreas,
  checkFacts,
  checkQuiz,
  checkStrings,
];

export function runChecks(parsed: ParsedContent): string[] {
  return CHECKS.flatMap((check) => check(parsed));
}
