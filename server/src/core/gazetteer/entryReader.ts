import type { Node } from 'yaml';
import { isMap, isSeq } from './nodeChecks';
import { parsePreciseDate } from '../dates/preciseDate';
import type { EntityKind, PreciseDate, Span } from '../types';
import type { FileContext } from './fileContext';
import { isValidId, type PendingReference } from './references';
import { keyText, spanOf, trimSpanEnd } from './yamlNodes';

const DATE_TEXT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Dates already read, by their YAML value. A gazetteer repeats a few thousand dates over its
 * entries (years above all), and reading one made five strings. Entries share one `PreciseDate`,
 * so each is frozen: a change to one entity's date would show in others. Emptied when full, so it
 * stays small whatever is read.
 */
const readDates = new Map<string | number, PreciseDate | null>();
const MAX_READ_DATES = 20_000;

/**
 * A gazetteer date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (YAML reads a bare year as a number).
 * Stricter than `parsePreciseDate`, which also takes date-times for front matter.
 */
export function readGazetteerDate(value: unknown): PreciseDate | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  let date = readDates.get(value);
  if (date !== undefined) return date;
  date = typeof value === 'number'
    ? (Number.isInteger(value) && value >= 1000 && value <= 9999 ? parsePreciseDate(value) : null)
    : (DATE_TEXT.test(value) ? parsePreciseDate(value) : null);
  if (date !== null) Object.freeze(date);
  if (readDates.size >= MAX_READ_DATES) readDates.clear();
  readDates.set(value, date);
  return date;
}

/** A field of an entry as written: its key and value nodes. */
export interface FieldPair {
  key: unknown;
  value: unknown;
}

/** Past this many fields an entry's fields are found through a `Map`; below it a scan is cheaper than making one. */
const SCANNED_FIELDS = 16;

type PathStep = string | number;

/**
 * Reads the fields of one entry with their types, reporting `gazetteer-schema` problems at the
 * exact value (or list item) that is wrong. Invalid values are reported and left out of the typed
 * entity; the raw value stays in `fields`.
 */
export class EntryReader {
  readonly references: PendingReference[] = [];

  constructor(
    private readonly file: FileContext,
    readonly id: string,
    readonly keySpan: Span,
    readonly fields: Record<string, unknown>,
    /** The entry map's pairs, in written order. */
    private readonly pairs: readonly FieldPair[],
  ) {}

  /** Fields by key, the first of each (built only for an entry with many fields). */
  private pairIndex: Map<string, FieldPair> | null = null;

