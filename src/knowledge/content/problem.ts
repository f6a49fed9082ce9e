/**
 * How a content problem is written and thrown. One format everywhere, so a
 * curator can jump from any line straight to the file and the entry:
 *   content/<file>: <kind> "<id>": <path> <problem>
 * File-level problems (unreadable file, bad YAML) have no entry and read
 *   content/<file>: <problem>
 */

/** Where in the content a problem sits. `file` is relative to content/. */
export interface Place {
  file: string;
  kind: string;
  /** The entry's id, or `[index]` when it has none. */
  id: string;
  /** Path inside the entry, e.g. `answer.ko` or `wrong.en[2]`; empty for the entry itself. */
  path?: string;
}

export function problemAt(place: Place, problem: string): string {
  const where = place.path ? `${place.path} ${problem}` : problem;
  return `${contentPath(place.file)}: ${place.kind} "${place.id}": ${where}`;
}

export function fileProblem(file: string, problem: string): string {
  return `${contentPath(file)}: ${problem}`;
}

export function contentPath(file: string): string {
  return `content/${file}`;
}

/** `["wrong", "en", 2]` → `wrong.en[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Thrown by loadContent with every problem found, never just the first. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: readonly string[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super([`content/ has ${count}:`, ...problems].join("\n"));
    this.name = "ContentError";
    this.problems = [...problems];
  }
}
