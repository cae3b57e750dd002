import type { Range } from '../core';
import { NumberReader as Reader, encodeNumbers as encode } from './byteNumbers';
import { type StringTable, type StringsAt, ownCopy } from './stringTable';
import type { ArticleSummary, PackedTimeline } from './summaryTypes';

/**
 * What the mention index keeps of one article (issue 15: ~3.4 KB an article as an
 * `ArticleSummary`, ~0.6 KB so): its uri and title, and one list of numbers holding, after a
 * header, the mention keys (string numbers), the mention ranges as `PackedRanges.data`, the same
 * two for annotation ids, the timeline's entities (string numbers), its numbers, and its strings
 * (string numbers).
 *
 * The list is a string of bytes (`byteNumbers.ts`: most numbers — lines, columns, counts — take
 * one byte, a string number of a large gazetteer three); every use walks it anyway. The saved
 * index keeps it as it is, with the string table it refers to (`indexRecords.ts`).
 */
export interface CompactSummary {
  uri: string;
  title: string | null;
  data: string;
}

/** Header: published (string number + 1, 0 for none), then the seven section lengths. */
const HEADER = 8;

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
export function expandSummary(compact: CompactSummary, table: StringsAt): ArticleSummary {
  const reader = new Reader(compact.data);
  const [published, mk, md, ak, ad, te, tn, ts] = header(reader);
  const strings = (count: number): string[] => reader.take(count).map((n) => table.at(n));
  const mentions = { keys: strings(mk), data: Uint32Array.from(reader.take(md)) };
  const annotationIds = { keys: strings(ak), data: Uint32Array.from(reader.take(ad)) };
  const timeline: PackedTimeline = { entities: strings(te), numbers: reader.take(tn), strings: strings(ts) };
  if (!reader.done) throw new RangeError('compact summary: the sections do not add up');
  return { uri: compact.uri, title: compact.title, mentions, annotationIds, published: published === 0 ? null : table.at(published - 1), timeline };
}

/**
 * True if `data` reads as a compact summary whose string numbers are all below `strings` (a
 * guard for the saved index: a file that passed its checksum was written by this code, so this
 * catches bugs and hand edits, and a summary that would throw when a request reads it).
 */
export function isCompactSummaryData(data: unknown, strings: number): boolean {
  if (typeof data !== 'string') return false;
  try {
    const reader = new Reader(data);
    const [published, mk, md, ak, ad, te, tn, ts] = header(reader);
    const numbered = (count: number): boolean => {
      for (let i = 0; i < count; i++) if (reader.next() >= strings) return false;
      return true;
    };
    // Packed ranges: a count per key, then four numbers per range (see `PackedRanges`).
    const ranges = (keys: number, length: number): boolean => {
      if (length < keys) return false;
      let total = 0;
      for (let i = 0; i < keys; i++) total += reader.next();
      reader.skip(length - keys);
      return length === keys + 4 * total;
    };
    if (published > strings || !numbered(mk) || !ranges(mk, md) || !numbered(ak) || !ranges(ak, ad) || !numbered(te)) return false;
    reader.skip(tn);
    return numbered(ts) && reader.done;
  } catch {
    return false; // read past its end
  }
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
