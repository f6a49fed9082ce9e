import type { Config } from "../config.js";
import { openRedisStore } from "./redis.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

/**
 * Redis when REDIS_URL is set (several instances), else SQLite under DATA_DIR.
 * `onCommitError` hears of SQLite write batches that could not be committed.
 */
export async function openStore(
  config: Pick<Config, "redisUrl" | "dataDir" | "redisTimeouts">,
  { onCommitError }: { onCommitError?: (error: Error) => void } = {},
): Promise<Store> {
  return config.redisUrl
    ? openRedisStore(config.redisUrl, {
        connectTimeoutMs: config.redisTimeouts.connectMs,
        commandTimeoutMs: config.redisTimeouts.commandMs,
      })
    : openSqliteStore(config.dataDir, onCommitError ? { onCommitError } : {});
}
