/**
 * sources.yaml: the fixed set of source ids, and URLs and titles only where
 * background.md gives them, so no citation can be invented.
 */
import type { ParsedContent } from "../parsed.js";
import { at, BACKGROUND_MD, includesNormalized } from "./shared.js";

/** Fixed by docs/content-format.md. */
export const SOURCE_IDS: readonly string[] = [
  "ukrinform",
  "yonhap",
  "korea-herald",
  "kyeongin-ilbo",
  "edaily",
  "wowtv",
  "kbs-world",
  "european-interest",
  "nato-2019",
  "rusi",
];

export function checkSources(parsed: ParsedContent): string[] {
  if (parsed.unchecked.has("source")) return []; // sources.yaml missing or not a list: reported
  const problems: string[] = [];
  const file = parsed.sources[0]?.file ?? "sources.yaml";
  const background = parsed.editorial.background;
  const urls = background === undefined ? undefined : backgroundUrls(background);
  for (const { file, value: s } of parsed.sources) {
    const problem = (path: string, text: string) => at(file, "source", s.id, path, text);
    if (!SOURCE_IDS.includes(s.id)) {
      problems.push(problem("id", `is not one of the fixed source ids: ${SOURCE_IDS.join(", ")}`));
    }
    if (s.url !== undefined && urls && !urls.has(s.url)) {
      problems.push(problem("url", `is not one of the URLs listed in ${BACKGROUND_MD}`));
    }
    if (
      s.title !== undefined &&
      background !== undefined &&
      !includesNormalized(background, s.title)
    ) {
      problems.push(problem("title", `is not a title given in ${BACKGROUND_MD}`));
    }
  }
  const present = new Set([...parsed.sources.map((s) => s.value.id), ...parsed.invalidIds.source]);
  for (const id of SOURCE_IDS) {
    if (!present.has(id)) problems.push(at(file, "source", id, "", "is missing"));
  }
  return problems;
}

/** Every http(s) URL in background.md, without trailing punctuation. */
function backgroundUrls(background: string): Set<string> {
  const found = background.match(/https?:\/\/[^\s)>\]]+/g) ?? [];
  return new Set(found.map((url) => url.replace(/[.,;:]+$/, "")));
}
