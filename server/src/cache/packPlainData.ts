// A compact, lossless encoding of plain data (objects, arrays, Maps, strings, numbers …) for
// `v8.serialize`. v8 writes every object with its property names, so the workspace index's
// hundreds of thousands of LSP ranges (`{ start: { line, character }, end: { … } }`, ~90 bytes
// and three objects each) cost ~30 MB and most of a second to read back. Here any array of ranges,
// any Map of ids to ranges and any array of small integers becomes one typed array (4 bytes a
// number, read back as raw bytes); everything else is passed through as it is, so fields added
// to the data later round-trip without changes here.

/** The property that marks a packed value; no real data has it. */
const MARK = '\u0000newsmd-pack';

interface Position {
  line: number;
  character: number;
}

interface LspRange {
  start: Position;
  end: Position;
}

type Packed =
  | { [MARK]: 'ranges'; coords: Uint32Array }
  | { [MARK]: 'range-map'; keys: unknown[]; counts: Uint32Array; coords: Uint32Array }
  | { [MARK]: 'ints'; values: Int32Array };

const isUint32 = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
const isInt32 = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Exactly `{ line, character }` with integers (any extra property and it is not packed). */
function isPosition(value: unknown): value is Position {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'line' && key !== 'character') return false;
    keys++;
  }
  return keys === 2 && isUint32(value.line) && isUint32(value.character);
}

function isRange(value: unknown): value is LspRange {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'start' && key !== 'end') return false;
    keys++;
  }
  return keys === 2 && isPosition(value.start) && isPosition(value.end);
}

function isRangeList(value: unknown): value is LspRange[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRange);
}

function writeRanges(ranges: LspRange[], coords: Uint32Array, at: number): number {
  for (const r of ranges) {
    coords[at++] = r.start.line;
    coords[at++] = r.start.character;
    coords[at++] = r.end.line;
    coords[at++] = r.end.character;
  }
  return at;
}

function readRanges(coords: Uint32Array, from: number, count: number): LspRange[] {
  const out: LspRange[] = new Array(count);
  for (let i = 0, at = from; i < count; i++, at += 4) {
    out[i] = { start: { line: coords[at], character: coords[at + 1] }, end: { line: coords[at + 2], character: coords[at + 3] } };
  }
  return out;
}

/** `value` with ranges and integer lists packed; `unpack` gives back an equal value. */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (value.every(isInt32)) return { [MARK]: 'ints', values: Int32Array.from(value) } satisfies Packed;
    if (isRangeList(value)) return { [MARK]: 'ranges', coords: packRanges(value) } satisfies Packed;
    return value.map(pack);
  }
  if (value instanceof Map) {
    if (value.size > 0 && [...value.values()].every(isRangeList)) {
      const keys: unknown[] = [];
      const counts = new Uint32Array(value.size);
      let total = 0;
      for (const ranges of value.values()) total += (ranges as LspRange[]).length;
      const coords = new Uint32Array(total * 4);
      let at = 0;
      let i = 0;
      for (const [key, ranges] of value as Map<unknown, LspRange[]>) {
        keys.push(key);
        counts[i++] = ranges.length;
        at = writeRanges(ranges, coords, at);
      }
      return { [MARK]: 'range-map', keys, counts, coords } satisfies Packed;
    }
    const out = new Map<unknown, unknown>();
    for (const [k, v] of value) out.set(k, pack(v));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    for (const key of Object.keys(value)) setOwn(out, key, pack(value[key]));
    return out;
  }
  return value;
}

/** `out[key] = value`, also for a key named `__proto__` (plain data may have one, e.g. from YAML). */
function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

function packRanges(ranges: LspRange[]): Uint32Array {
  const coords = new Uint32Array(ranges.length * 4);
  writeRanges(ranges, coords, 0);
  return coords;
}

function packedKind(value: Record<string, unknown>): Packed[typeof MARK] | undefined {
  const kind = value[MARK];
  return kind === 'ranges' || kind === 'range-map' || kind === 'ints' ? kind : undefined;
}

/**
 * The value `pack` was given. Works in place: `value` must be fresh (just deserialized) and is
 * taken over — its objects, arrays and Maps are kept and only packed parts inside them replaced,
 * so reading an index allocates little beyond the ranges themselves. Throws on packed parts that
 * do not add up (a damaged file).
 */
export function unpack(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpack(value[i]);
    return value;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) value.set(k, unpack(v)); // an existing key keeps its place
    return value;
  }
  if (!isPlainObject(value)) return value;
  switch (packedKind(value)) {
    case 'ints': {
      const { values } = value as Extract<Packed, { [MARK]: 'ints' }>;
      if (!(values instanceof Int32Array)) throw new Error('damaged packed integers');
      return Array.from(values);
    }
    case 'ranges': {
      const { coords } = value as Extract<Packed, { [MARK]: 'ranges' }>;
      if (!(coords instanceof Uint32Array) || coords.length % 4 !== 0) throw new Error('damaged packed ranges');
      return readRanges(coords, 0, coords.length / 4);
    }
    case 'range-map': {
      const { keys, counts, coords } = value as Extract<Packed, { [MARK]: 'range-map' }>;
      if (!Array.isArray(keys) || !(counts instanceof Uint32Array) || !(coords instanceof Uint32Array) || counts.length !== keys.length) {
        throw new Error('damaged packed range map');
      }
      const out = new Map<unknown, LspRange[]>();
      let at = 0;
      for (let i = 0; i < keys.length; i++) {
        if (at + counts[i] * 4 > coords.length) throw new Error('damaged packed range map');
        out.set(keys[i], readRanges(coords, at, counts[i]));
        at += counts[i] * 4;
      }
      return out;
    }
    default: {
      for (const key of Object.keys(value)) {
        const inner = value[key];
        if (typeof inner === 'object' && inner !== null) setOwn(value, key, unpack(inner));
      }
      return value;
    }
  }
}
