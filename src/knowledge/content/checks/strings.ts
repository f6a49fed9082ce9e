/**
 * Rules for every string in every YAML file, valid entry or not: no
 * placeholder text left behind. (Whether each view of the content fits one
 * Telegram message is the bot's check: src/bot/views/oversized.ts.)
 */
import { locate } from "../locate.js";
import type { ParsedContent } from "../parsed.js";
import { problemAt } from "../problem.js";

const PLACEHOLDERS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /\bTODO\b/i, label: "TODO" },
  { pattern: /\bTBD\b/i, label: "TBD" },
  { pattern: /lorem/i, label: "lorem" },
  { pattern: /\bXXX\b/i, label: "XXX" },
  { pattern: /\{\{/, label: "{{" },
  // An ellipsis is fine inside a sentence; alone it stands for text not yet written.
  { pattern: /^\s*(?:…|\.\.\.)\s*$/, label: "…" },
];

export function checkStrings(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  for (const doc of parsed.documents) {
    for (const { path, value } of strings(doc.root, [])) {
      const place = () => locate(doc.file, doc.kind, doc.root, path);
      for (const { pattern, label } of PLACEHOLDERS) {
        if (pattern.test(value))
          problems.push(problemAt(place(), `contains placeholder text "${label}"`));
      }
    }
  }
  return problems;
}

function* strings(
  node: unknown,
  path: PropertyKey[],
): Generator<{ path: PropertyKey[]; value: string }> {
  if (typeof node === "string") yield { path, value: node };
  else if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* strings(child, [...path, i]);
  } else if (typeof node === "object" && node !== null) {
    for (const [key, child] of Object.entries(node)) yield* strings(child, [...path, key]);
  }
}
