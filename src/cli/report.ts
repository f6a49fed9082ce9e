import { loadConfigOrExit } from "../config.js";
import { buildReport } from "../feedback/records.js";
import { openStore } from "../store/open.js";

/**
 * `npm run report`: what curators should look at, from the bot's own store
 * (DATA_DIR's SQLite, or REDIS_URL): the most frequent questions the bot could
 * not answer, and the facts users voted down, with their comments.
 */
const config = loadConfigOrExit({ requireToken: false });
const store = await openStore(config);
const report = await buildReport(store);
await store.close();

console.log(`Unanswered questions (${report.unanswered.length} most frequent):`);
if (report.unanswered.length === 0) console.log("  none recorded");
for (const { question, lang, count } of report.unanswered)
  console.log(`  ${String(count).padStart(4)}× [${lang}] ${question}`);
console.log(`\nDownvoted answers (${report.downvoted.length}):`);
if (report.downvoted.length === 0) console.log("  none recorded");
for (const { fact, down, up, comments } of report.downvoted) {
  console.log(`  ${fact}: 👎 ${down}, 👍 ${up}`);
  for (const comment of comments) console.log(`      “${comment}”`);
}
