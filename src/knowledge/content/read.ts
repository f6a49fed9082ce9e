/**
 * Reads content/ from disk: the YAML files (parsed, not yet validated) and the
 * two editorial texts. Unreadable files and YAML syntax errors become problems
 * here; the rest of the loader only sees what parsed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { fileProblem } from "./problem.js";

/** The single-file YAML documents, by what they hold. */
export const YAML_FILES = {
  article: "article.yaml",
  sources: "sources.yaml",
  glossary: "glossary.yaml",
  quotes: "quotes.yaml",
  areas: "areas.yaml",
  quiz: "quiz.yaml",
  spellings: "spellings.yaml",
  smallTalk: "smalltalk.yaml",
  questionTypes: "question-types.yaml",
  premises: "premises.yaml",
  followUps: "follow-ups.yaml",
} as const;
export type YamlFileName = keyof typeof YAML_FILES;

export const FACTS_DIR = "facts";

export const EDITORIAL_FILES = {
  article: "editorial/article.uk.txt",
  background: "editorial/background.md",
} as const;

/** A parsed YAML file. `root` is undefined when the file is missing or broken. */
export interface RawDocument {
  /** Relative to content/. */
  file: string;
  root: unknown;
}

export interface RawContent {
  yaml: Record<YamlFileName, RawDocument>;
  facts: RawDocument[];
  editorial: { article: string | undefined; background: string | undefined };
}

export function readContent(dir: string, problems: string[]): RawContent {
  const yaml = Object.fromEntries(
    Object.entries(YAML_FILES).map(([name, file]) => [name, readYaml(dir, file, problems)]),
  ) as Record<YamlFileName, RawDocument>;
  return {
    yaml,
    facts: factFiles(dir, problems).map((file) => readYaml(dir, file, problems)),
    editorial: {
      article: readText(dir, EDITORIAL_FILES.article, problems),
      background: readText(dir, EDITORIAL_FILES.background, problems),
    },
  };
}

/** facts/*.yaml in name order, so fact order (and "first wins" for duplicates) is stable. */
function factFiles(dir: string, problems: string[]): string[] {
  const factsDir = join(dir, FACTS_DIR);
  if (!existsSync(factsDir)) {
    problems.push(fileProblem(`${FACTS_DIR}/`, "directory is missing"));
    return [];
  }
  const names = readdirSync(factsDir).sort();
  for (const name of names.filter((n) => n.endsWith(".yml"))) {
    // A .yml file would be silently skipped: say so instead.
    problems.push(fileProblem(`${FACTS_DIR}/${name}`, "is ignored: fact files must end in .yaml"));
  }
  const files = names.filter((n) => n.endsWith(".yaml")).map((n) => `${FACTS_DIR}/${n}`);
  if (files.length === 0) problems.push(fileProblem(`${FACTS_DIR}/`, "has no .yaml files"));
  return files;
}

function readYaml(dir: string, file: string, problems: string[]): RawDocument {
  const text = readText(dir, file, problems);
  if (text === undefined) return { file, root: undefined };
  try {
    // js-yaml: several times faster than the yaml package on our files, which
    // matters for start-up; it stops at the first syntax error of a file.
    return { file, root: load(text, { filename: file, schema: CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark
      ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}`
      : "";
    problems.push(fileProblem(file, `YAML error: ${error.reason}${where}`));
    return { file, root: undefined };
  }
}

function readText(dir: string, file: string, problems: string[]): string | undefined {
  try {
    return readFileSync(join(dir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(fileProblem(file, code === "ENOENT" ? "is missing" : `cannot be read (${code})`));
    return undefined;
  }
}
