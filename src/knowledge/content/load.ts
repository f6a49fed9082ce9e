/**
 * loadContent: read content/ once, validate every file, run the cross-checks,
 * and return the frozen Content, or throw a ContentError listing every
 * problem found.
 */

import { CONTENT_DIR } from "../../paths.js";
import { runChecks } from "./checks.js";
import { buildContent, type Content } from "./content.js";
import type { ParsedContent } from "./parsed.js";
import { ContentError } from "./problem.js";
import { readContent } from "./read.js";
import { validateContent } from "./validate.js";

/** The package's content/, found from the package root so the cwd does not matter. */
export const defaultContentDir = CONTENT_DIR;

export function loadContent(dir: string = defaultContentDir): Content {
  const problems: string[] = [];
  const raw = readContent(dir, problems);
  const parsed = validateContent(raw, problems);
  problems.push(...runChecks(parsed));
  if (problems.length > 0) throw new ContentError(problems);
  return buildContent(complete(parsed));
}

/** With no problems reported, every part validated; this only narrows the types. */
function complete(parsed: ParsedContent) {
  const { meta, itppCount, ipcp, spellings, smallTalk, questionTypes, followUps } = parsed;
  if (!meta || !itppCount || !ipcp || !spellings || !smallTalk || !questionTypes || !followUps)
    throw new ContentError(["content/: incomplete content without a reported problem"]);
  const values = <T>(list: readonly { value: T }[]) => list.map((entry) => entry.value);
  return {
    article: { meta: meta.value, paragraphs: values(parsed.paragraphs) },
    sources: values(parsed.sources),
    glossary: values(parsed.glossary),
    quotes: values(parsed.quotes),
    areas: { itpp_count: itppCount.value, itpp: values(parsed.areas), ipcp: ipcp.value },
    facts: values(parsed.facts),
    quiz: values(parsed.quiz),
    spellings,
    smallTalk: smallTalk.value,
    questionTypes: questionTypes.value,
    premises: values(parsed.premises),
    followUps: followUps.value,
  };
}
