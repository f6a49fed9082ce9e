import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { StorageAdapter } from "grammy";
import type { Store } from "./types.js";

export const SQLITE_FILE_NAME = "bot.sqlite";

/**
 * SQLite store in `dataDir/bot.sqlite`. One table keyed by (namespace, key);
 * values are JSON text; rows may carry an expiry (seconds since epoch).
 * WAL mode lets the local chat and a running bot share the file.
 *
 * Writes are group-committed: the first write in a turn of the event loop
 * opens a transaction, and it is committed as soon as that turn ends
 * (setImmediate). A burst of updates handled together pays for one commit
 * instead of one per statement.
 * Reads in this process see the writes at once, other processes after the
 * commit, a moment later; closing the store commits what is pending.
 *
 * Stores opened on one file in one process share its connection: a second
 * connection would wait, synchronously, for the first one's open
 * transaction, which can only be committed once that wait is over.
 *
 * `now` (milliseconds, as Date.now) is the clock expiries are measured on;
 * tests pass one they can move on instead of waiting.
 */
export function openSqliteStore(
  dataDir: string,
  {
    onCommitError = defaultCommitError,
    now = Date.now,
  }: { onCommitError?: (error: Error) => void; now?: () => number } = {},
): Store {
  const path = resolve(join(dataDir, SQLITE_FILE_NAME));
  const nowSeconds = () => Math.floor(now() / 1000);
  let file = openFiles.get(path);
  if (!file) {
    mkdirSync(dataDir, { recursive: true });
    file = openFile(path, onCommitError, nowSeconds());
    openFiles.set(path, file);
  }
  file.users++;
  return storeOn(file, nowSeconds, () => {
    if (file.users > 0 && --file.users === 0) {
      file.commit();
      openFiles.delete(path);
      if (file.db.open) file.db.close();
    }
  });
}

interface OpenFile {
  db: Database.Database;
  /** Stores using this connection; it closes with the last of them. */
  users: number;
  statements: ReturnType<typeof prepare>;
  /** Runs one writing statement inside this turn's transaction. */
  write<R>(statement: () => R): R;
  commit(): void;
}

const openFiles = new Map<string, OpenFile>();

function openFile(
  path: string,
  onCommitError: (error: Error) => void,
  /** Seconds since epoch: rows expired by then are purged. */
  openedAt: number,
): OpenFile {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    // With WAL, NORMAL never corrupts the file; it only stops syncing every
    // commit to disk (a power cut may lose the last moments), which made each
    // update's few small writes cost an fsync each.
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    // better-sqlite3 builds SQLite with a 16 MB page cache, which fills slowly
    // as handled update ids accumulate; the
    // hot pages (sessions of active users, the newest update ids) fit in 4.
    db.pragma("cache_size = -4000");
    db.exec(`CREATE TABLE IF NOT EXISTS kv (
      namespace TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      expires_at INTEGER,
      PRIMARY KEY (namespace, key)
    ) WITHOUT ROWID`);
  } catch (error) {
    // A corrupt or foreign file must stop start-up loudly, never be reset silently.
    throw new Error(`Cannot open the SQLite store at ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const statements = prepare(db);
  statements.purgeExpired.run(openedAt);

  const commit = () => {
    if (!db.open || !db.inTransaction) return;
    try {
      db.exec("COMMIT");
    } catch (error) {
      // Only a lock held past busy_timeout by another process gets here; the
      // batch cannot be kept, so it is undone rather than left holding the lock.
      if (db.inTransaction) db.exec("ROLLBACK");
      onCommitError(error as Error);
    }
  };
  return {
    db,
    users: 0,
    statements,
    commit,
    write(statement) {
      if (!db.inTransaction) {
        db.exec("BEGIN");
        setImmediate(commit);
      }
      return statement();
    },
  };
}

function prepare(db: Database.Database) {
  return {
    select: db.prepare<[string, string, number], { value: string }>(
      "SELECT value FROM kv WHERE namespace = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)",
    ),
    upsert: db.prepare<[string, string, string, number | null]>(
      `INSERT INTO kv (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    remove: db.prepare<[string, string]>("DELETE FROM kv WHERE namespace = ? AND key = ?"),
    insertNew: db.prepare<[string, string, string, number, number]>(
      `INSERT INTO kv (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
       WHERE kv.expires_at IS NOT NULL AND kv.expires_at <= ?`,
    ),
    selectAll: db.prepare<[string, number], { key: string; value: string }>(
      "SELECT key, value FROM kv WHERE namespace = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY key",
    ),
    purgeExpired: db.prepare<[number]>(
      "DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at <= ?",
    ),
  };
}

/** One store handle on a shared connection; `release` is called once, by close(). */
function storeOn(file: OpenFile, nowSeconds: () => number, release: () => void): Store {
  const { db, statements: sql, write } = file;
  let closed = false;
  const open = () => {
    if (closed) throw new Error("The SQLite store is closed");
  };
  return {
    kind: "sqlite",
    adapter<T>(namespace: string, { ttlSeconds }: { ttlSeconds?: number } = {}): StorageAdapter<T> {
      return {
        read(key) {
          open();
          const row = sql.select.get(namespace, key, nowSeconds());
          return row ? (JSON.parse(row.value) as T) : undefined;
        },
        write(key, value) {
          open();
          const expiresAt = ttlSeconds === undefined ? null : nowSeconds() + ttlSeconds;
          write(() => sql.upsert.run(namespace, key, JSON.stringify(value), expiresAt));
        },
        delete(key) {
          open();
          write(() => sql.remove.run(namespace, key));
        },
      };
    },
    async claim(namespace: string, key: string, ttlSeconds: number, value: unknown = 1) {
      open();
      const now = nowSeconds();
      const json = JSON.stringify(value);
      // Inserted, or an expired claim renewed: one row changed. Taken: none.
      return (
        write(() => sql.insertNew.run(namespace, key, json, now + ttlSeconds, now)).changes === 1
      );
    },
    async entries<T>(namespace: string) {
      open();
      return sql.selectAll
        .all(namespace, nowSeconds())
        .map((row) => [row.key, JSON.parse(row.value) as T] as [string, T]);
    },
    async ping() {
      if (closed || !db.open) return false;
      try {
        db.prepare("SELECT 1").get();
        return true;
      } catch {
        return false;
      }
    },
    available: () => !closed && db.open,
    async close() {
      if (closed) return;
      closed = true;
      release();
    },
  };
}

function defaultCommitError(error: Error): void {
  process.emitWarning(`SQLite store: a batch of writes could not be committed: ${error.message}`);
}
