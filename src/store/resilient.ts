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
  let outage = 0;
  let down = false;
  const failed = (error: unknown) => {
    if (down) return;
    down = true;
    outage++;
    logger.warn(
      { err: error },
      "store unavailable: answering without saved state until it is back",
    );
  };
  const succeeded = () => {
    if (!down) return;
    down = false;
    logger.info("store available again");
  };
  async function guard<T>(operation: () => Promise<T> | T, fallback: T): Promise<T> {
    try {
      const value = await operation();
      succeeded();
      return value;
    } catch (error) {
      failed(error);
      return fallback;
    }
  }

  return {
    kind: store.kind,
    redis: store.redis,
    adapter<T>(namespace: string, options?: { ttlSeconds?: number }): StorageAdapter<T> {
      const inner = store.adapter<T>(namespace, options);
      const unread = new Set<string>();
      const write = async (key: string, operation: () => Promise<void> | void) => {
        try {
          await operation();
          succeeded();
          unread.delete(key);
        } catch (error) {
          failed(error);
          throw new StoreUnavailableError(outage, { cause: error });
        }
      };
      return {
        async read(key) {
          try {
            const value = await inner.read(key);
            succeeded();
            unread.delete(key);
            return value;
          } catch (error) {
            failed(error);
            unread.add(key);
            return undefined;
          }
        },
        async write(key, value) {
          // This update saw no saved value: writing back its empty default would erase the real one.
          if (unread.has(key) && isEmpty(value)) {
            unread.delete(key);
            return;
          }
          await write(key, () => inner.write(key, value));
        },
        async delete(key) {
          await write(key, () => inner.delete(key));
        },
      };
    },
    claim: (namespace, key, ttlSeconds) =>
      guard(() => store.claim(namespace, key, ttlSeconds), true),
    entries: (namespace) => store.entries(namespace),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === "object" && value !== null && Object.keys(value).length === 0)
  );
}
