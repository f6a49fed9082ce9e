import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "../../scripts/support/process.js";

/**
 * Vitest global setup: builds dist/ once, before any test file runs. The
 * process tests then start `node dist/main.js` as `npm start` does (runStart),
 * instead of each rebuilding it in npm's prestart while another test worker
 * may be loading it.
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: REPO_ROOT, stdio: "inherit" });
}
