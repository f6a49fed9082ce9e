/** Every id is unique within its kind; fact ids across all facts/*.yaml files. */

import type { Located, ParsedContent } from "../parsed.js";
import { contentPath } from "../problem.js";
import { at } from "./shared.js";

export function checkUniqueIds(parsed: ParsedContent): string[] {
  const sentences = parsed.paragraphs.flatMap(({ file, value }) =>
    value.sentences.map((s) => ({ file, value: s })),
  );
  const ipcpAreas = parsed.ipcp
    ? parsed.ipcp.value.known.map((value) => ({ file: parsed.ipcp?.file ?? "", value }))
    : [];
  return [
    ...duplicates("paragraph", parsed.paragraphs),
    ...duplicates("sentence", sentences),
    ...duplicates("source", parsed.sources),
    ...duplicates("glossary", parsed.glossary),
    ...duplicates("quote", parsed.quotes),
    ...duplicates("area", parsed.areas),
    ...duplicates("ipcp-area", ipcpAreas),
    ...duplicates("fact", parsed.facts),
    ...duplicates("quiz", parsed.quiz),
  ];
}

/** Reports every repeat of an id, pointing at where it was first used. */
function duplicates(kind: string, entries: readonly Located<{ id: string }>[]): string[] {
  const firstFile = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, value } of entries) {
    const first = firstFile.get(value.id);
    if (first === undefined) firstFile.set(value.id, file);
    else
      problems.push(
        at(
          file,
          kind,
          value.id,
          "id",
          `is already used by another ${kind} in ${contentPath(first)}`,
        ),
      );
  }
  return problems;
}
