import type { StorageAdapter } from "grammy";

/**
 * grammY's session plugin writes a session back after every update that read
 * it, changed or not; nearly every update reads it (the saved language), so
 * nearly every update would pay a store write (a commit, or a Redis round
 * trip) for nothing. This adapter remembers what each key held when read and
 * drops a write that would store the same thing again. A key that held
 * nothing counts as holding `emptyJson` (the session's initial value), so
 * users who never chose anything leave no row behind.
 *
 * Keys are per user and the runner sequentializes each user's updates, so a
 * read and its write-back are never interleaved with another of the same key
 * on this instance. The memory is cleared by the write-back; an update that
 * failed before writing leaves one entry, replaced by that key's next read.
 */
export function skipUnchangedWrites<T>(
  inner: StorageAdapter<T>,
  { emptyJson = "{}" }: { emptyJson?: string } = {},
): StorageAdapter<T> {
  const readAs = new Map<string, string>();
  return {
    async read(key) {
      const value = await inner.read(key);
      if (readAs.size >= 10_000) readAs.clear();
      readAs.set(key, value === undefined ? emptyJson : JSON.stringify(value));
      return value;
    },
    async write(key, value) {
      const before = readAs.get(key);
      readAs.delete(key);
      if (before !== undefined && before === JSON.stringify(value)) return;
      await inner.write(key, value);
    },
    async delete(key) {
      const before = readAs.get(key);
      readAs.delete(key);
      if (before === emptyJson) return;
      await inner.delete(key);
    },
  };
}
