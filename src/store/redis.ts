import { RedisAdapter } from "@grammyjs/storage-redis";
import type { StorageAdapter } from "grammy";
import { Redis } from "ioredis";
import type { Store } from "./types.js";

/** Every key the bot writes starts with this, so one Redis can host other data too. */
export const REDIS_KEY_PREFIX = "pbot:";

/**
 * Redis store through @grammyjs/storage-redis. Namespaces become key prefixes
 * (`pbot:session:42`), so instances sharing one Redis see the same data.
 */
export async function openRedisStore(url: string): Promise<Store> {
  return redisStore(await connect(url));
}

/** A connected client that fails commands at once while Redis is away, and reconnects by itself. */
async function connect(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    keyPrefix: REDIS_KEY_PREFIX,
    lazyConnect: true,
    // While Redis is away, fail commands at once instead of queueing them:
    // the bot answers without saved state (see resilient.ts) and ioredis
    // reconnects in the background.
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Commands issued in one turn of the event loop (many updates' reads and
    // claims under load) go to Redis in one write instead of one each.
    enableAutoPipelining: true,
  });
  // Without a listener ioredis prints "Unhandled error event" to stderr on
  // every reconnect attempt. An outage shows in the commands that fail, and
  // resilient.ts logs it once; the connection errors themselves add nothing.
  redis.on("error", () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot connect to Redis at ${safeUrl(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return redis;
}

function redisStore(redis: Redis): Store {
  return {
    kind: "redis",
    redis,
    adapter<T>(namespace: string, { ttlSeconds }: { ttlSeconds?: number } = {}) {
      return namespaceAdapter<T>(redis, namespace, ttlSeconds);
    },
    async claim(namespace: string, key: string, ttlSeconds: number) {
      return (await redis.set(`${namespace}:${key}`, "1", "EX", ttlSeconds, "NX")) === "OK";
    },
    entries: (namespace) => entriesOf(redis, namespace),
    async ping() {
      try {
        return (await redis.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** One namespace as keys `<namespace>:<key>` through @grammyjs/storage-redis. */
function namespaceAdapter<T>(
  redis: Redis,
  namespace: string,
  ttlSeconds?: number,
): StorageAdapter<T> {
  const adapter = new RedisAdapter<T>({ instance: redis, ttl: ttlSeconds });
  const key = (k: string) => `${namespace}:${k}`;
  return {
    read: (k) => adapter.read(key(k)),
    write: (k, value) => adapter.write(key(k), value),
    delete: (k) => adapter.delete(key(k)),
  };
}

/** Every entry of a namespace, sorted by key (for reports: it scans the whole keyspace). */
async function entriesOf<T>(redis: Redis, namespace: string): Promise<Array<[string, T]>> {
  // SCAN takes the full key (the client's keyPrefix is not applied to patterns).
  const prefix = `${REDIS_KEY_PREFIX}${namespace}:`;
  const values = namespaceAdapter<T>(redis, namespace);
  const found: Array<[string, T]> = [];
  for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
    for (const fullKey of keys as string[]) {
      const key = fullKey.slice(prefix.length);
      const value = await values.read(key);
      if (value !== undefined) found.push([key, value]);
    }
  }
  return found.sort(([a], [b]) => a.localeCompare(b));
}

/** The URL without its password, for messages. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
