import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { StorageAdapter } from "grammy";
import type { Store } from "./types.js";

export const SQLITE_FILE_NAME = "bot.sqlite";

/**
 * SQLite store in `dataDir/bot.sqlite`. One table keyed by (namespace, key);
 * values are JSON text; rows may carry an expiry (seconds since epoch).
 * WAL mode lets the local chat and a running bot share the file.
 */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, SQLITE_FILE_NAME);
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    // With WAL, NORMAL never corrupts the file; it only stops syncing every
    // commit to disk (a power cut may lose the last moments), which made each
    // update's few small writes cost an fsync each.
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
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

  const select = db.prepare<[string, string, number], { value: string }>(
    "SELECT value FROM kv WHERE namespace = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)",
  );
  const upsert = db.prepare<[string, string, string, number | null]>(
    `INSERT INTO kv (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare<[string, string]>("DELETE FROM kv WHERE namespace = ? AND key = ?");
  const insertNew = db.prepare<[string, string, number, number]>(
    `INSERT INTO kv (namespace, key, value, expires_at) VALUES (?, ?, '1', ?)
     ON CONFLICT (namespace, key) DO UPDATE SET value = '1', expires_at = excluded.expires_at
     WHERE kv.expires_at IS NOT NULL AND kv.expires_at <= ?`,
  );
  // A counter restarts at 1 once its expiry has passed.
  const increment = db.prepare<{ namespace: string; key: string; now: number }, { value: string }>(
    `INSERT INTO kv (namespace, key, value, expires_at) VALUES (@namespace, @key, '1', NULL)
     ON CONFLICT (namespace, key) DO UPDATE SET
       value = CASE WHEN kv.expires_at IS NOT NULL AND kv.expires_at <= @now THEN '1' ELSE CAST(CAST(kv.value AS INTEGER) + 1 AS TEXT) END,
       expires_at = CASE WHEN kv.expires_at IS NOT NULL AND kv.expires_at <= @now THEN NULL ELSE kv.expires_at END
     RETURNING value`,
  );
  const expireAt = db.prepare<[number, string, string]>(
    "UPDATE kv SET expires_at = ? WHERE namespace = ? AND key = ?",
  );
  const selectAll = db.prepare<[string, number], { key: string; value: string }>(
    "SELECT key, value FROM kv WHERE namespace = ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY key",
  );
  const purgeExpired = db.prepare<[number]>(
    "DELETE FROM kv WHERE expires_at IS NOT NULL AND expires_at <= ?",
  );
  purgeExpired.run(nowSeconds());

  return {
    kind: "sqlite",
    adapter<T>(namespace: string, { ttlSeconds }: { ttlSeconds?: number } = {}): StorageAdapter<T> {
      return {
        read(key) {
          const row = select.get(namespace, key, nowSeconds());
          return row ? (JSON.parse(row.value) as T) : undefined;
        },
        write(key, value) {
          const expiresAt = ttlSeconds === undefined ? null : nowSeconds() + ttlSeconds;
          upsert.run(namespace, key, JSON.stringify(value), expiresAt);
        },
        delete(key) {
          remove.run(namespace, key);
        },
      };
    },
    counters(namespace: string) {
      return {
        async incr(key: string) {
          return Number(increment.get({ namespace, key, now: nowSeconds() })?.value ?? 1);
        },
        async pexpire(key: string, milliseconds: number) {
          return expireAt.run(nowSeconds() + Math.ceil(milliseconds / 1000), namespace, key)
            .changes;
        },
      };
    },
    async claim(namespace: string, key: string, ttlSeconds: number) {
      const now = nowSeconds();
      // Inserted, or an expired claim renewed: one row changed. Taken: none.
      return insertNew.run(namespace, key, now + ttlSeconds, now).changes === 1;
    },
    async entries<T>(namespace: string) {
      return selectAll
        .all(namespace, nowSeconds())
        .map((row) => [row.key, JSON.parse(row.value) as T] as [string, T]);
    },
    async ping() {
      try {
        db.prepare("SELECT 1").get();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
