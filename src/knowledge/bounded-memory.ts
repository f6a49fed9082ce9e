/**
 * What the engine remembers of work it did for a text (a word's base form, a
 * question's analysis or answer, a typo's near neighbours): up to `limit`
 * entries, after which the memory starts afresh, which is cheaper than
 * tracking use and refills with the texts people actually send at once.
 * Texts longer than `maxKeyLength` are never kept: they seldom come again word
 * for word, and keeping long messages from anyone could fill the heap.
 */
export class BoundedMemory<V> {
  private readonly kept = new Map<string, V>();

  constructor(
    private readonly limit: number,
    private readonly maxKeyLength = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    return this.kept.get(key);
  }

  /** Keeps `value` for `key` (unless the key is too long) and returns it. */
  keep(key: string, value: V): V {
    if (key.length > this.maxKeyLength) return value;
    if (this.kept.size >= this.limit) this.kept.clear();
    this.kept.set(key, value);
    return value;
  }
}

/** Questions longer than this are worked out afresh each time. */
export const REMEMBERED_QUESTION_LENGTH = 200;
