import type { GazetteerEntity } from '../types';

/**
 * How many built entities an `EntityTable` keeps by default. An article names a few dozen
 * entities and a keystroke re-reads the same ones, so a few thousand hold everything an editor
 * or a batch of articles asks for again soon, at ~1 KB each (~4 MB), while a run that reaches
 * every entry of a 100,000-entry gazetteer (an archive check, completion over time) no longer
 * keeps ~95 MB of them per thread. Building one again from its entry costs ~13 µs.
 */
export const DEFAULT_BUILT_LIMIT = 4096;

/**
 * The built entities an `EntityTable` keeps, by entity index, least recently used first: a `Map`
 * keeps insertion order, so a hit is moved to the end and the first key is the one to drop.
 */
export class BuiltEntities {
  readonly #entries = new Map<number, GazetteerEntity>();
  #limit: number;
  /** How many entities were built into this cache in all (a rebuilt one counts again). */
  builds = 0;

  constructor(limit = DEFAULT_BUILT_LIMIT) {
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

  get(index: number): GazetteerEntity | undefined {
    const entity = this.#entries.get(index);
    if (entity !== undefined && this.#entries.size > 1) {
      this.#entries.delete(index);
      this.#entries.set(index, entity);
    }
    return entity;
  }

  add(index: number, entity: GazetteerEntity): void {
    this.#entries.delete(index);
    this.#entries.set(index, entity);
    this.builds++;
    this.#trim();
  }

  delete(index: number): void {
    this.#entries.delete(index);
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
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`EntityTable: the built-entity limit must be a positive integer, not ${limit}`);
  return limit;
}
