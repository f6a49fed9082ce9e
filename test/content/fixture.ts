/**
 * Test helpers: a throw-away copy of the valid fixture content that a test
 * can break one way, and the problems loadContent then reports.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORE_SCHEMA, dump, load } from "js-yaml";

const parse = (text: string) => load(text, { schema: CORE_SCHEMA });
const stringify = (value: unknown) => dump(value, { schema: CORE_SCHEMA, lineWidth: -1 });

import { loadContent } from "../../src/knowledge/content/load.js";
import { ContentError } from "../../src/knowledge/content/problem.js";

export const VALID_FIXTURE = fileURLToPath(new URL("../fixtures/content/valid/", import.meta.url));

const copies: string[] = [];

/** A fresh copy of the valid fixture; removed by cleanupCopies(). */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "content-fixture-"));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

export function cleanupCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Rewrites one YAML file of a copy through `change`, which edits the parsed data in place. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary YAML shapes
export function editYaml(dir: string, file: string, change: (root: any) => void): void {
  const path = join(dir, file);
  const root = parse(readFileSync(path, "utf8"));
  change(root);
  writeFileSync(path, stringify(root));
}

/** The problems loadContent reports for `dir`; fails the test when it loads cleanly. */
export function problemsOf(dir: string): readonly string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${dir} to have content problems, but it loaded`);
}
