/**
 * Deep freezing, so no part of the bot can change the content it shares with
 * every other request. Maps get a read-only subclass because Object.freeze
 * does not stop Map#set.
 */

class FrozenMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of entries) super.set(key, value);
  }
  override set(): this {
    throw new TypeError("content maps are read-only");
  }
  override delete(): boolean {
    throw new TypeError("content maps are read-only");
  }
  override clear(): void {
    throw new TypeError("content maps are read-only");
  }
}

export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return Object.freeze(new FrozenMap(entries));
}

/** Freezes plain objects and arrays recursively; returns its argument. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
