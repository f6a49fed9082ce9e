import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";
import type { Knowledge } from "../../src/knowledge/knowledge.js";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const parse = (text: string) => load(text, { schema: CORE_SCHEMA });

/**
 * The legacy evaluation: the older development set in
 * test/eval/legacy/dev.<lang>.yaml, graded on fact ids through the engine
 * (its dev split was tuned on; its holdout was not). Kept as a second,
 * labelled set beside the blind one, which grades the reply text.
 */
const itemSchema = z.strictObject({
  q: z.string().min(1),
  expect: z.string().min(1),
  also: z.array(z.string()).optional(),
  split: z.enum(["dev", "holdout"]),
  kind: z.string(),
});
export type EvalItem = z.infer<typeof itemSchema> & { lang: Lang };

export const LEGACY_DIR = join(PACKAGE_ROOT, "test", "eval", "legacy");

export function loadEvalSet(dir = LEGACY_DIR): EvalItem[] {
  return LANGS.flatMap((lang) => {
    const items = z
      .array(itemSchema)
      .parse(parse(readFileSync(join(dir, `dev.${lang}.yaml`), "utf8")));
    return items.map((item) => ({ ...item, lang }));
  });
}

export interface Miss {
  item: EvalItem;
  got: string;
  confidence: number;
  lang: Lang;
}

export interface Scores {
  inScope: number;
  top1: number;
  top3: number;
  outOfScope: number;
  declined: number;
  wrongLanguage: number;
  total: number;
  misses: Miss[];
}

const isOutOfScope = (item: EvalItem) => item.expect === "none";

export function evaluate(knowledge: Knowledge, items: readonly EvalItem[]): Scores {
  const scores: Scores = {
    inScope: 0,
    top1: 0,
    top3: 0,
    outOfScope: 0,
    declined: 0,
    wrongLanguage: 0,
    total: 0,
    misses: [],
  };
  for (const item of items) {
    scores.total++;
    const answer = knowledge.answer(item.q, knowledge.detectLanguage(item.q) ?? item.lang);
    if (answer.lang !== item.lang) scores.wrongLanguage++;
    const got =
      answer.fact?.id ??
      (answer.passage ? `article:${answer.passage.sentences.map((s) => s.id).join("+")}` : "none");
    const miss = () =>
      scores.misses.push({ item, got, confidence: answer.confidence, lang: answer.lang });
    if (isOutOfScope(item)) {
      scores.outOfScope++;
      // Small talk and "the sources don't say" state no fact either.
      if (answer.kind === "none" || answer.kind === "small-talk" || answer.kind === "gap")
        scores.declined++;
      else miss();
      continue;
    }
    scores.inScope++;
    const right = new Set([item.expect, ...(item.also ?? [])]);
    if (answer.fact && right.has(answer.fact.id)) scores.top1++;
    else miss();
    const offered = answer.kind === "fact" ? [answer.fact, ...answer.alternatives].slice(0, 3) : [];
    if (offered.some((fact) => fact && right.has(fact.id))) scores.top3++;
  }
  return scores;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
