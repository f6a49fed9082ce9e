import { RedisAdapter } from "@grammyjs/storage-redis";
import type { StorageAdapter } from "grammy";
import { Redis } from "ioredis";
import type { Store } from "./types.js";

/** Every key the bot writes starts with this, so one Redis can host other data too. */
export const REDIS_KEY_PREFIX = "pbot:";

export interface RedisLimits {
  /** How long connecting (and the start-up checks) may take. */
  connectTimeoutMs?: number;
  /** How long one command may wait for its answer before it fails (a stalled server). */
  commandTimeoutMs?: number;
}

/**
 * Redis store through @grammyjs/storage-redis. Namespaces become key prefixes
 * (`pbot:session:42`), so instances sharing one Redis see the same data.
 * Refuses to open when the server is not there or has no database of the
 * number the URL names (`redis://host/99`).
 */
export async function openRedisStore(url: string, limits: RedisLimits = {}): Promise<Store> {
  return redisStore(await connect(url, limits));
}

/** A connected client on the URL's database that fails commands rather than waiting for Redis. */
async function connect(
  url: string,
  { connectTimeoutMs = 5000, commandTimeoutMs = 2000 }: RedisLimits,
): Promise<Redis> {
  const redis = new Redis(url, {
    keyPrefix: REDIS_KEY_PREFIX,
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    // A server that takes the connection but stops answering would otherwise
    // hold every command, and every update waiting on one, for ever.
    commandTimeout: commandTimeoutMs,
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
  // every reconnect attempt; resilient.ts adds the one that reports outages.
  redis.on("error", () => {});
  try {
    await withTimeout(redis.connect(), connectTimeoutMs, "did not answer");
    await selectDatabase(redis, url);
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot use Redis at ${safeUrl(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return redis;
}

/**
 * ioredis selects the URL's database itself, but when the server refuses
 * (no such database) it only emits an error and carries on in database 0:
 * selecting it again here makes that refusal stop start-up.
 */
async function selectDatabase(redis: Redis, url: string): Promise<void> {
  const index = new URL(url).pathname.slice(1);
  if (index === "") return;
  try {
    await redis.select(Number(index));
  } catch (error) {
    throw new Error(`database ${index} cannot be selected (${(error as Error).message})`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function redisStore(redis: Redis): Store {
  return {
    kind: "redis",
    redis,
    adapter<T>(namespace: string, { ttlSeconds }: { ttlSeconds?: number } = {}) {
      return namespaceAdapter<T>(redis, namespace, ttlSeconds);
    },
    async claim(namespace: string, key: string, ttlSeconds: number, value: unknown = 1) {
      const json = JSON.stringify(value);
      return (await redis.set(`${namespace}:${key}`, json, "EX", ttlSeconds, "NX")) === "OK";
    },
    entries: (namespace) => entriesOf(redis, namespace),
    async ping() {
      try {
        return (await redis.ping()) === "PONG";
      } catch {
        return false;
      }
    },
    available: () => redis.status === "ready",
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
