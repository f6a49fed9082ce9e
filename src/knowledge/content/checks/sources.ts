/**
 * sources.yaml: URLs and titles only where background.md gives them, so no
 * citation can be invented. Which sources exist is data: ids are unique
 * (checks/ids.ts) and every id used elsewhere resolves (checks/references.ts).
 */
import type { ParsedContent } from "../parsed.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

export function checkSources(parsed: ParsedContent): string[] {
  if (parsed.unchecked.has("source")) return []; // sources.yaml missing or not a list: reported
  const problems: string[] = [];
  const background = parsed.editorial.background;
  const urls = background === undefined ? undefined : backgroundUrls(background);
  for (const { file, value: s } of parsed.sources) {
    const problem = (path: string, text: string) => at(file, "source", s.id, path, text);
    if (s.url !== undefined && urls && !urls.has(s.url)) {
      problems.push(problem("url", `is not one of the URLs listed in ${BACKGROUND_MD}`));
    }
    if (
      s.title !== undefined &&
      background !== undefined &&
      !includesNormalized(background, s.title, parsed.textVariants)
    ) {
      problems.push(problem("title", `is not a title given in ${BACKGROUND_MD}`));
    }
  }
  return problems;
}

/** Every http(s) URL in background.md, without trailing punctuation. */
function backgroundUrls(background: string): Set<string> {
  const found = background.match(/https?:\/\/[^\s)>\]]+/g) ?? [];
  return new Set(found.map((url) => url.replace(/[.,;:]+$/, "")));
}
