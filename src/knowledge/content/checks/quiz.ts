/**
 * Quiz items: enough of them, four distinct options per language, and no
 * wrong option that the fact's own answer states (it would then be "right").
 */
import { comparableKey } from "../../text/comparable.js";
import type { ParsedContent } from "../parsed.js";
import { fileProblem } from "../problem.js";
import { type Fact, LANGS } from "../schema.js";
import { at, containsOption } from "./shared.js";

export const QUIZ_MIN_ITEMS = 20;

export function checkQuiz(parsed: ParsedContent): string[] {
  const problems: string[] = [];
  const total = parsed.totals.quiz;
  if (total !== undefined && total < QUIZ_MIN_ITEMS) {
    const file = parsed.quiz[0]?.file ?? "quiz.yaml";
    problems.push(
      fileProblem(file, `has ${total} quiz items, at least ${QUIZ_MIN_ITEMS} required`),
    );
  }
  const facts = new Map<string, Fact>(parsed.facts.map((f) => [f.value.id, f.value]));
  for (const { file, value: q } of parsed.quiz) {
    const problem = (path: string, text: string) => at(file, "quiz", q.id, path, text);
    const fact = facts.get(q.fact);
    for (const lang of LANGS) {
      const options = [
        { path: `right.${lang}`, text: q.right[lang] },
        ...q.wrong[lang].map((text, i) => ({ path: `wrong.${lang}[${i}]`, text })),
      ];
      const firstPath = new Map<string, string>();
      for (const option of options) {
        const key = comparableKey(option.text, parsed.textVariants);
        const first = firstPath.get(key);
        if (first) problems.push(problem(option.path, `is the same option as ${first}`));
        else firstPath.set(key, option.path);
      }
      if (!fact) continue; // unknown fact: reported by the reference check
      options.slice(1).forEach((option) => {
        if (containsOption(fact.answer[lang], option.text, parsed.textVariants)) {
          problems.push(
            problem(option.path, `"${option.text}" appears in the answer of fact "${fact.id}"`),
          );
        }
      });
    }
  }
  return problems;
}
