// The figure history (SPEC §9): every value the gazetteer records for one figure key and every
// article mention of it, each mention judged against the gazetteer value valid on its date with
// the very test behind `figure-gazetteer-mismatch`. Plain data in spans; front ends turn spans into
// ranges. Works on whole analyses and on `corpusView`s alike (only `figures`, the uri, the title
// and `published` are read).
import { agreesWithGazetteer, valuesValidAt } from '../figures/figureFacts';
import type { AnalysisSettings } from '../settings';
import type { FigureMention, FigureValue, Gazetteer, PreciseDate, Span } from '../types';
import type { CorpusSide } from '../analysisKinds';
import { type PlacedFigure, conflictPairs } from './figureConflicts';

export interface SpanLocation {
  uri: string;
  span: Span;
}

/** See `FigureAgreement` in the protocol: the mismatch check's verdict, or why there is none. */
export type FigureAgreement = 'agrees' | 'disagrees' | 'no-value' | 'undated';

export interface FigureHistoryValueData {
  value: number;
  asOf: PreciseDate;
  source: string | null;
  location: SpanLocation;
}

export interface FigureHistoryMentionData {
  location: SpanLocation;
  title: string | null;
  published: string | null;
  text: string;
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  conservative: number | null;
  date: PreciseDate | null;
  agreement: FigureAgreement;
  /** The gazetteer values valid on the mention's date: the same objects as in `values`. */
  expected: FigureHistoryValueData[];
  /** Indexes into `mentions` of the mentions this one conflicts with. */
  conflictsWith: number[];
}

export interface FigureHistoryData {
  key: string;
  label: string;
  units: string[];
  entry: SpanLocation | null;
  values: FigureHistoryValueData[];
  mentions: FigureHistoryMentionData[];
}

/**
 * The history of figure `key`, or null when neither the gazetteer nor any article knows the key.
 * Mentions are sorted by date (undated last), then by uri and position.
 */
export function figureHistory(key: string, gazetteer: Gazetteer, articles: Iterable<CorpusSide>, settings: AnalysisSettings): FigureHistoryData | null {
  const found = gazetteer.entities.get(key);
  const entity = found?.kind === 'figure' ? found : undefined;
  const placed = figuresWithKey(key, articles);
  if (!entity && placed.length === 0) return null;

  const recorded = entity?.values ?? [];
  const valueData = new Map<FigureValue, FigureHistoryValueData>();
  for (const v of recorded) {
    valueData.set(v, { value: v.value, asOf: v.asOf, source: v.source ?? null, location: { uri: entity!.location.uri, span: v.span } });
  }
  placed.sort(byDateThenPlace);
  const mentions = placed.map(({ analysis, figure }) => mentionData(analysis, figure, recorded, valueData));
  const conflicts = conflictPairs(placed, settings);
  for (const [a, b] of conflicts) {
    mentions[a].conflictsWith.push(b);
    mentions[b].conflictsWith.push(a);
  }
  for (const m of mentions) m.conflictsWith.sort((a, b) => a - b);
  return {
    key,
    label: entity?.name ?? key,
    units: entity?.units ?? [],
    entry: entity ? { uri: entity.location.uri, span: entity.location.keySpan } : null,
    values: [...valueData.values()].sort((a, b) => compareText(a.asOf.start, b.asOf.start) || compareText(a.asOf.end, b.asOf.end)),
    mentions,
  };
}

/** How a figure stands against the gazetteer values of its key (the `figure-gazetteer-mismatch` test). */
export function agreementOf(figure: FigureMention, values: readonly FigureValue[]): FigureAgreement {
  if (!figure.date) return 'undated';
  if (values.length === 0 || valuesValidAt(values, figure.date).length === 0) return 'no-value';
  return agreesWithGazetteer(figure, values) ? 'agrees' : 'disagrees';
}

export function figuresWithKey(key: string, articles: Iterable<CorpusSide>): PlacedFigure[] {
  const out: PlacedFigure[] = [];
  for (const analysis of articles) for (const figure of analysis.figures) if (figure.key === key) out.push({ analysis, figure });
  return out;
}

function mentionData(
  analysis: CorpusSide, figure: FigureMention, values: readonly FigureValue[], valueData: Map<FigureValue, FigureHistoryValueData>,
): FigureHistoryMentionData {
  const { article } = analysis;
  const title = article.frontMatter.data.title;
  const expected = figure.date ? valuesValidAt(values, figure.date) : [];
  return {
    location: { uri: article.uri, span: figure.span },
    title: typeof title === 'string' && title.trim() !== '' ? title.trim() : null,
    published: article.published?.start ?? null,
    text: figure.text,
    min: figure.min,
    max: figure.max,
    minInclusive: figure.minInclusive,
    maxInclusive: figure.maxInclusive,
    conservative: figure.conservative ?? null,
    date: figure.date,
    agreement: agreementOf(figure, values),
    expected: expected.map((v) => valueData.get(v)!),
    conflictsWith: [],
  };
}

function byDateThenPlace(a: PlacedFigure, b: PlacedFigure): number {
  const da = a.figure.date;
  const db = b.figure.date;
  if (da && db) {
    const byDate = compareText(da.start, db.start) || compareText(da.end, db.end);
    if (byDate !== 0) return byDate;
  } else if (da || db) return da ? -1 : 1;
  return compareText(a.analysis.article.uri, b.analysis.article.uri) || a.figure.span.start - b.figure.span.start;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
