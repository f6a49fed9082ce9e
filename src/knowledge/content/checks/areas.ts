/**
 * areas.yaml: the ITPP's areas, as many as `itpp_count` states, numbered
 * 1..N in background.md order and each listed once; `article.mentioned`
 * agreeing with the sentences listed; the Korean source labels really from
 * background.md; the IPCP's known areas no more than its stated count.
 */
import { comparableKey, type TextVariants } from "../../text/comparable.js";
import type { ParsedContent } from "../parsed.js";
import { LANGS, type Localized } from "../schema.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

export function checkAreas(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const { areas, itppCount, ipcp, totals } = parsed;
  if (itppCount && totals.areas !== undefined && totals.areas !== itppCount.value) {
    problems.push(
      at(
        itppCount.file,
        "areas",
        "itpp",
        "",
        `has ${totals.areas} areas, but itpp_count is ${itppCount.value}`,
      ),
    );
  }
  // Positions only mean something when no entry was dropped for a schema problem.
  const positioned = totals.areas === areas.length;
  areas.forEach(({ file, value: a }, i) => {
    const problem = (path: string, text: string) => at(file, "area", a.id, path, text);
    if (positioned && a.number !== i + 1) {
      problems.push(
        problem(
          "number",
          `is ${a.number}, expected ${i + 1}: areas are numbered 1, 2, … in background.md order`,
        ),
      );
    }
    if (a.article.mentioned && a.article.sentences.length === 0) {
      problems.push(problem("article.sentences", "is empty, but article.mentioned is true"));
    }
    if (!a.article.mentioned && a.article.sentences.length > 0) {
      problems.push(problem("article.sentences", "must be empty when article.mentioned is false"));
    }
    const background = parsed.editorial.background;
    if (
      background !== undefined &&
      !includesNormalized(background, a.name_ko_source, parsed.textVariants)
    ) {
      problems.push(problem("name_ko_source", `"${a.name_ko_source}" is not in ${BACKGROUND_MD}`));
    }
  });
  problems.push(
    ...listedOnce(
      "area",
      areas.map(({ file, value: a }) => ({ file, id: a.id, name: a.name })),
      parsed.textVariants,
    ),
  );
  if (ipcp) {
    const { file, value } = ipcp;
    if (value.known.length > value.count) {
      problems.push(
        at(
          file,
          "areas",
          "ipcp",
          "known",
          `lists ${value.known.length} areas, more than count ${value.count}`,
        ),
      );
    }
    const known = value.known.map((k) => ({ file, ...k }));
    problems.push(...listedOnce("ipcp-area", known, parsed.textVariants));
  }
  return problems;
}

/** No two areas share a name in any language: that is one area listed twice. */
function listedOnce(
  kind: string,
  entries: readonly { file: string; id: string; name: Localized<string> }[],
  variants: TextVariants,
): string[] {
  const problems: string[] = [];
  /** Language + comparableKey(name) → the id of the area first named so. */
  const owner = new Map<string, string>();
  for (const { file, id, name } of entries) {
    const keys = LANGS.map((lang) => ({
      lang,
      key: `${lang}\u0000${comparableKey(name[lang], variants)}`,
    }));
    const repeat = keys.find(({ key }) => owner.has(key) && owner.get(key) !== id);
    if (!repeat) {
      for (const { key } of keys) owner.set(key, id);
      continue;
    }
    const first = owner.get(repeat.key);
    problems.push(
      at(
        file,
        kind,
        id,
        `name.${repeat.lang}`,
        `"${name[repeat.lang]}" is also the name of ${kind} "${first}": list each area once`,
      ),
    );
  }
  return problems;
}
