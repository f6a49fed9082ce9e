import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";
import { LANGS, type Lang } from "../../src/knowledge/lang.js";

/**
 * The development set of free questions, test/eval/dev.<lang>.yaml: the
 * evaluation (test/eval) scores answers on it, the benchmarks ask its
 * questions, and the calibration fits on its dev split.
 */
const itemSchema = z.strictObject({
  q: z.string().min(1),
  expect: z.string().min(1),
  also: z.array(z.string()).optional(),
  split: z.enum(["dev", "holdout"]),
  kind: z.string(),
});
export type EvalItem = z.infer<typeof itemSchema> & { lang: Lang };

export const EVAL_DIR = fileURLToPath(new URL("../../test/eval/", import.meta.url));

export function loadEvalSet(dir = EVAL_DIR): EvalItem[] {
  return LANGS.flatMap((lang) => {
    const yaml = load(readFileSync(`${dir}dev.${lang}.yaml`, "utf8"), { schema: CORE_SCHEMA });
    return z
      .array(itemSchema)
      .parse(yaml)
      .map((item) => ({ ...item, lang }));
  });
}