  /** The first pair written with this key. */
  private pairOf(key: string): FieldPair | undefined {
    const text = this.file.text;
    if (this.pairs.length <= SCANNED_FIELDS) {
      for (const pair of this.pairs) if (keyText(pair.key, text) === key) return pair;
      return undefined;
    }
    if (!this.pairIndex) {
      this.pairIndex = new Map();
      for (const pair of this.pairs) {
        const name = keyText(pair.key, text);
        if (name !== null && !this.pairIndex.has(name)) this.pairIndex.set(name, pair);
      }
    }
    return this.pairIndex.get(key);
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.fields, key) && this.fields[key] !== null;
  }

  get(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.fields, key) ? this.fields[key] : undefined;
  }

  /** Span of a field's value, or of something inside it (`operators`, 1, `org`). */
  spanAt(key: string, ...path: PathStep[]): Span {
    const nodes = this.pairOf(key);
    if (!nodes) return this.keySpan;
    let node = (nodes.value as Node | null | undefined) ?? null;
    let span = node ? spanOf(node) : spanOf(nodes.key as Node | null, this.keySpan);
    for (const step of path) {
      const next = childOf(node, step, this.file.text);
      if (!next) break;
      node = next;
      span = spanOf(next, span);
    }
    return trimSpanEnd(this.file.text, span);
  }

  problem(span: Span, message: string, data: Record<string, unknown> = {}): void {
    this.file.report('gazetteer-schema', span, message, { data: { id: this.id, ...data } });
  }

  /** `of \`id\`` — every message names the entry it is about. */
  private of(field: string): string {
    return `${field} of \`${this.id}\``;
  }

  text(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    if (typeof value === 'string') return value;
    this.problem(this.spanAt(key), `${cap(this.of(`\`${key}\``))} must be text; found ${describe(value)}.`, { field: key });
    return undefined;
  }

  /** A list of non-empty strings (`aliases`, `sources`, `units`, `demonyms`). */
  textList(key: string): string[] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    if (!Array.isArray(value)) {
      this.problem(this.spanAt(key), `${cap(this.of(`\`${key}\``))} must be a list of text, like \`${key}: [a, b]\`; found ${describe(value)}.`, { field: key });
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item);
      else this.problem(this.spanAt(key, i), `Item ${i + 1} of ${this.of(`\`${key}\``)} must be non-empty text; found ${describe(item)}.`, { field: key });
    });
    return out;
  }

  date(key: string): PreciseDate | undefined {
    if (!this.has(key)) return undefined;
    return this.dateValue(this.fields[key], this.spanAt(key), `\`${key}\``);
  }

  dateValue(value: unknown, span: Span, field: string): PreciseDate | undefined {
    const date = readGazetteerDate(value);
    if (date) return date;
    const shape = typeof value === 'string' && DATE_TEXT.test(value) ? 'is not a calendar date' : 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
    this.problem(span, `${cap(this.of(field))} ${shape}; found ${describe(value)}.`, { field });
    return undefined;
  }

  /** Reports `from` after `to` (with precisions: only when every reading of them is reversed). */
  /** `spanOf` is called only for a report: finding a field's span costs more than the comparison. */
  checkOrder(from: PreciseDate | undefined, to: PreciseDate | undefined, spanOf: () => Span, fromName: string, toName: string, where: string): void {
    if (from && to && from.start > to.end) {
      this.problem(spanOf(), `${cap(where)}: ${fromName} ${from.value} is after ${toName} ${to.value}.`, { from: from.value, to: to.value });
    }
  }

  ref(key: string, kinds: readonly EntityKind[] | null): string | undefined {
    if (!this.has(key)) return undefined;
    return this.refValue(this.fields[key], this.spanAt(key), `\`${key}\``, kinds);
  }

  refValue(value: unknown, span: Span, field: string, kinds: readonly EntityKind[] | null): string | undefined {
    if (typeof value !== 'string' || !isValidId(value)) {
      this.problem(span, `${cap(this.of(field))} must be the id of another entry (lower-case kebab-case, like \`iraq\`); found ${describe(value)}.`, { field });
      return undefined;
    }
    this.references.push({ fromId: this.id, field, target: value, uri: this.file.uri, span, kinds });
    return value;
  }

  refList(key: string, kinds: readonly EntityKind[] | null): string[] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    if (!Array.isArray(value)) {
      this.problem(this.spanAt(key), `${cap(this.of(`\`${key}\``))} must be a list of ids, like \`${key}: [iraq, syria]\`; found ${describe(value)}.`, { field: key });
      return undefined;
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const id = this.refValue(item, this.spanAt(key, i), `item ${i + 1} of \`${key}\``, kinds);
      if (id !== undefined) out.push(id);
    });
    return out;
  }

  /** Items of a list field that must be maps (`operators`, `roles`, `values`), with their index. */
  mapItems(key: string, example: string): Array<{ item: Record<string, unknown>; index: number }> | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    if (!Array.isArray(value)) {
      this.problem(this.spanAt(key), `${cap(this.of(`\`${key}\``))} must be a list of maps, like \`- ${example}\`; found ${describe(value)}.`, { field: key });
      return undefined;
    }
    const out: Array<{ item: Record<string, unknown>; index: number }> = [];
    value.forEach((item, index) => {
      if (isPlainObject(item)) out.push({ item, index });
      else this.problem(this.spanAt(key, index), `Item ${index + 1} of ${this.of(`\`${key}\``)} must be a map, like \`- ${example}\`; found ${describe(item)}.`, { field: key });
    });
    return out;
  }

  coordinates(key: string): [number, number] | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    const span = this.spanAt(key);
    if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      this.problem(span, `${cap(this.of(`\`${key}\``))} must be [latitude, longitude] in decimal degrees, like [33.7856, 42.4412]; found ${describe(value)}.`, { field: key });
      return undefined;
    }
    const [lat, lon] = value as [number, number];
    if (lat < -90 || lat > 90) {
      this.problem(this.spanAt(key, 0), `Latitude ${lat} in ${this.of(`\`${key}\``)} is outside -90…90 (are latitude and longitude swapped?).`, { field: key });
      return undefined;
    }
    if (lon < -180 || lon > 180) {
      this.problem(this.spanAt(key, 1), `Longitude ${lon} in ${this.of(`\`${key}\``)} is outside -180…180.`, { field: key });
      return undefined;
    }
    return [lat, lon];
  }

  wikidata(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const value = this.fields[key];
    if (typeof value === 'string' && /^Q[1-9]\d*$/.test(value)) return value;
    this.problem(this.spanAt(key), `${cap(this.of(`\`${key}\``))} must be a Wikidata item id such as Q42; found ${describe(value)}.`, { field: key });
    return undefined;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, quoted rendering of a wrong value for messages. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return value === '' ? 'empty text' : `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function childOf(node: Node | null, step: PathStep, text: string): Node | null {
  if (!node) return null;
  if (typeof step === 'number') return isSeq(node) ? ((node.items[step] as Node | undefined) ?? null) : null;
  if (!isMap(node)) return null;
  for (const pair of node.items) {
    if (keyText(pair.key, text) === step) return (pair.value as Node | null) ?? (pair.key as Node | null);
  }
  return null;
}
