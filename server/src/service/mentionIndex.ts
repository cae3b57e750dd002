import { type Annotation, type IndexableArticle, type LineIndex, type PreciseDate, type Range, type Span, parseDateValue, timelineDates } from '../core';
import { type PackedRanges, RangeGroups, countAt, rangesOf } from './packedRanges';

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

/** One timeline date read back from a `PackedTimeline`. */
export interface TimelineEntry {
  range: Range;
  text: string;
  date: PreciseDate;
  relative: boolean;
  entities: string[];
}

export interface IdLocation {
  uri: string;
  range: Range;
}

/**
 * The span of just the id in an annotation. `valueSpan` is meant to hold only the id, but a
 * leading `@` or `figure=` is trimmed here too, so a rename never eats the markup.
 */
export function annotationIdSpan(annotation: Annotation, text: string): Span {
  const raw = text.slice(annotation.valueSpan.start, annotation.valueSpan.end);
  const at = raw.indexOf(annotation.value);
  if (annotation.value !== '' && at > 0) {
    return { start: annotation.valueSpan.start + at, end: annotation.valueSpan.start + at + annotation.value.length };
  }
  return annotation.valueSpan;
}

export function summarizeArticle(analysis: IndexableArticle, lines: LineIndex): ArticleSummary {
  const mentions = new RangeGroups();
  const annotationIds = new RangeGroups();
  for (const e of analysis.entities) if (e.id) mentions.add(e.id, lines.rangeOf(e.span));
  for (const f of analysis.figures) if (f.key) mentions.add(f.key, lines.rangeOf(f.span));
  for (const a of analysis.article.annotations) {
    if (a.kind !== 'entity' && a.kind !== 'figure') continue;
    annotationIds.add(a.value, lines.rangeOf(annotationIdSpan(a, analysis.article.text)));
  }
  const title = analysis.article.frontMatter.data.title;
  return {
    uri: analysis.article.uri, title: typeof title === 'string' ? title : null, mentions: mentions.pack(), annotationIds: annotationIds.pack(),
    published: analysis.article.published?.start ?? null,
    timeline: packTimeline(analysis, lines),
  };
}

const INTERNED_LIMIT = 20_000;
const internedStrings = new Map<string, string>();

/**
 * One copy of each short string the timelines repeat ("last week", "2020-06"): a workspace of
 * 10,000 articles has tens of thousands of dates and only a few thousand distinct ones.
 */
function interned(text: string): string {
  if (text.length > 40) return text;
  const known = internedStrings.get(text);
  if (known !== undefined) return known;
  if (internedStrings.size >= INTERNED_LIMIT) internedStrings.clear();
  internedStrings.set(text, text);
  return text;
}

const EMPTY_TIMELINE: PackedTimeline = Object.freeze({ entities: [], numbers: [], strings: [] }) as PackedTimeline;

export function packTimeline(analysis: IndexableArticle, lines: LineIndex): PackedTimeline {
  const facts = timelineDates(analysis);
  if (facts.length === 0) return EMPTY_TIMELINE;
  const entities: string[] = [];
  const entityIndex = new Map<string, number>();
  const numbers: number[] = [];
  const strings: string[] = [];
  for (const d of facts) {
    const { start, end } = lines.rangeOf(d.span);
    numbers.push(start.line, start.character, end.line, end.character, d.relative ? 1 : 0, d.entities.length);
    for (const id of d.entities) {
      let i = entityIndex.get(id);
      if (i === undefined) {
        i = entities.push(id) - 1;
        entityIndex.set(id, i);
      }
      numbers.push(i);
    }
    strings.push(interned(d.text), interned(d.date.value));
  }
  return { entities, numbers, strings };
}

/**
 * The dates of a packed timeline, in text order. `parsed` memoises date values across calls (a
 * corpus repeats the same days), so a timeline of the whole workspace parses each value once.
 */
export function unpackTimeline(packed: PackedTimeline, parsed = new Map<string, PreciseDate | null>()): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  // A summary restored from a saved index of an older shape may lack the timeline: no dates then.
  const { numbers = [], strings = [], entities = [] } = packed ?? {};
  for (let n = 0, s = 0; n < numbers.length && s + 1 < strings.length; s += 2) {
    const range = { start: { line: numbers[n], character: numbers[n + 1] }, end: { line: numbers[n + 2], character: numbers[n + 3] } };
    const relative = numbers[n + 4] === 1;
    const count = numbers[n + 5];
    const ids = numbers.slice(n + 6, n + 6 + count).map((i) => entities[i]);
    n += 6 + count;
    const value = strings[s + 1];
    let date = parsed.get(value);
    if (date === undefined) parsed.set(value, (date = parseDateValue(value)));
    if (date) out.push({ range, text: strings[s], date, relative, entities: ids });
  }
  return out;
}

/**
 * Mentions of every id across the workspace's articles. Updated one article at a time as the
 * background indexer or an edit re-analyses it; counts for code lenses are derived lazily.
 */
export class MentionIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private counts: Map<string, { mentions: number; articles: number }> | null = null;

  set(summary: ArticleSummary): void {
    this.summaries.set(summary.uri, summary);
    this.counts = null;
  }

  delete(uri: string): void {
    if (this.summaries.delete(uri)) this.counts = null;
  }

  get(uri: string): ArticleSummary | undefined {
    return this.summaries.get(uri);
  }

  all(): IterableIterator<ArticleSummary> {
    return this.summaries.values();
  }

  get size(): number {
    return this.summaries.size;
  }

  mentionsOf(id: string): IdLocation[] {
    const out: IdLocation[] = [];
    for (const s of this.summaries.values()) for (const range of rangesOf(s.mentions, id)) out.push({ uri: s.uri, range });
    return out;
  }

  annotationIdsOf(id: string): IdLocation[] {
    const out: IdLocation[] = [];
    for (const s of this.summaries.values()) for (const range of rangesOf(s.annotationIds, id)) out.push({ uri: s.uri, range });
    return out;
  }

  countsOf(id: string): { mentions: number; articles: number } {
    if (!this.counts) {
      const counts = new Map<string, { mentions: number; articles: number }>();
      for (const s of this.summaries.values()) {
        for (let i = 0; i < s.mentions.keys.length; i++) {
          const key = s.mentions.keys[i];
          const c = counts.get(key) ?? { mentions: 0, articles: 0 };
          c.mentions += countAt(s.mentions, i);
          c.articles += 1;
          counts.set(key, c);
        }
      }
      this.counts = counts;
    }
    return this.counts.get(id) ?? { mentions: 0, articles: 0 };
  }
}
