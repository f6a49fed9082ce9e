/**
 * Facts: article-based facts cite the article's source (article.yaml
 * meta.source), answers fit an inline result (300 characters), titles fit a
 * button (60), and no question is listed twice, neither within a fact nor
 * under two facts (the engine could not tell which one was meant).
 */
import { charLength, comparableKey } from "../../text/comparable.js";
import type { ParsedContent } from "../parsed.js";
import { type Fact, LANGS } from "../schema.js";
import { at } from "./shared.js";

export const ANSWER_MAX_CHARS = 300;
/** Titles become button labels and inline result titles: short enough to read at a glance. */
export const TITLE_MAX_CHARS = 60;

export function checkFacts(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  /** Language + comparableKey(question) → the fact entry and path where it was first listed. */
  const seen = new Map<string, { fact: Fact; path: string }>();
  // Without a valid article meta there is no source to require: that problem is reported.
  const articleSource = parsed.meta?.value.source;
  for (const { file, value: f } of parsed.facts) {
    const problem = (path: string, text: string) => at(file, "fact", f.id, path, text);
    if (articleSource && f.article.length > 0 && !f.sources.includes(articleSource)) {
      problems.push(
        problem("sources", `must include ${articleSource}: the fact restates the article`),
      );
    }
    f.related.forEach((id, i) => {
      if (id === f.id) problems.push(problem(`related[${i}]`, "is the fact itself"));
    });
    for (const lang of LANGS) {
      const titleLength = charLength(f.title[lang]);
      if (titleLength > TITLE_MAX_CHARS) {
        problems.push(
          problem(
            `title.${lang}`,
            `has ${titleLength} characters, at most ${TITLE_MAX_CHARS} allowed`,
          ),
        );
      }
      const length = charLength(f.answer[lang]);
      if (length > ANSWER_MAX_CHARS) {
        problems.push(
          problem(
            `answer.${lang}`,
            `has ${length} characters, at most ${ANSWER_MAX_CHARS} allowed`,
          ),
        );
      }
      f.questions[lang].forEach((question, i) => {
        const key = `${lang}\u0000${comparableKey(question, parsed.textVariants)}`;
        const path = `questions.${lang}[${i}]`;
        const first = seen.get(key);
        if (!first) seen.set(key, { fact: f, path });
        else if (first.fact === f) problems.push(problem(path, `repeats ${first.path}`));
        else problems.push(problem(path, `is also a question of fact "${first.fact.id}"`));
      });
    }
  }
  return problems;
}
