import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";
import { LANGS, type Lang } from "../../src/knowledge/languages.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

/**
 * The evaluation sets under test/eval/, validated as they are read:
 * - blind/blind.<lang>.yaml: written apart from the bot and frozen; look at
 *   its aggregates and false-answer ids only, never tune on it;
 * - blind/tune.<lang>.yaml: by the same writer, the only set to tune on;
 * - smalltalk/smalltalk.<lang>.yaml: greetings, thanks … and questions dressed as small talk;
 * - dialogues/dialogues.<lang>.yaml: runs of one to three turns.
 * Each brief the writers were given is the BRIEF.md beside its set.
 */
export const EVAL_DIR = join(PACKAGE_ROOT, "test", "eval");

const matchList = z.array(z.string().min(1)).default([]);

const questionSchema = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  kind: z.enum(["answer", "gap", "out-of-scope"]),
  q: z.string().min(1),
  must: matchList,
  must_not: matchList,
  note: z.string().optional(),
});
export type Question = z.infer<typeof questionSchema> & { lang: Lang };

const smallTalkSchema = z.object({
  id: z.string().min(1),
  intent: z.string().min(1),
  q: z.string().min(1),
  kind: z.enum(["answer", "gap", "out-of-scope"]).optional(),
  must: matchList,
  must_not: matchList,
});
export type SmallTalkItem = z.infer<typeof smallTalkSchema> & { lang: Lang };

const turnSchema = z.object({
  q: z.string().min(1),
  kind: z.enum(["answer", "gap", "out-of-scope", "unresolved"]),
  must: matchList,
  must_not: matchList,
  after_minutes: z.number().nonnegative().optional(),
  chat: z.union([z.literal(1), z.literal(2)]).optional(),
});
const dialogueSchema = z.object({ id: z.string().min(1), turns: z.array(turnSchema).min(1) });
export type Turn = z.infer<typeof turnSchema>;
export type Dialogue = z.infer<typeof dialogueSchema> & { lang: Lang };

function readSet<T extends z.ZodType>(file: string, schema: T) {
  const parsed = load(readFileSync(join(EVAL_DIR, file), "utf8"), { schema: CORE_SCHEMA });
  return z.array(schema).parse(parsed, { error: () => `${file}: not a valid evaluation set` });
}

function perLanguage<T extends z.ZodType>(file: (lang: Lang) => string, schema: T) {
  return LANGS.flatMap((lang) =>
    readSet(file(lang), schema).map((item) => ({ ...(item as object), lang })),
  ) as Array<z.infer<T> & { lang: Lang }>;
}

export const loadBlindSet = (): Question[] =>
  perLanguage((lang) => `blind/blind.${lang}.yaml`, questionSchema);
export const loadTuneSet = (): Question[] =>
  perLanguage((lang) => `blind/tune.${lang}.yaml`, questionSchema);
export const loadSmallTalkSet = (): SmallTalkItem[] =>
  perLanguage((lang) => `smalltalk/smalltalk.${lang}.yaml`, smallTalkSchema);
export const loadDialogueSet = (): Dialogue[] =>
  perLanguage((lang) => `dialogues/dialogues.${lang}.yaml`, dialogueSchema);
