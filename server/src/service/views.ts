// Answers the figure-history and timeline requests (server/src/protocol/views.ts) from what the
// workspace state already keeps: corpus views per figure key, the mention index's per-article
// summaries, and the cached analyses of open articles. No request re-analyses the workspace.
import {
  type CorpusSide, type FigureHistoryData, type FigureHistoryValueData, type LineIndex, type PreciseDate, type Span, type SpanLocation,
  assembleTimeline, entitiesInFile, entitiesOfKind, figureHistory,
} from '../core';
import type {
  FigureHistory, FigureHistoryParams, FigureHistoryValue, FigureKeySummary, Timeline, TimelineParams, ViewLocation, ViewRange,
} from '../protocol/views';
import { unpackTimeline } from './mentionIndex';
import { normalizeUri } from './uris';
import type { WorkspaceState } from './workspaceState';

export interface ViewSources {
  state: WorkspaceState;
  /** Open article documents: their own (fresh, whole) analyses stand in for their corpus views. */
  openArticles(): string[];
  /** True for an article (open or on disk), not any other open document. */
  isArticle(uri: string): boolean;
}

const NOWHERE: ViewRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

// ----- figure history ---------------------------------------------------------------------------

export function answerFigureHistory(sources: ViewSources, params: FigureHistoryParams | null | undefined): FigureHistory | null {
  const key = typeof params?.key === 'string' && params.key !== '' ? params.key : keyAt(sources, params);
  if (!key) return null;
  const open = openAnalyses(sources);
  const data = figureHistory(key, sources.state.loaded.gazetteer, articlesWithKey(sources.state, key, open), sources.state.settings.analysis);
  return data && toProtocol(sources.state, data, open);
}

export function answerFigureKeys(sources: ViewSources): FigureKeySummary[] {
  const { state } = sources;
  const open = openAnalyses(sources);
  const entities = state.loaded.gazetteer.entities;
  const keys = new Set<string>();
  for (const e of entitiesOfKind(entities, 'figure')) keys.add(e.id);
  // Keys only articles use (annotated with an id the gazetteer lacks): the index knows every id.
  for (const id of state.mentions.mentionedKeys()) if (!entities.has(id)) keys.add(id);
  const out: FigureKeySummary[] = [];
  for (const key of keys) {
    let mentions = 0;
    for (const a of articlesWithKey(state, key, open)) for (const f of a.figures) if (f.key === key) mentions++;
    const entity = entities.get(key);
    if (!entity && mentions === 0) continue; // an unknown entity id, not a figure key
    out.push({ key, label: entity?.name ?? key, mentions, values: entity?.values?.length ?? 0 });
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
}

/** The figure key at a place: a figure or `{figure=…}` in an article, a figure entry in a gazetteer. */
function keyAt(sources: ViewSources, params: FigureHistoryParams | null | undefined): string | null {
  const raw = params?.textDocument?.uri;
  const position = params?.position;
  if (typeof raw !== 'string' || !position || typeof position.line !== 'number' || typeof position.character !== 'number') return null;
  const uri = normalizeUri(raw);
  const { state } = sources;
  const gazetteerLines = state.gazetteerLineIndex(uri);
  if (gazetteerLines) return figureEntryAt(state, uri, gazetteerLines, position.line);
  const analysed = sources.isArticle(uri) ? state.analyze(uri) : undefined;
  if (!analysed) return null;
  const offset = analysed.lines.offsetAt(position);
  const inside = (s: Span): boolean => s.start <= offset && offset <= s.end;
  for (const a of analysed.analysis.article.annotations) if (a.kind === 'figure' && inside(a.span) && a.value) return a.value;
  let best: { key: string; length: number } | null = null;
  for (const f of analysed.analysis.figures) {
    if (!f.key || !inside(f.span)) continue;
    const length = f.span.end - f.span.start;
    if (!best || length < best.length) best = { key: f.key, length };
  }
  return best?.key ?? null;
}

/** The figure whose entry (its key line, any line of its fields and values) holds `line`. */
function figureEntryAt(state: WorkspaceState, uri: string, lines: LineIndex, line: number): string | null {
  for (const e of entitiesInFile(state.loaded.gazetteer, uri)) {
    if (e.kind !== 'figure') continue;
    const first = lines.positionAt(e.location.keySpan.start).line;
    const { entrySpan } = e.location;
    const last = lines.positionAt(Math.max(entrySpan.start, entrySpan.end - 1)).line;
    if (first <= line && line <= Math.max(first, last)) return e.id;
  }
  return null;
}

/** Whole analyses of open articles, brought up to date (an edit shows in the next answer). */
function openAnalyses(sources: ViewSources): Map<string, CorpusSide> {
  const out = new Map<string, CorpusSide>();
  for (const uri of sources.openArticles()) {
    const analysed = sources.state.analyze(uri);
    if (analysed) out.set(uri, analysed.analysis);
  }
  return out;
}

function articlesWithKey(state: WorkspaceState, key: string, open: Map<string, CorpusSide>): CorpusSide[] {
  const out: CorpusSide[] = state.corpusViewsWithKey(key).filter((view) => !open.has(view.article.uri));
  for (const analysis of open.values()) if (analysis.figures.some((f) => f.key === key)) out.push(analysis);
  return out;
}

function toProtocol(state: WorkspaceState, data: FigureHistoryData, open: Map<string, CorpusSide>): FigureHistory {
  const linesCache = new Map<string, LineIndex | undefined>();
  const linesOf = (uri: string): LineIndex | undefined => {
    if (!linesCache.has(uri)) linesCache.set(uri, open.has(uri) ? state.analyze(uri)?.lines : state.linesOf(uri));
    return linesCache.get(uri);
  };
  const locate = (l: SpanLocation): ViewLocation => ({ uri: l.uri, range: linesOf(l.uri)?.rangeOf(l.span) ?? NOWHERE });
  const values = new Map<FigureHistoryValueData, FigureHistoryValue>();
  for (const v of data.values) values.set(v, { value: v.value, asOf: v.asOf, source: v.source, location: locate(v.location) });
  return {
    key: data.key,
    label: data.label,
    units: data.units,
    entry: data.entry && locate(data.entry),
    values: [...values.values()],
    mentions: data.mentions.map((m) => ({
      ...m,
      location: locate(m.location),
      expected: m.expected.map((v) => values.get(v)!),
    })),
  };
}

// ----- timeline ---------------------------------------------------------------------------------

export function answerTimeline(sources: ViewSources, params: TimelineParams | null | undefined): Timeline {
  const { state } = sources;
  for (const uri of sources.openArticles()) state.ensureIndexed(uri);
  const entity = typeof params?.entity === 'string' && params.entity !== '' ? params.entity : undefined;
  const parsed = new Map<string, PreciseDate | null>();
  const articles = [...state.mentions.all()].map((s) => ({
    uri: s.uri,
    title: s.title,
    published: s.published ?? null,
    dates: unpackTimeline(s.timeline, parsed).map((d) => ({ location: { uri: s.uri, range: d.range }, text: d.text, date: d.date, relative: d.relative, entities: d.entities })),
  }));
  return assembleTimeline(articles, state.loaded.gazetteer.entities, entity);
}
