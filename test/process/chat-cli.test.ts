import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runNpm } from "../../scripts/support/process.js";

/** `npm run chat` as a person or a script uses it: no token, no network. */
describe("npm run chat", () => {
  it("answers one message and exits (one-shot form)", async () => {
    const chat = runNpm(["run", "chat", "--", "--lang", "ko", "/start"], {
      DATA_DIR: mkdtempSync(join(tmpdir(), "pb-chat-")),
    });
    expect((await chat.exited).code).toBe(0);
    expect(chat.output()).toMatch(/^bot> 안녕하세요, Local님!/);
  });

  it("shows buttons as numbers, presses them, and keeps the choice for the next run", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pb-chat-"));
    const interactive = runNpm(
      ["run", "chat"],
      { DATA_DIR: dataDir },
      "/language\n1\n/help\n/quit\n",
    );
    expect((await interactive.exited).code).toBe(0);
    const output = interactive.output();
    expect(output).toContain("[1] Українська");
    expect(output).toContain("[3] 한국어");
    expect(output).toMatch(/bot \(edited\)> Готово/);
    expect(output).toContain("Команди");

    const again = runNpm(["run", "chat", "--", "/help"], { DATA_DIR: dataDir });
    expect((await again.exited).code).toBe(0);
    expect(again.output()).toContain("Команди");
  });

  it("refuses an unknown --lang with a clear message", async () => {
    const chat = runNpm(["run", "chat", "--", "--lang", "de", "hi"], {});
    expect((await chat.exited).code).toBe(2);
    expect(chat.output()).toContain("--lang must be one of uk, en, ko");
  });
});
