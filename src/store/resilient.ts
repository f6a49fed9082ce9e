import type { StorageAdapter } from "grammy";
import type { Logger } from "../logger.js";
import type { Store } from "./types.js";

/** A write the store could not take: the bot tells the user once per outage. */
export class StoreUnavailableError extends Error {
  constructor(
    readonly outage: number,
    options?: ErrorOptions,
  ) {
    super("the store is unavailable; the change was not saved", options);
    this.name = "StoreUnavailableError";
  }
}

/**
 * A shared store (Redis) that may go away and come back. While it is away the
 * bot keeps answering: reads give nothing (default settings), handled-update
 * marks let updates through, and a write that cannot be made throws
 * StoreUnavailableError so the user can be told. One warning is logged per
 * outage, and the store is used again as soon as it answers.
 * An update that could not read its session never writes an empty one back,
 * so nothing saved before the outage is overwritten.
 */
export function resilientStore(store: Store, logger: Logger): Store {
  const outages = new Outages(logger);
  return {
    kind: store.kind,
    redis: store.redis,
    adapter<T>(namespace: string, options?: { ttlSeconds?: number }) {
      return resilientAdapter(store.adapter<T>(namespace, options), outages);
    },
    claim: (namespace, key, ttlSeconds) =>
      outages.orElse(() => store.claim(namespace, key, ttlSeconds), true),
    entries: (namespace) => store.entries(namespace),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

/**
 * Whether the store is away, and which outage this is (numbered, so a user is
 * told once per outage). Every store call reports here how it went; only the
 * first failure and the first success after it are logged.
 */
class Outages {
  /** The number of the current or last outage; 0 before the first. */
  current = 0;
  private down = false;

  constructor(private readonly logger: Logger) {}

  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.current++;
    this.logger.warn(
      { err: error },
      "store unavailable: answering without saved state until it is back",
    );
  }

  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info("store available again");
  }

  /** The operation's result, or `fallback` while the store is away. */
  async orElse<T>(operation: () => Promise<T> | T, fallback: T): Promise<T> {
    try {
      const value = await operation();
      this.succeeded();
      return value;
    } catch (error) {
      this.failed(error);
      return fallback;
    }
  }

  /** A write the store refuses becomes a StoreUnavailableError naming this outage. */
  async write(operation: () => Promise<void> | void): Promise<void> {
    try {
      await operation();
      this.succeeded();
    } catch (error) {
      this.failed(error);
      throw new StoreUnavailableError(this.current, { cause: error });
    }
  }
}

function resilientAdapter<T>(inner: StorageAdapter<T>, outages: Outages): StorageAdapter<T> {
  // Keys whose last read failed: the session plugin will write back its empty
  // initial value for them, which must not replace what is really saved.
  const unread = new Set<string>();
  return {
    async read(key) {
      try {
        const value = await inner.read(key);
        outages.succeeded();
        unread.delete(key);
        return value;
      } catch (error) {
        outages.failed(error);
        unread.add(key);
        return undefined;
      }
    },
    async write(key, value) {
      if (unread.has(key) && isEmpty(value)) {
        unread.delete(key);
        return;
      }
      await outages.write(() => inner.write(key, value));
      unread.delete(key);
    },
    async delete(key) {
      await outages.write(() => inner.delete(key));
      unread.delete(key);
    },
  };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === "object" && value !== null && Object.keys(value).length === 0)
  );
}
