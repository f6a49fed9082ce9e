import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { StorageAdapter } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { skipUnchangedWrites } from "../../src/store/skip-unchanged.js";
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

describe("skipUnchangedWrites", () => {
  /** The real SQLite adapter, counting the writes and deletes that reach it. */
  function counted(dir: string) {
    const inner = open(dir).adapter<Record<string, unknown>>("session");
    const reached: string[] = [];
    const adapter: StorageAdapter<Record<string, unknown>> = {
      read: (key) => inner.read(key),
      write: (key, value) => {
        reached.push(`write ${key}`);
        return inner.write(key, value);
      },
      delete: (key) => {
        reached.push(`delete ${key}`);
        return inner.delete(key);
      },
    };
    return { sessions: skipUnchangedWrites(adapter), reached, inner };
  }

  it("drops the write-back of a session that did not change", async () => {
    const { sessions, reached, inner } = counted(tempDir());
    await inner.write("1", { language: "uk" });
    const session = await sessions.read("1");
    await sessions.write("1", { ...session });
    expect(reached).toEqual([]);
  });

  it("writes a changed session, and the next unchanged one is dropped again", async () => {
    const { sessions, reached, inner } = counted(tempDir());
    await inner.write("1", { language: "uk" });
    await sessions.read("1");
    await sessions.write("1", { language: "ko" });
    expect(reached).toEqual(["write 1"]);
    expect(await inner.read("1")).toEqual({ language: "ko" });
    await sessions.read("1");
    await sessions.write("1", { language: "ko" });
    expect(reached).toEqual(["write 1"]);
  });

  it("leaves no row for a user who never chose anything", async () => {
    const { sessions, reached, inner } = counted(tempDir());
    expect(await sessions.read("9")).toBeUndefined();
    await sessions.write("9", {});
    expect(reached).toEqual([]);
    expect(await inner.read("9")).toBeUndefined();
  });

  it("writes when nothing was read first (no memory of the key)", async () => {
    const { sessions, reached } = counted(tempDir());
    await sessions.write("5", { language: "en" });
    expect(reached).toEqual(["write 5"]);
  });

  it("deletes a stored session, and skips deleting one that was never stored", async () => {
    const { sessions, reached, inner } = counted(tempDir());
    await inner.write("6", { language: "en" });
    await sessions.read("6");
    await sessions.delete("6");
    await sessions.read("7");
    await sessions.delete("7");
    expect(reached).toEqual(["delete 6"]);
    expect(await inner.read("6")).toBeUndefined();
  });
});
