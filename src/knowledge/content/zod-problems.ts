/**
 * Zod issues rewritten as curator-readable problems. Zod's own messages
 * ("Too small: expected string to have >=1 characters") say little to someone
 * editing YAML, so each issue code gets a short phrase: "is empty",
 * "is missing", "is an unknown key".
 */
import type { z } from "zod";
import { childOf, locate } from "./locate.js";
import { fileProblem, problemAt } from "./problem.js";

type Issue = z.core.$ZodIssue;

export interface DocumentRef {
  /** Relative to content/, e.g. `facts/event.yaml`. */
  file: string;
  /** The kind of the file's entries (`fact`) or of the file itself (`article`). */
  kind: string;
  root: unknown;
}

export function zodProblems(doc: DocumentRef, issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) => issueProblems(doc, issue));
}

function issueProblems(doc: DocumentRef, issue: Issue): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => at(doc, [...issue.path, key], "is an unknown key"));
  }
  return [at(doc, issue.path, describe(issue, valueAt(doc.root, issue.path)))];
}

function at(doc: DocumentRef, path: readonly PropertyKey[], problem: string): string {
  if (path.length === 0) return fileProblem(doc.file, problem);
  return problemAt(locate(doc.file, doc.kind, doc.root, path), problem);
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) {
        // Lists such as `related` or `article` are required even when empty.
        return issue.expected === "array"
          ? "is missing: write [] when there are none"
          : "is missing";
      }
      if (value === null) return "is empty";
      // YAML reads unquoted 2023 or yes as a number or boolean: say how to fix it.
      if (
        issue.expected === "string" &&
        (typeof value === "number" || typeof value === "boolean")
      ) {
        return `must be a string, not ${typeName(value)}: quote it in the YAML`;
      }
      return `must be ${issue.expected}, not ${typeName(value)}`;
    case "too_small":
      return tooSmall(issue, value);
    case "too_big":
      return tooBig(issue, value);
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(value)}`;
    case "invalid_key": {
      // A mapping's key (spellings.yaml): what is wrong with the key itself.
      const key = issue.path.at(-1);
      return issue.issues.map((inner) => describe(inner, key)).join("; ");
    }
    default:
      // invalid_format and custom carry the message written in schema.ts.
      return issue.message;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === "string") return min <= 1 ? "is empty" : `is shorter than ${min} characters`;
  if (issue.origin === "array")
    return `has ${count(value)}, ${issue.exact ? "exactly" : "at least"} ${min} required`;
  return `must be at least ${min}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === "string") return `is longer than ${max} characters`;
  if (issue.origin === "array")
    return `has ${count(value)}, ${issue.exact ? `exactly ${max} required` : `at most ${max} allowed`}`;
  return `must be at most ${max}`;
}

function count(value: unknown): string {
  const n = Array.isArray(value) ? value.length : 0;
  return n === 1 ? "1 entry" : `${n} entries`;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => childOf(node, key), root);
}
