import { loadKnowledge } from "../src/knowledge/knowledge.js";
import { LANGS } from "../src/knowledge/languages.js";
import { evaluate, loadEvalSet, ratio } from "./eval/legacy.js";
import { byLang, type Figures, figures } from "./eval/metrics.js";
import { type Result, scoreDialogues, scoreQuestions, scoreSmallTalk } from "./eval/score.js";
import { loadBlindSet, loadDialogueSet, loadSmallTalkSet, loadTuneSet } from "./eval/sets.js";

/**
 * `npm run eval`: answer quality graded on the reply text a user reads, per
 * language and category, for the frozen blind set (aggregates and the ids of
 * false answers only: never look at its questions while tuning), the tune
 * set (`--misses` lists what it got wrong), the small-talk and dialogue sets,
 * and the legacy set graded on fact ids.
 */
const showMisses = process.argv.includes("--misses");
const knowledge = loadKnowledge();
const pct = (value: number) =>
  Number.isNaN(value) ? "     -" : `${(value * 100).toFixed(1)}%`.padStart(6);

const HEADER = "lang  category        n   right  honest  declined  false  wrong-lang";
function row(lang: string, group: string, f: Figures): string {
  return `${lang.padEnd(5)} ${group.padEnd(14)} ${String(f.total).padStart(3)}  ${pct(f.right)}  ${pct(f.honest)}    ${pct(f.declined)} ${pct(f.falseShare)}      ${pct(f.wrongLanguage)}`;
}

function table(title: string, results: readonly Result[], { categories }: { categories: boolean }) {
  console.log(`\n${title}\n${HEADER}`);
  for (const lang of LANGS) {
    const mine = byLang(results, lang);
    console.log(row(lang, "all", figures(mine)));
    if (!categories) continue;
    for (const group of [...new Set(mine.map((r) => r.group))]) {
      console.log(row(lang, group, figures(mine.filter((r) => r.group === group))));
    }
  }
}

const idsOf = (results: readonly Result[], test: (r: Result) => boolean) =>
  results.filter(test).map((r) => r.id);

const blind = await scoreQuestions(knowledge, loadBlindSet());
table("Blind set (frozen; aggregates and false-answer ids only)", blind, { categories: true });
const falseIds = idsOf(blind, (r) => r.graded.grade === "wrong");
console.log(`false answers: ${falseIds.length > 0 ? falseIds.join(", ") : "none"}`);

const tune = await scoreQuestions(knowledge, loadTuneSet());
table("Tune set (the only set to tune on)", tune, { categories: true });
/** Right, honest about a gap, or an out-of-scope question declined. */
const isGood = (r: Result) =>
  r.graded.grade === "right" ||
  r.graded.grade === "honest" ||
  (r.kind === "out-of-scope" && r.graded.grade === "declined");
const tuneMisses = tune.filter((r) => !isGood(r));
console.log(
  `${tuneMisses.length} not right${showMisses ? ":" : " (npm run eval -- --misses lists them)"}`,
);
if (showMisses) {
  const items = new Map(loadTuneSet().map((item) => [item.id, item]));
  for (const miss of tuneMisses) {
    console.log(
      `  [${miss.id} ${miss.graded.grade}] ${items.get(miss.id)?.q}\n      → ${miss.graded.text.replace(/\n/g, " ").slice(0, 200)}`,
    );
  }
}

const smallTalk = await scoreSmallTalk(knowledge, loadSmallTalkSet());
table("Small talk (frozen; aggregates and failing ids only)", smallTalk, { categories: true });
// Ids only: the items themselves stay unread, so the set stays blind.
const smallTalkFailures = idsOf(smallTalk, (r) => !isGood(r));
console.log(`not right: ${smallTalkFailures.length > 0 ? smallTalkFailures.join(", ") : "none"}`);
const dialogues = await scoreDialogues(knowledge, loadDialogueSet());
table("Dialogues (frozen; a dialogue is right when every turn is)", dialogues, {
  categories: false,
});
console.log(`failing: ${idsOf(dialogues, (r) => r.graded.grade !== "right").join(", ") || "none"}`);

console.log("\nLegacy set (graded on fact ids; its dev split was tuned on)");
console.log("lang  split    in-scope  top-1   out-of-scope  declined");
const legacy = loadEvalSet();
for (const lang of LANGS) {
  for (const split of ["dev", "holdout"] as const) {
    const s = evaluate(
      knowledge,
      legacy.filter((item) => item.lang === lang && item.split === split),
    );
    console.log(
      `${lang}    ${split.padEnd(8)} ${String(s.inScope).padStart(8)} ${pct(ratio(s.top1, s.inScope))}  ${String(s.outOfScope).padStart(12)}    ${pct(ratio(s.declined, s.outOfScope))}`,
    );
  }
}
