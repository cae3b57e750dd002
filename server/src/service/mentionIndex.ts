import { type Annotation, type IndexableArticle, type LineIndex, type PreciseDate, type Range, type Span, parseDateValue, timelineDates } from '../core';
import type { ArticleSummary, PackedTimeline } from './summaryTypes';
import { type CompactSummary, compactRangesOf, compactSummary, expandSummary, keyCounts } from './compactSummary';
import { StringTable, ownCopy } from './stringTable';
import { RangeGroups } from './packedRanges';

export type { ArticleSummary, PackedTimeline } from './summaryTypes';

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
  // A copy: the date's text is a slice of the article's, which the table would otherwise keep.
  const own = ownCopy(text);
  internedStrings.set(own, own);
  return own;
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
 * background indexer or an edit re-analyses it; counts for code lenses are derived lazily. Each
 * article is kept compact (`compactSummary.ts`: one typed array, strings numbered once for the
 * workspace) and handed out as an `ArticleSummary` made afresh.
 */
export class MentionIndex {
  private readonly summaries = new Map<string, CompactSummary>();
  private counts: Map<string, { mentions: number; articles: number }> | null = null;

  /** The strings of every summary, numbered once (see `StringTable`); the corpus views number theirs in it too, and the saved index is written with it. */
  readonly strings = new StringTable();

  /** `uri`: the workspace's string for the article's uri. */
  set(summary: ArticleSummary, uri = summary.uri): void {
    this.keep(uri, compactSummary(summary, this.strings, uri));
  }

  /** Keeps an article's compact summary as the saved index holds it (numbered in this index's table). */
  keep(uri: string, compact: CompactSummary): void {
    this.summaries.set(uri, compact);
    this.counts = null;
  }

  /** The compact summary of `uri` as it is kept (the saved index writes it; it is replaced, never changed). */
  kept(uri: string): CompactSummary | undefined {
    return this.summaries.get(uri);
  }

  delete(uri: string): void {
    if (this.summaries.delete(uri)) this.counts = null;
  }

  get(uri: string): ArticleSummary | undefined {
    const compact = this.summaries.get(uri);
    return compact && expandSummary(compact, this.strings);
  }

  *all(): IterableIterator<ArticleSummary> {
    for (const compact of this.summaries.values()) yield expandSummary(compact, this.strings);
  }

  /** Every article's uri and title, without making its summary. */
  *titles(): IterableIterator<{ uri: string; title: string | null }> {
    yield* this.summaries.values();
  }

  /** Every id or key mentioned somewhere, once. */
  mentionedKeys(): Set<string> {
    const numbers = new Set<number>();
    for (const compact of this.summaries.values()) for (const [key] of keyCounts(compact, false)) numbers.add(key);
    return new Set([...numbers].map((n) => this.strings.at(n)));
  }

  get size(): number {
    return this.summaries.size;
  }

  mentionsOf(id: string): IdLocation[] {
    return this.locationsOf(id, false);
  }

  annotationIdsOf(id: string): IdLocation[] {
    return this.locationsOf(id, true);
  }

  private locationsOf(id: string, annotations: boolean): IdLocation[] {
    const out: IdLocation[] = [];
    const key = this.strings.find(id);
    if (key === -1) return out;
    for (const s of this.summaries.values()) for (const range of compactRangesOf(s, key, annotations)) out.push({ uri: s.uri, range });
    return out;
  }

  countsOf(id: string): { mentions: number; articles: number } {
    if (!this.counts) {
      const counts = new Map<string, { mentions: number; articles: number }>();
      for (const s of this.summaries.values()) {
        for (const [n, count] of keyCounts(s, false)) {
          const key = this.strings.at(n);
          const c = counts.get(key) ?? { mentions: 0, articles: 0 };
          c.mentions += count;
          c.articles += 1;
          counts.set(key, c);
        }
      }
      this.counts = counts;
    }
    return this.counts.get(id) ?? { mentions: 0, articles: 0 };
  }
}
