// The corpus timeline (SPEC §9): every resolved date of every article, with the entities named in
// the date's sentence so the view can filter by entity. Two steps, so a workspace index can keep
// the first step's output per article and run only the cheap second step per request.
import { sentenceIndexAt } from '../text/sentenceIndex';
import type { GazetteerEntity, PreciseDate, Span } from '../types';
import type { IndexableArticle } from '../analysisKinds';

/** One resolved date of an article, in spans. */
export interface TimelineDateFact {
  span: Span;
  text: string;
  date: PreciseDate;
  relative: boolean;
  /** Ids of the entities mentioned in the date's sentence, in text order, each once. */
  entities: string[];
}

/** The resolved dates of one analysed article, in text order (unresolved dates are left out). */
export function timelineDates(analysis: IndexableArticle): TimelineDateFact[] {
  const { sentences } = analysis.article;
  const idsBySentence = new Map<number, string[]>();
  for (const e of analysis.entities) {
    if (!e.id) continue;
    const i = sentenceIndexAt(sentences, e.span.start);
    if (i < 0) continue;
    const ids = idsBySentence.get(i);
    if (!ids) idsBySentence.set(i, [e.id]);
    else if (!ids.includes(e.id)) ids.push(e.id);
  }
  const out: TimelineDateFact[] = [];
  for (const d of analysis.dates) {
    if (!d.date) continue;
    const i = sentenceIndexAt(sentences, d.span.start);
    out.push({ span: d.span, text: d.text, date: d.date, relative: d.relative, entities: (i >= 0 && idsBySentence.get(i)) || [] });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** One article's dates as the timeline assembles them; `L` is however the front end locates them. */
export interface TimelineSourceArticle<L> {
  uri: string;
  title: string | null;
  /** ISO day, or null. */
  published: string | null;
  dates: TimelineSourceDate<L>[];
}

export interface TimelineSourceDate<L> {
  location: L;
  text: string;
  date: PreciseDate;
  relative: boolean;
  entities: string[];
}

export interface TimelineEntityCount {
  id: string;
  name: string;
  kind: string;
  dates: number;
}

export interface TimelineData<L> {
  articles: TimelineSourceArticle<L>[];
  entities: TimelineEntityCount[];
}

/**
 * Articles with at least one date (after the entity filter), by publication date (undated last)
 * then uri; and every entity named in some date's sentence with how many dates name it, most
 * first — counted before the filter, since they are the filter's choices.
 */
export function assembleTimeline<L>(
  articles: Iterable<TimelineSourceArticle<L>>, entities: ReadonlyMap<string, GazetteerEntity>, entity?: string,
): TimelineData<L> {
  const counts = new Map<string, number>();
  const kept: TimelineSourceArticle<L>[] = [];
  for (const article of articles) {
    for (const d of article.dates) for (const id of d.entities) counts.set(id, (counts.get(id) ?? 0) + 1);
    const dates = entity ? article.dates.filter((d) => d.entities.includes(entity)) : article.dates;
    if (dates.length > 0) kept.push(dates === article.dates ? article : { ...article, dates });
  }
  kept.sort(byPublishedThenUri);
  const list: TimelineEntityCount[] = [...counts].map(([id, dates]) => {
    const known = entities.get(id);
    return { id, name: known?.name ?? id, kind: known?.kind ?? 'unknown', dates };
  });
  list.sort((a, b) => b.dates - a.dates || a.name.localeCompare(b.name) || compare(a.id, b.id));
  return { articles: kept, entities: list };
}

function byPublishedThenUri(a: { published: string | null; uri: string }, b: { published: string | null; uri: string }): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return compare(a.published, b.published);
  }
  return compare(a.uri, b.uri);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
