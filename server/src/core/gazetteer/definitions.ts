import type { EntityKind, Span } from '../types';

/** Where an id was first defined, whether or not its entry could be loaded. */
export interface Definition {
  id: string;
  kind: EntityKind;
  uri: string;
  keySpan: Span;
}

/**
 * The first definition of every id, in the order they were met, kept as columns: the loader asks
 * for one per entry and per reference, and a 100,000-entry gazetteer kept 200,000 objects alive
 * through the whole load for it. A `Definition` object is made only when a message needs one.
 */
export class Definitions {
  private readonly byId = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly kinds: EntityKind[] = [];
  private readonly uris: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** The number of `id`'s definition, or -1 if it has none. */
  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  kindOf(id: string): EntityKind | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.kinds[i];
  }

  at(index: number): Definition {
    return { id: this.ids[index], kind: this.kinds[index], uri: this.uris[index], keySpan: { start: this.starts[index], end: this.ends[index] } };
  }

  get(id: string): Definition | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  /** Adds the first definition of `id` (the caller checked it has none). */
  add(id: string, kind: EntityKind, uri: string, keySpan: Span): void {
    this.byId.set(id, this.ids.length);
    this.ids.push(id);
    this.kinds.push(kind);
    this.uris.push(uri);
    this.starts.push(keySpan.start);
    this.ends.push(keySpan.end);
  }

  /** The ids defined after the first `count`, which `truncate(count)` forgets. */
  idsAfter(count: number): string[] {
    return this.ids.slice(count);
  }

  /** Forgets every definition after the first `count` (a file that must be read again). */
  truncate(count: number): void {
    for (let i = count; i < this.ids.length; i++) this.byId.delete(this.ids[i]);
    if (count >= this.ids.length) return;
    this.ids.length = count;
    this.kinds.length = count;
    this.uris.length = count;
    this.starts.length = count;
    this.ends.length = count;
  }
}
