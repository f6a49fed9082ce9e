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
  const redis = new Redis(url, {
    keyPrefix: REDIS_KEY_PREFIX,
    lazyConnect: true,
    // Fail fast on start-up instead of queueing commands forever.
    maxRetriesPerRequest: 2,
  });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Cannot connect to Redis at ${safeUrl(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  return {
    kind: "redis",
    adapter<T>(namespace: string, { ttlSeconds }: { ttlSeconds?: number } = {}): StorageAdapter<T> {
      const inner = new RedisAdapter<T>({ instance: redis, ttl: ttlSeconds });
      const key = (k: string) => `${namespace}:${k}`;
      return {
        read: (k) => inner.read(key(k)),
        write: (k, value) => inner.write(key(k), value),
        delete: (k) => inner.delete(key(k)),
      };
    },
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

/** The URL without its password, for messages. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
