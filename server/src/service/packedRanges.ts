import type { Range } from '../core';

/**
 * LSP ranges grouped by key (an entity id, a figure key), in one typed array. The workspace index
 * keeps every mention of every article of the workspace: as `Map<string, Range[]>` that is three
 * objects and ~130 bytes a mention, ~50 MB for 10,000 articles; packed it is 16 bytes a mention,
 * and `v8.serialize` writes the array as raw bytes when the index is persisted.
 */
export interface PackedRanges {
  /** The keys, each once, in the order of their first range. */
  keys: string[];
  /** `keys.length` counts (ranges per key), then per range, key by key: start line, start character, end line, end character. */
  data: Uint32Array;
}

/** Collects ranges by key, then packs them. */
export class RangeGroups {
  private readonly groups = new Map<string, number[]>();
  private total = 0;

  add(key: string, range: Range): void {
    let coords = this.groups.get(key);
    if (!coords) this.groups.set(key, (coords = []));
    coords.push(range.start.line, range.start.character, range.end.line, range.end.character);
    this.total++;
  }

  pack(): PackedRanges {
    const keys = [...this.groups.keys()];
    const data = new Uint32Array(keys.length + this.total * 4);
    let at = keys.length;
    keys.forEach((key, i) => {
      const coords = this.groups.get(key) as number[];
      data[i] = coords.length / 4;
      data.set(coords, at);
      at += coords.length;
    });
    return { keys, data };
  }
}

/** The ranges of `key`, in the order they were added (none if the key is absent). */
export function rangesOf(packed: PackedRanges, key: string): Range[] {
  const index = packed.keys.indexOf(key);
  if (index === -1) return [];
  const { data } = packed;
  let at = packed.keys.length;
  for (let i = 0; i < index; i++) at += data[i] * 4;
  const out: Range[] = new Array(data[index]);
  for (let i = 0; i < out.length; i++, at += 4) {
    out[i] = { start: { line: data[at], character: data[at + 1] }, end: { line: data[at + 2], character: data[at + 3] } };
  }
  return out;
}

/** How many ranges `packed.keys[index]` has. */
export function countAt(packed: PackedRanges, index: number): number {
  return packed.data[index];
}

/** True if `value` is a `PackedRanges` whose counts add up to its data (a guard for data read from disk). */
export function isPackedRanges(value: unknown): value is PackedRanges {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, data } = value as Partial<PackedRanges>;
  if (!Array.isArray(keys) || !(data instanceof Uint32Array) || data.length < keys.length) return false;
  if (!keys.every((k) => typeof k === 'string') || new Set(keys).size !== keys.length) return false;
  let ranges = 0;
  for (let i = 0; i < keys.length; i++) ranges += data[i];
  return data.length === keys.length + ranges * 4;
}
