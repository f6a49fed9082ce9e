import type { StorageAdapter } from "grammy";
import type { Logger } from "../logger.js";
import { Outages } from "./outages.js";
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
 * A shared store (Redis) that may go away, stall, and come back. While it is
 * away the bot keeps answering: reads give nothing (default settings),
 * handled-update marks let updates through, and a write that cannot be made
 * throws StoreUnavailableError so the user can be told. One warning is logged
 * per outage (a failed command, a lost connection, a probe left unanswered),
 * and the store is used again as soon as a probe finds it back.
 * An update that could not read its session never writes an empty one back,
 * so nothing saved before the outage is overwritten.
 */
export function resilientStore(
  store: Store,
  logger: Logger,
  onFailure?: (error: unknown) => void,
): Store {
  const outages = new Outages(logger, () => store.ping(), onFailure);
  store.redis?.on("error", (error: Error) => outages.failed(error));
  return {
    kind: store.kind,
    redis: store.redis,
    adapter<T>(namespace: string, options?: { ttlSeconds?: number }) {
      return resilientAdapter(store.adapter<T>(namespace, options), outages);
    },
    claim: (namespace, key, ttlSeconds, value) =>
      outages.orElse(() => store.claim(namespace, key, ttlSeconds, value), true),
    entries: (namespace) => store.entries(namespace),
    ping: () => store.ping(),
    available: () => !outages.down && store.available(),
    close: () => {
      outages.stop();
      return store.close();
    },
  };
}

function resilientAdapter<T>(inner: StorageAdapter<T>, outages: Outages): StorageAdapter<T> {
  // Keys whose last read failed: the session plugin will write back its empty
  // initial value for them, which must not replace what is really saved.
  const unread = new Set<string>();
  const write = async (operation: () => Promise<void> | void) => {
    if (outages.down) throw new StoreUnavailableError(outages.current);
    try {
      await operation();
      outages.succeeded();
    } catch (error) {
      outages.failed(error);
      throw new StoreUnavailableError(outages.current, { cause: error });
    }
  };
  return {
    async read(key) {
      const value = await outages.orElse(async () => ({ value: await inner.read(key) }), undefined);
      if (value === undefined) unread.add(key);
      else unread.delete(key);
      return value?.value;
    },
    async write(key, value) {
      if (unread.has(key) && isEmpty(value)) {
        unread.delete(key);
        return;
      }
      await write(() => inner.write(key, value));
      unread.delete(key);
    },
    async delete(key) {
      await write(() => inner.delete(key));
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
