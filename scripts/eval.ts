import { loadKnowledge } from "../src/knowledge/knowledge.js";
import { LANGS } from "../src/knowledge/languages.js";
import { evaluate, loadEvalSet, ratio, type Scores } from "../test/eval/evaluate.js";

/**
 * `npm run eval`: answer quality per language on the development set, both
 * splits (dev: tuned on; holdout: never tuned on). `--misses` lists every miss.
 */
const showMisses = process.argv.includes("--misses");
// `--split dev` limits the miss list to the split that may be tuned on.
const missSplit = process.argv.includes("--split")
  ? process.argv[process.argv.indexOf("--split") + 1]
  : undefined;
const knowledge = loadKnowledge();
const items = loadEvalSet();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

console.log("lang  split    in-scope  top-1    top-3    out-of-scope  declined  wrong-lang");
const allMisses: Scores["misses"] = [];
for (const lang of LANGS) {
  for (const split of ["dev", "holdout", "all"] as const) {
    const chosen = items.filter(
      (item) => item.lang === lang && (split === "all" || item.split === split),
    );
    const s = evaluate(knowledge, chosen);
    if (split === (missSplit ?? "all")) allMisses.push(...s.misses);
    console.log(
      `${lang}    ${split.padEnd(8)} ${String(s.inScope).padStart(8)} ${percent(ratio(s.top1, s.inScope))}  ${percent(ratio(s.top3, s.inScope))}  ${String(s.outOfScope).padStart(12)} ${percent(ratio(s.declined, s.outOfScope))}  ${String(s.wrongLanguage).padStart(10)}`,
    );
  }
}
console.log(
  `\n${allMisses.length} misses${showMisses ? ":" : " (npm run eval -- --misses lists them)"}`,
);
if (showMisses) {
  for (const miss of allMisses) {
    const want = [miss.item.expect, ...(miss.item.also ?? [])].join("|");
    console.log(
      `  [${miss.item.lang}/${miss.item.split}/${miss.item.kind}] ${miss.item.q}\n      want ${want}, got ${miss.got} (${miss.confidence.toFixed(2)}${miss.lang !== miss.item.lang ? `, replied in ${miss.lang}` : ""})`,
    );
  }
}
