/**
 * glossary.yaml: a name or variant stands for one entry only. The engine
 * maps names to entries; a name shared by two entries could mean either.
 */
import { comparableKey } from "../../text/comparable.js";
import type { ParsedContent } from "../parsed.js";
import { LANGS } from "../schema.js";
import { at } from "./shared.js";

export function checkGlossary(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const { file, value: g } of parsed.glossary) {
    const names = [
      ...LANGS.flatMap((lang) =>
        g.names[lang].map((name, i) => ({ name, path: `names.${lang}[${i}]` })),
      ),
      ...g.variants.map((name, i) => ({ name, path: `variants[${i}]` })),
    ];
    for (const { name, path } of names) {
      const key = comparableKey(name, parsed.textVariants);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, g.id);
      else if (first !== g.id) {
        problems.push(
          at(file, "glossary", g.id, path, `"${name}" is also a name of glossary "${first}"`),
        );
      }
    }
  }
  return problems;
}
