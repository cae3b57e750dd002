import { LruMap } from '../text/lruMap';
import type { GazetteerEntity } from '../types';

/**
 * How many built entities an `EntityTable` keeps by default. An article names a few dozen
 * entities and a keystroke re-reads the same ones, so a few thousand hold everything an editor
 * or a batch of articles asks for again soon, at ~1 KB each (~4 MB), while a run that reaches
 * every entry of a 100,000-entry gazetteer (an archive check, completion over time) no longer
 * keeps ~95 MB of them per thread. Building one again from its entry costs ~13 µs.
 */
export const DEFAULT_BUILT_LIMIT = 4096;

/** The built entities an `EntityTable` keeps, by entity index, least recently used dropped first. */
export class BuiltEntities {
  readonly #entries: LruMap<number, GazetteerEntity>;
  /** How many entities were built into this cache in all (a rebuilt one counts again). */
  builds = 0;

  constructor(limit = DEFAULT_BUILT_LIMIT) {
    this.#entries = new LruMap(limit);
  }

  get limit(): number {
    return this.#entries.limit;
  }

  set limit(limit: number) {
    this.#entries.limit = limit;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(index: number): GazetteerEntity | undefined {
    return this.#entries.get(index);
  }

  add(index: number, entity: GazetteerEntity): void {
    this.#entries.set(index, entity);
    this.builds++;
  }

  delete(index: number): void {
    this.#entries.delete(index);
  }
}
