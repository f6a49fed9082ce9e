import type { StorageAdapter } from "grammy";
import type { Redis } from "ioredis";

/**
 * The bot's one store. Each feature asks for a namespace (sessions,
 * conversations, …) and gets a grammY StorageAdapter whose keys cannot clash
 * with another namespace's. SQLite is the embedded default; Redis is shared by
 * several instances.
 */
export interface Store {
  readonly kind: "sqlite" | "redis";
  /** The Redis client, for plugins that take one (the rate limit); none on SQLite. */
  readonly redis?: Redis;
  /** A grammY storage adapter for one namespace; values are JSON. */
  adapter<T>(namespace: string, options?: { ttlSeconds?: number }): StorageAdapter<T>;
  /**
   * Marks a key as taken for `ttlSeconds`, atomically, holding `value`
   * (JSON; 1 unless given, read back through `adapter`): true for the first
   * caller, false for every later one (another instance included) until it
   * expires. Used to handle each Telegram update once.
   */
  claim(namespace: string, key: string, ttlSeconds: number, value?: unknown): Promise<boolean>;
  /** Every entry of a namespace (for reports, not for request handling). */
  entries<T>(namespace: string): Promise<Array<[key: string, value: T]>>;
  /** True when the store answers; used by health checks and start-up. */
  ping(): Promise<boolean>;
  /**
   * False while the store is known to be away (a shared store during an
   * outage): callers that talk to it directly (the rate limit) skip it.
   */
  available(): boolean;
  close(): Promise<void>;
}
