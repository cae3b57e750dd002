import type { Range } from '../core';
import type { ArticleSummary, PackedTimeline } from './summaryTypes';

/**
 * A copy of `text` that shares no memory with a longer string. V8 makes a substring of 13
 * characters or more a view into its parent, so an article's title or an annotation's id kept
 * as sliced from the text keeps the whole text alive: the index of 10,000 articles held every
 * article's text (~27 MB) through their titles.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/**
 * Strings numbered once for a whole workspace index: entity ids, figure keys and the timelines'
 * date texts and values repeat across articles, so an article keeps 4-byte numbers instead of an
 * array of references (8 bytes each, plus the array) and, for strings read back from the saved
 * index, its own copy of each. Never shrinks: it holds each distinct string once, however many
 * articles use it.
 */
export class StringTable {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  numberOf(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      const own = ownCopy(text);
      n = this.strings.push(own) - 1;
      this.numbers.set(own, n);
    }
    return n;
  }

  /** The number of `text` if it was ever numbered, else -1 (looking up adds nothing). */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }

  at(n: number): string {
    return this.strings[n];
  }
}

/**
 * What the mention index keeps of one article (issue 15: ~3.4 KB an article as an
 * `ArticleSummary`, ~0.6 KB so): its uri and title, and one list of numbers holding, after a
 * header, the mention keys (string numbers), the mention ranges as `PackedRanges.data`, the same
 * two for annotation ids, the timeline's entities (string numbers), its numbers, and its strings
 * (string numbers).
 *
 * The list is written 7 bits a byte, the high bit set on every byte but a number's last (most
 * numbers — lines, columns, counts — take one byte, a string number of a large gazetteer three),
 * into a string of those bytes: a string of code units under 256 is kept one byte a unit, in the
 * heap, behind a 16-byte header, where a small typed array costs ~300 bytes of objects and an
 * off-heap allocation of its own. It is read from the start (`Reader`); every use walks it anyway.
 */
export interface CompactSummary {
  uri: string;
  title: string | null;
  data: string;
}

/** Header: published (string number + 1, 0 for none), then the seven section lengths. */
const HEADER = 8;

/** Reads a compact summary's numbers in order. */
class Reader {
  private at = 0;

  constructor(private readonly data: string) {}

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.data.charCodeAt(this.at++);
      if (Number.isNaN(byte)) throw new RangeError('compact summary: read past its end');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  take(count: number): number[] {
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.next();
    return out;
  }

  skip(count: number): void {
    for (let i = 0; i < count; i++) this.next();
  }

  get done(): boolean {
    return this.at >= this.data.length;
  }
}

function encode(values: number[]): string {
  const bytes: number[] = [];
  for (let value of values) {
    if (!Number.isInteger(value) || value < 0) value = 0; // only a damaged saved index; never from an analysis
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  // In slices (a call takes only so many arguments), joined into one flat string.
  const slices: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) slices.push(String.fromCharCode(...bytes.slice(i, i + 8192)));
  return slices.length === 1 ? slices[0] : slices.join('');
}

export function compactSummary(summary: ArticleSummary, table: StringTable, uri = summary.uri): CompactSummary {
  const { mentions, annotationIds } = summary;
  // A summary restored from a saved index of an older shape may lack the timeline: no dates then.
  const { entities = [], numbers = [], strings = [] } = summary.timeline ?? {};
  const values: number[] = [
    summary.published === null ? 0 : table.numberOf(summary.published) + 1,
    mentions.keys.length, mentions.data.length, annotationIds.keys.length, annotationIds.data.length, entities.length, numbers.length, strings.length,
  ];
  const put = (list: ArrayLike<number>): void => {
    for (let i = 0; i < list.length; i++) values.push(list[i]);
  };
  const putStrings = (list: readonly string[]): void => {
    for (const text of list) values.push(table.numberOf(text));
  };
  putStrings(mentions.keys);
  put(mentions.data);
  putStrings(annotationIds.keys);
  put(annotationIds.data);
  putStrings(entities);
  put(numbers);
  putStrings(strings);
  return { uri, title: summary.title === null ? null : ownCopy(summary.title), data: encode(values) };
}

/** The header: published and the section lengths (mention keys, mention data, annotation keys, annotation data, timeline entities, numbers, strings). */
function header(reader: Reader): number[] {
  return reader.take(HEADER);
}

/** The `ArticleSummary` a compact one was made from (fresh arrays: the caller may keep or persist them). */
export function expandSummary(compact: CompactSummary, table: StringTable): ArticleSummary {
  const reader = new Reader(compact.data);
  const [published, mk, md, ak, ad, te, tn, ts] = header(reader);
  const strings = (count: number): string[] => reader.take(count).map((n) => table.at(n));
  const mentions = { keys: strings(mk), data: Uint32Array.from(reader.take(md)) };
  const annotationIds = { keys: strings(ak), data: Uint32Array.from(reader.take(ad)) };
  const timeline: PackedTimeline = { entities: strings(te), numbers: reader.take(tn), strings: strings(ts) };
  if (!reader.done) throw new RangeError('compact summary: the sections do not add up');
  return { uri: compact.uri, title: compact.title, mentions, annotationIds, published: published === 0 ? null : table.at(published - 1), timeline };
}

/** Positions the reader at the keys of the mentions (or annotation ids); returns how many keys. */
function seekKeys(reader: Reader, annotations: boolean): number {
  const [, mk, md, ak] = header(reader);
  if (!annotations) return mk;
  reader.skip(mk + md);
  return ak;
}

/** The key numbers of the mentions (`annotations` false) or annotation ids, with each key's range count. */
export function keyCounts(compact: CompactSummary, annotations: boolean): Array<[key: number, count: number]> {
  const reader = new Reader(compact.data);
  const keys = reader.take(seekKeys(reader, annotations));
  return keys.map((key) => [key, reader.next()]);
}

/** The ranges of key number `key` among the mentions (or annotation ids), as `rangesOf` gives them. */
export function compactRangesOf(compact: CompactSummary, key: number, annotations: boolean): Range[] {
  const reader = new Reader(compact.data);
  const keys = reader.take(seekKeys(reader, annotations));
  const index = keys.indexOf(key);
  if (index === -1) return [];
  const counts = reader.take(keys.length);
  for (let i = 0; i < index; i++) reader.skip(counts[i] * 4);
  const out: Range[] = new Array(counts[index]);
  for (let i = 0; i < out.length; i++) {
    const [line, character, endLine, endCharacter] = reader.take(4);
    out[i] = { start: { line, character }, end: { line: endLine, character: endCharacter } };
  }
  return out;
}
