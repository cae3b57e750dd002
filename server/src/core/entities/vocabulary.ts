/**
 * The distinct token keys of all names, numbered. Besides a `Map` by key, it keeps an index by
 * a 30-bit hash of the key, so the text scanner can look a token up from the hash it computes
 * while reading the characters, without making a string for each of the text's words.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** hash → id, or COLLISION when several keys share the hash (then the `Map` decides). */
  private readonly byHash = new Map<number, number>();
  /**
   * One bit per hash value (modulo its size) that some key has, about eight bits a key (32 KB for
   * the 25,000 keys of a 100,000-entry gazetteer). Four words in five of an article are in no
   * name; the filter stays in the processor's cache and answers most of them, where the `Map`
   * above, far larger, costs a memory read or two per word.
   */
  private filter: Int32Array = new Int32Array(FILTER_MIN_WORDS);

  /** A vocabulary of these keys, numbered in order (an earlier one's `keyList`); null if they repeat. */
  static fromKeys(keys: unknown): Vocabulary | null {
    if (!Array.isArray(keys)) return null;
    const vocabulary = new Vocabulary();
    for (const key of keys) {
      if (typeof key !== 'string') return null;
      vocabulary.add(key);
    }
    return vocabulary.size === keys.length ? vocabulary : null;
  }

  /** The keys by id. */
  keyList(): string[] {
    return this.keys;
  }

  get size(): number {
    return this.keys.length;
  }

  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  add(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      const h = hashString(key);
      this.byHash.set(h, this.byHash.has(h) ? COLLISION : id);
      // About eight bits per key keeps false positives near one in ten.
      if (this.keys.length * 8 > this.filter.length * 32) this.filter = filterOf(this.keys, this.filter.length * 2);
      else setBit(this.filter, h);
    }
    return id;
  }

  /**
   * The id of the key whose hash is `hash` and whose characters are those of `text[start, end)`,
   * lower-cased for ASCII capitals when `fold`, after a leading `=` when `exact`; -1 if none.
   */
  lookup(hash: number, text: string, start: number, end: number, fold: boolean, exact: boolean): number {
    const bit = hash & (this.filter.length * 32 - 1);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const id = this.byHash.get(hash);
    if (id === undefined) return -1;
    if (id === COLLISION) return this.idOf((exact ? '=' : '') + (fold ? text.slice(start, end).toLowerCase() : text.slice(start, end)));
    const key = this.keys[id];
    const offset = exact ? 1 : 0;
    if (key.length !== end - start + offset || (exact && key.charCodeAt(0) !== 61)) return -1;
    for (let k = 0; k < end - start; k++) {
      let c = text.charCodeAt(start + k);
      if (fold && c >= 65 && c <= 90) c += 32;
      if (key.charCodeAt(k + offset) !== c) return -1;
    }
    return id;
  }
}

const COLLISION = -2;
const FILTER_MIN_WORDS = 32;

function setBit(filter: Int32Array, hash: number): void {
  const bit = hash & (filter.length * 32 - 1);
  filter[bit >>> 5] |= 1 << (bit & 31);
}

function filterOf(keys: readonly string[], words: number): Int32Array {
  const filter = new Int32Array(words);
  for (const key of keys) setBit(filter, hashString(key));
  return filter;
}
export const HASH_SEED = 0x811c9dc5 | 0;

/** One step of FNV-1a, kept to 30 bits by `finishHash` so Map keys stay small integers. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

export function finishHash(h: number): number {
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

export function hashString(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return finishHash(h);
}
