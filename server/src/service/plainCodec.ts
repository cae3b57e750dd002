import { NumberReader, encodeNumbers } from './byteNumbers';
import type { StringTable, StringsAt } from './stringTable';

// Plain data — what JSON can say: null, booleans, finite numbers, strings, dense arrays, plain
// objects — as one string of bytes (`byteNumbers.ts`), with property names and repeated words
// numbered in the workspace's string table. The corpus views keep their figures so (issue 15): a
// figure is ~430 characters of JSON (and `JSON.stringify` leaves a tree of parts behind it), and
// ~110 bytes here, since its property names, figure key, entity ids, unit and noun are numbers.
// Exact: `decodePlain` gives back a value deep-equal to the one encoded, keys in the same order.

// What each value starts with.
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
/** A whole number from 0 to 2^53, as it is. */
const WHOLE = 3;
/** Any other finite number, as the characters of `String(n)` (which reads back as the same number). */
const NUMBER = 4;
/** A string of the table, by its number. */
const NUMBERED = 5;
/** A string written out: its length, then its UTF-16 code units. */
const INLINE = 6;
/** An array: its length, then its items. */
const LIST = 7;
/** A plain object: its number of keys, then each key's string number and value. */
const RECORD = 8;

/** Strings numbered even when new: short, without digits (units, nouns, qualifiers, precisions), so their kinds are few. */
const WORDLIKE = /^[^\d]{1,24}$/;

/** Deeper than this is not plain data worth keeping compact (and a hand-edited saved index cannot blow the stack). */
const MAX_DEPTH = 64;

/** Strings this long are not coded (a figure's text is a few words; a longer length read is a damaged code). */
const MAX_TEXT = 1 << 20;

/** `value` as a plain-data code, or null if it is not plain data (an undefined, a non-finite number or -0, a class instance, a sparse array). */
export function encodePlain(value: unknown, table: StringTable): string | null {
  const out: number[] = [];
  return put(value, out, table, 0) ? encodeNumbers(out) : null;
}

function putText(text: string, out: number[]): void {
  out.push(text.length);
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

function put(value: unknown, out: number[], table: StringTable, depth: number): boolean {
  if (value === null) out.push(NULL);
  else if (value === false || value === true) out.push(value ? TRUE : FALSE);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) return false;
    if (Number.isSafeInteger(value) && value >= 0) out.push(WHOLE, value);
    else {
      out.push(NUMBER);
      putText(String(value), out);
    }
  } else if (typeof value === 'string') {
    if (value.length >= MAX_TEXT) return false;
    const known = WORDLIKE.test(value) ? table.numberOf(value) : table.find(value);
    if (known === -1) {
      out.push(INLINE);
      putText(value, out);
    } else out.push(NUMBERED, known);
  } else if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH || Object.keys(value).length !== value.length) return false; // holes or extra properties
    out.push(LIST, value.length);
    for (const item of value) if (!put(item, out, table, depth + 1)) return false;
  } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    if (depth >= MAX_DEPTH || Object.getOwnPropertySymbols(value).length > 0) return false;
    const keys = Object.keys(value);
    out.push(RECORD, keys.length);
    for (const key of keys) {
      if (key === '__proto__') return false; // an own property of that name cannot be set back by assignment
      out.push(table.numberOf(key));
      if (!put((value as Record<string, unknown>)[key], out, table, depth + 1)) return false;
    }
  } else return false;
  return true;
}

/** The value `code` was made from (fresh objects: the caller may keep or change them). */
export function decodePlain(code: string, table: StringsAt): unknown {
  const reader = new NumberReader(code);
  const value = take(reader, table);
  if (!reader.done) throw new RangeError('plain code: more than one value');
  return value;
}

/** A string written out by `putText`, or null if a code unit is not one (a damaged code). */
function takeText(reader: NumberReader): string | null {
  const units = new Array<number>(Math.min(reader.next(), MAX_TEXT));
  if (units.length === MAX_TEXT) return null;
  for (let i = 0; i < units.length; i++) {
    units[i] = reader.next();
    if (units[i] > 0xffff) return null;
  }
  // In slices (a call takes only so many arguments), joined into one flat string.
  const slices: string[] = [];
  for (let i = 0; i < units.length; i += 8192) slices.push(String.fromCharCode(...units.slice(i, i + 8192)));
  return slices.length === 1 ? slices[0] : slices.join('');
}

function take(reader: NumberReader, table: StringsAt): unknown {
  switch (reader.next()) {
    case NULL: return null;
    case FALSE: return false;
    case TRUE: return true;
    case WHOLE: return reader.next();
    case NUMBER: return Number(takeText(reader));
    case NUMBERED: return table.at(reader.next());
    case INLINE: return takeText(reader) ?? '';
    case LIST: {
      const list = new Array<unknown>(reader.next());
      for (let i = 0; i < list.length; i++) list[i] = take(reader, table);
      return list;
    }
    case RECORD: {
      const record: Record<string, unknown> = {};
      for (let count = reader.next(); count > 0; count--) {
        const key = table.at(reader.next());
        record[key] = take(reader, table);
      }
      return record;
    }
    default: throw new RangeError('plain code: unknown tag');
  }
}

/**
 * True if `code` reads as one plain value whose top is an array, with every string number below
 * `strings` (a guard for the saved index, as `isCompactSummaryData`; nothing is built).
 */
export function isPlainListCode(code: unknown, strings: number): boolean {
  if (typeof code !== 'string') return false;
  const reader = new NumberReader(code);
  const check = (depth: number): boolean => {
    const tag = reader.next();
    if (depth === 0 && tag !== LIST) return false;
    switch (tag) {
      case NULL: case FALSE: case TRUE: return true;
      case WHOLE: return reader.next() >= 0;
      case NUMBER: {
        const text = takeText(reader);
        return text !== null && Number.isFinite(Number(text));
      }
      case NUMBERED: return reader.next() < strings;
      case INLINE: return takeText(reader) !== null;
      case LIST: {
        if (depth >= MAX_DEPTH) return false;
        for (let count = reader.next(); count > 0; count--) if (!check(depth + 1)) return false;
        return true;
      }
      case RECORD: {
        if (depth >= MAX_DEPTH) return false;
        for (let count = reader.next(); count > 0; count--) if (reader.next() >= strings || !check(depth + 1)) return false;
        return true;
      }
      default: return false;
    }
  };
  try {
    return check(0) && reader.done;
  } catch {
    return false; // read past its end
  }
}
