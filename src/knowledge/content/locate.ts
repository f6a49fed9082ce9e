/**
 * Turns a raw path inside a YAML document (as zod or the string walker report
 * it) into a Place: the innermost entry with an id, and the path below it.
 * This is what lets a zod issue at [3, "answer", "ko"] read as
 * `fact "itpp-areas-count": answer.ko`.
 */
import { formatPath, type Place } from "./problem.js";

/**
 * Lists of entries inside an entry, by the kind of the entry that holds them.
 * A list at the top of a file holds entries of the file's own kind.
 */
const NESTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  article: { paragraphs: "paragraph" },
  paragraph: { sentences: "sentence" },
  areas: { itpp: "area", known: "ipcp-area" },
};

export function locate(
  file: string,
  fileKind: string,
  root: unknown,
  path: readonly PropertyKey[],
): Place {
  if (path.length === 0) return { file, kind: fileKind, id: "(file)" };
  let kind = fileKind;
  let id = "";
  let rest: PropertyKey[] = [];
  let node: unknown = root;
  let previous: PropertyKey | undefined;
  path.forEach((key, i) => {
    const child = childOf(node, key);
    const isEntry =
      i === 0 ||
      (typeof key === "number" && typeof previous === "string" && previous in (NESTED[kind] ?? {}));
    if (isEntry) {
      kind = i === 0 ? fileKind : (NESTED[kind]?.[previous as string] ?? kind);
      // An object file (article.yaml, areas.yaml) has its top-level keys as entries.
      id = typeof key === "number" ? entryId(child, key) : String(key);
      rest = [];
    } else {
      rest.push(key);
    }
    previous = key;
    node = child;
  });
  return { file, kind, id, path: formatPath(rest) };
}

/** The entry's own id when it has a usable one, else its index. */
export function entryId(entry: unknown, index: number): string {
  const raw = isRecord(entry) ? entry.id : undefined;
  return typeof raw === "string" && raw.trim() !== "" ? raw : `[${index}]`;
}

export function childOf(node: unknown, key: PropertyKey): unknown {
  if (Array.isArray(node) && typeof key === "number") return node[key];
  if (isRecord(node)) return node[String(key)];
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
