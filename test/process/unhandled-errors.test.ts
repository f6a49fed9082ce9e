import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";

/**
 * A rejection nobody handled ends the process with status 1 and one JSON log
 * line, as main.ts installs it: a process manager that restarts on failure
 * sees it. (The bot itself has no way to cause one on purpose.)
 */
function runWith(body: string) {
  const dir = mkdtempSync(join(tmpdir(), "pb-unhandled-"));
  const file = join(dir, "script.ts");
  const module = (path: string) => pathToFileURL(join(PACKAGE_ROOT, path)).href;
  writeFileSync(
    file,
    `import { exitOnUnhandledErrors } from ${JSON.stringify(module("src/runtime/fatal.ts"))};
import { createLogger } from ${JSON.stringify(module("src/logger.ts"))};
exitOnUnhandledErrors(createLogger({ level: "info", format: "json" }));
${body}
setTimeout(() => console.log("still running"), 2000);
`,
  );
  return spawnSync(process.execPath, ["--import", "tsx", file], {
    cwd: PACKAGE_ROOT,
    encoding: "utf8",
    timeout: 15_000,
  });
}

describe("an error nobody handled", () => {
  it.each([
    ["a rejection", 'Promise.reject(new Error("boom"));', "unhandled rejection: boom; exiting"],
    [
      "an exception",
      'setTimeout(() => { throw new Error("bang"); }, 10);',
      "uncaught exception: bang; exiting",
    ],
  ])("%s ends the process with status 1 and one fatal log line", (_, body, message) => {
    const run = runWith(body);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("still running");
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ level: 60, msg: message })]);
  });
});
