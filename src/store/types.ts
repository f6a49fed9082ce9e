import type { StorageAdapter } from "grammy";

/**
 * The bot's one store. Each feature asks for a namespace (sessions,
 * conversations, …) and gets a grammY StorageAdapter whose keys cannot clash
 * with another namespace's. SQLite is the embedded default; Redis is shared by
 * several instances.
 */
export interface Store {
  readonly kind: "sqlite" | "redis";
  /** A grammY storage adapter for one namespace; values are JSON. */
  adapter<T>(namespace: string, options?: { ttlSeconds?: number }): StorageAdapter<T>;
  /**
   * Marks a key as taken for `ttlSeconds`, atomically: true for the first
   * caller, false for every later one (another instance included) until it
   * expires. Used to handle each Telegram update once.
   */
  claim(namespace: string, key: string, ttlSeconds: number): Promise<boolean>;
  /**
   * Counts one hit on a key and returns the count in the current window; the
   * first hit starts a window of `windowMs`, in the same step, so a counter
   * can never be left without an expiry. The rate limit lives here, shared by
   * every instance on Redis (one round trip per update).
   */
  hit(namespace: string, key: string, windowMs: number): Promise<number>;
  /** Every entry of a namespace (for reports, not for request handling). */
  entries<T>(namespace: string): Promise<Array<[key: string, value: T]>>;
  /** True when the store answers; used by health checks and start-up. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
