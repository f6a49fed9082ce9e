import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore, SQLITE_FILE_NAME } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";

const opened: Store[] = [];
const open = (dir: string) => {
  const store = openSqliteStore(dir);
  opened.push(store);
  return store;
};
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});
const tempDir = () => mkdtempSync(join(tmpdir(), "pb-sqlite-"));
const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));

/** What another process sees: its own connection to the file. */
function readFromOutside(dir: string, namespace: string, key: string): unknown {
  const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const row = db
      .prepare<[string, string], { value: string }>(
        "SELECT value FROM kv WHERE namespace = ? AND key = ?",
      )
      .get(namespace, key);
    return row ? JSON.parse(row.value) : undefined;
  } finally {
    db.close();
  }
}

describe("SQLite group commit", () => {
  it("shows a write at once in this process, and to other processes once the turn ends", async () => {
    const dir = tempDir();
    const sessions = open(dir).adapter<{ language: string }>("session");
    await sessions.write("1", { language: "ko" });
    expect(await sessions.read("1")).toEqual({ language: "ko" });
    expect(readFromOutside(dir, "session", "1")).toBeUndefined(); // not committed yet
    await endOfTurn();
    expect(readFromOutside(dir, "session", "1")).toEqual({ language: "ko" });
  });

  it("commits what is pending on close", async () => {
    const dir = tempDir();
    const store = openSqliteStore(dir);
    await store.adapter("session").write("2", { language: "uk" });
    await store.close();
    expect(readFromOutside(dir, "session", "2")).toEqual({ language: "uk" });
  });

  it("shares one connection between stores on one file, open until the last is closed", async () => {
    const dir = tempDir();
    const [a, b] = [open(dir), open(dir)];
    // A second connection would wait for the first one's open transaction: this would hang.
    await a.adapter("session").write("3", { language: "en" });
    await b.adapter("session").write("4", { language: "uk" });
    expect(await b.adapter("session").read("3")).toEqual({ language: "en" });
    await a.close();
    expect(() => a.adapter("session").read("3")).toThrow(/closed/);
    expect(await b.adapter("session").read("4")).toEqual({ language: "uk" });
    expect(await b.ping()).toBe(true);
  });
});
