import type { Config } from "../config.js";
import { openRedisStore } from "./redis.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

/** Redis when REDIS_URL is set (several instances), else SQLite under DATA_DIR. */
export async function openStore(config: Pick<Config, "redisUrl" | "dataDir">): Promise<Store> {
  return config.redisUrl ? openRedisStore(config.redisUrl) : openSqliteStore(config.dataDir);
}
