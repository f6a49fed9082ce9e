/**
 * What facts and premises say they are about must be something a question
 * can name: every aspect is declared by a glossary concept, and a fact's
 * subject and a premise's names are names, not concepts or off-topic words.
 */
import type { ParsedContent } from "../parsed.js";
import { at } from "./shared.js";

export function checkAspects(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const declared = new Set(
    parsed.glossary.flatMap((g) => (g.value.aspect ? [g.value.aspect] : [])),
  );
  const kindOf = new Map(parsed.glossary.map((g) => [g.value.id, g.value.kind]));
  const isName = (id: string) => {
    const kind = kindOf.get(id);
    return kind === undefined || (kind !== "concept" && kind !== "offtopic"); // unknown ids: references.ts
  };
  for (const { file, value: g } of parsed.glossary) {
    if (g.aspect && g.kind !== "concept" && g.kind !== "offtopic")
      problems.push(
        at(
          file,
          "glossary",
          g.id,
          "aspect",
          "only a concept or off-topic entry may declare an aspect",
        ),
      );
    if (g.background && g.kind === "concept")
      problems.push(at(file, "glossary", g.id, "background", "only a name may be background"));
  }
  const checkAspectList = (file: string, kind: string, id: string, aspects: readonly string[]) =>
    aspects.forEach((aspect, i) => {
      if (!declared.has(aspect))
        problems.push(at(file, kind, id, `aspects[${i}]`, `"${aspect}" is declared by no concept`));
    });
  const checkNames = (
    file: string,
    kind: string,
    id: string,
    path: string,
    ids: readonly string[],
  ) =>
    ids.forEach((name, i) => {
      if (!isName(name))
        problems.push(at(file, kind, id, `${path}[${i}]`, `"${name}" is a concept, not a name`));
    });
  for (const { file, value: f } of parsed.facts) {
    checkAspectList(file, "fact", f.id, f.aspects);
    checkNames(file, "fact", f.id, "subject", f.subject);
  }
  for (const { file, value: p } of parsed.premises) {
    checkAspectList(file, "premise", p.id, p.aspects);
    checkNames(file, "premise", p.id, "names", p.names);
    if (p.names.length + p.aspects.length === 0)
      problems.push(at(file, "premise", p.id, "names", "needs at least one name or aspect"));
  }
  return problems;
}
