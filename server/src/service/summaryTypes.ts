import type { PackedRanges } from './packedRanges';

/** What the workspace index keeps of one article: where each id is mentioned, in LSP ranges. */
export interface ArticleSummary {
  uri: string;
  title: string | null;
  /** Every mention of an entity id or figure key (matched names and annotations alike). */
  mentions: PackedRanges;
  /** The id text inside `{@id}` and `{figure=id}` annotations: what a rename has to edit. */
  annotationIds: PackedRanges;
  /** `published` as an ISO day, or null. */
  published: string | null;
  /** The article's resolved dates for the timeline view, packed (see `unpackTimeline`). */
  timeline: PackedTimeline;
}

/**
 * An article's resolved dates in a few dozen bytes each: flat arrays of small numbers and short
 * strings (plain data, so the index can be persisted as it is), not an object per date.
 */
export interface PackedTimeline {
  /** Entity ids named in the dates' sentences; `numbers` refers to them by index. */
  entities: string[];
  /** Per date: start line, start character, end line, end character, 1 if relative else 0, n, then n indexes into `entities`. */
  numbers: number[];
  /** Per date: the text as written, then the ISO value at its precision (`2020-W02`). */
  strings: string[];
}
