/**
 * A `Map` of at most `limit` entries, the least recently used dropped first. A `Map` keeps
 * insertion order, so a hit moves its key to the end and the first key is the one to drop.
 */
export class LruMap<K, V> {
  readonly #entries = new Map<K, V>();
  #limit: number;

  constructor(limit: number) {
    this.#limit = checkedLimit(limit);
  }

  get limit(): number {
    return this.#limit;
  }

  set limit(limit: number) {
    this.#limit = checkedLimit(limit);
    this.#trim();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value of `key`, which becomes the most recently used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined && this.#entries.size > 1) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#trim();
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  #trim(): void {
    while (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) return;
      this.#entries.delete(oldest.value);
    }
  }
}

function checkedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`LruMap: the limit must be a positive integer, not ${limit}`);
  return limit;
}
