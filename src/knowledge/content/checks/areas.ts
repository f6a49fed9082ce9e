/**
 * areas.yaml: the ITPP's 11 areas numbered 1..11 in background.md order,
 * `article.mentioned` agreeing with the sentences listed, the Korean source
 * labels really from background.md, and the IPCP's 7.
 */
import type { ParsedContent } from "../parsed.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

export const ITPP_AREA_COUNT = 11;
export const IPCP_AREA_COUNT = 7;

export function checkAreas(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const { areas, ipcp, totals } = parsed;
  const file = areas[0]?.file ?? ipcp?.file ?? "areas.yaml";
  if (totals.areas !== undefined && totals.areas !== ITPP_AREA_COUNT) {
    problems.push(
      at(file, "areas", "itpp", "", `has ${totals.areas} areas, expected ${ITPP_AREA_COUNT}`),
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
          `is ${a.number}, expected ${i + 1}: areas are numbered 1..11 in background.md order`,
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
    if (background !== undefined && !includesNormalized(background, a.name_ko_source)) {
      problems.push(problem("name_ko_source", `"${a.name_ko_source}" is not in ${BACKGROUND_MD}`));
    }
  });
  if (ipcp && ipcp.value.count !== IPCP_AREA_COUNT) {
    problems.push(
      at(
        ipcp.file,
        "areas",
        "ipcp",
        "count",
        `is ${ipcp.value.count}, expected ${IPCP_AREA_COUNT}`,
      ),
    );
  }
  return problems;
}
