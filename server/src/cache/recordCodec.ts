import { deserialize, serialize } from 'node:v8';

// The bytes of one record of the saved index (issue 15). `v8.serialize` made a new native buffer
// per record, freed only when a collection found it: writing the 100,000-article index (~200
// records of ~0.4 MB) grew the server by ~40 MB of buffers waiting for V8's external-memory limit
// (64 MB) to ask for a collection. A `RecordWriter` encodes every record into one buffer it
// reuses, and `decodeRecord` reads from a buffer the reader reuses, so neither side allocates
// outside the heap per record. The records are the service's plain data: strings (kept one byte a
// character when they are), numbers, booleans, null, arrays and plain objects; anything else
// (a rare figure with an `Infinity`) goes through `v8.serialize`, so every value comes back as
// structured clone gives it back.

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
/** A float64. */
const NUMBER = 3;
/** Length, then one byte a character (every code unit under 256). */
const LATIN1 = 4;
/** Length in code units, then two bytes each (UTF-16LE). */
const UTF16 = 5;
/** Count, then the items. */
const ARRAY = 6;
/** Count, then each key (a string, tagged) and value. */
const OBJECT = 7;
/** Length, then `v8.serialize`'s bytes: anything else. */
const V8 = 8;
const UNDEFINED = 9;

const TWO_BYTE = /[^\u0000-\u00ff]/;
const MAX_DEPTH = 64;

/** Encodes records into one buffer, reused from record to record (it grows to the largest). */
export class RecordWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private at = 0;

  /** The bytes of `value`: a view of the writer's buffer, valid until the next `encode`. */
  encode(value: unknown): Buffer {
    this.at = 0;
    this.value(value, 0);
    return this.buffer.subarray(0, this.at);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(larger, 0, 0, this.at);
    this.buffer = larger;
  }

  private tag(tag: number, count?: number): void {
    this.room(5);
    this.buffer[this.at++] = tag;
    if (count !== undefined) this.at = this.buffer.writeUInt32LE(count, this.at);
  }

  private string(text: string): void {
    if (TWO_BYTE.test(text)) {
      this.tag(UTF16, text.length);
      this.room(text.length * 2);
      this.at += this.buffer.write(text, this.at, 'utf16le');
    } else {
      this.tag(LATIN1, text.length);
      this.room(text.length);
      this.at += this.buffer.write(text, this.at, 'latin1');
    }
  }

  private value(value: unknown, depth: number): void {
    if (value === null) this.tag(NULL);
    else if (value === undefined) this.tag(UNDEFINED);
    else if (value === false || value === true) this.tag(value ? TRUE : FALSE);
    else if (typeof value === 'number') {
      this.tag(NUMBER);
      this.room(8);
      this.at = this.buffer.writeDoubleLE(value, this.at);
    } else if (typeof value === 'string') this.string(value);
    else if (depth < MAX_DEPTH && isDenseArray(value)) {
      this.tag(ARRAY, value.length);
      for (const item of value) this.value(item, depth + 1);
    } else if (depth < MAX_DEPTH && isPlainRecord(value)) {
      const keys = Object.keys(value);
      this.tag(OBJECT, keys.length);
      for (const key of keys) {
        this.string(key);
        this.value(value[key], depth + 1);
      }
    } else {
      const bytes = serialize(value);
      this.tag(V8, bytes.length);
      this.room(bytes.length);
      this.at += bytes.copy(this.buffer, this.at);
    }
  }
}

function isDenseArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && Object.keys(value).length === value.length;
}

/** A plain object whose own properties are all enumerable string keys other than `__proto__` (which assignment would not set back). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const names = Object.getOwnPropertyNames(value);
  return Object.getOwnPropertySymbols(value).length === 0 && !names.includes('__proto__')
    && names.every((name) => Object.getOwnPropertyDescriptor(value, name)!.enumerable);
}

/** The value a `RecordWriter` encoded into `bytes`; throws a RangeError on bytes it did not write. */
export function decodeRecord(bytes: Buffer): unknown {
  const reader = { bytes, at: 0 };
  const value = read(reader, 0);
  if (reader.at !== bytes.length) throw new RangeError('record: bytes left over');
  return value;
}

function count(reader: { bytes: Buffer; at: number }, size: number): number {
  const n = reader.bytes.readUInt32LE(reader.at);
  reader.at += 4;
  if (reader.at + n * size > reader.bytes.length) throw new RangeError('record: cut short');
  return n;
}

function read(reader: { bytes: Buffer; at: number }, depth: number): unknown {
  if (depth > MAX_DEPTH || reader.at >= reader.bytes.length) throw new RangeError('record: cut short, or too deep');
  const { bytes } = reader;
  switch (bytes[reader.at++]) {
    case NULL: return null;
    case UNDEFINED: return undefined;
    case FALSE: return false;
    case TRUE: return true;
    case NUMBER: {
      const n = bytes.readDoubleLE(reader.at);
      reader.at += 8;
      return n;
    }
    case LATIN1: {
      const n = count(reader, 1);
      return bytes.toString('latin1', reader.at, (reader.at += n));
    }
    case UTF16: {
      const n = count(reader, 2);
      return bytes.toString('utf16le', reader.at, (reader.at += 2 * n));
    }
    case ARRAY: {
      const list = new Array<unknown>(count(reader, 1));
      for (let i = 0; i < list.length; i++) list[i] = read(reader, depth + 1);
      return list;
    }
    case OBJECT: {
      const record: Record<string, unknown> = {};
      for (let n = count(reader, 2); n > 0; n--) {
        const key = read(reader, depth + 1);
        if (typeof key !== 'string' || key === '__proto__') throw new RangeError('record: not a key');
        record[key] = read(reader, depth + 1);
      }
      return record;
    }
    case V8: {
      const n = count(reader, 1);
      return deserialize(bytes.subarray(reader.at, (reader.at += n)));
    }
    default: throw new RangeError('record: unknown tag');
  }
}
