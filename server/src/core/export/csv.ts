import type { GazetteerEntity, Precision, PreciseDate } from '../types';
import type { ArticleAnalysis } from '../analysisKinds';
import { articleMetadata, bySpan, compare, conservativeValue } from './shared';

// An event/figure table in the shape conflict-data people load into R or pandas: one row per
// figure, date and event mention, RFC 4180 (CRLF line ends, fields quoted when needed).

export const CSV_COLUMNS = [
  'path', 'published', 'kind', 'text', 'id', 'unit', 'noun', 'min', 'max', 'min_inclusive', 'max_inclusive',
  'conservative', 'date', 'precision', 'time_precision', 'date_prec', 'date_from', 'date_to', 'start', 'end',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>;

/**
 * ACLED `time_precision`: 1 the day is known, 2 the week (or a few days), 3 only the month.
 * ACLED has no year level; a year-only date is left empty there.
 */
export const ACLED_TIME_PRECISION: Record<Precision, number | null> = { day: 1, week: 2, month: 3, year: null };

/** UCDP GED `date_prec`: 1 exact day, 3 the week, 4 the month, 5 only the year (2 = a 2–6 day range, unused). */
export const UCDP_DATE_PREC: Record<Precision, number> = { day: 1, week: 3, month: 4, year: 5 };

/** An RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function dateColumns(d: PreciseDate | null | undefined) {
  return {
    date: d?.value ?? null,
    precision: d?.precision ?? null,
    time_precision: d ? ACLED_TIME_PRECISION[d.precision] : null,
    date_prec: d ? UCDP_DATE_PREC[d.precision] : null,
    date_from: d?.start ?? null,
    date_to: d?.end ?? null,
  };
}

const EMPTY_FIGURE = { unit: null, noun: null, min: null, max: null, min_inclusive: null, max_inclusive: null, conservative: null };

/**
 * Rows of one article in document order. Event rows come from entity mentions of kind `event`
 * and take their date from the gazetteer entry (`lookup`), since the mention itself has none.
 */
export function csvRows(a: ArticleAnalysis, lookup: (id: string) => GazetteerEntity | undefined): Row[] {
  const meta = articleMetadata(a);
  const base = { path: meta.path, published: meta.published };
  const rows: { order: number; start: number; end: number; row: Row }[] = [];
  for (const f of bySpan(a.figures)) {
    rows.push({ order: 0, start: f.span.start, end: f.span.end, row: {
      ...base, kind: 'figure', text: f.text, id: f.key, unit: f.unit, noun: f.noun,
      min: f.min, max: f.max, min_inclusive: f.minInclusive, max_inclusive: f.maxInclusive,
      conservative: conservativeValue(f), ...dateColumns(f.date), start: f.span.start, end: f.span.end,
    } });
  }
  for (const d of bySpan(a.dates)) {
    rows.push({ order: 1, start: d.span.start, end: d.span.end, row: {
      ...base, kind: 'date', text: d.text, id: null, ...EMPTY_FIGURE, ...dateColumns(d.date),
      start: d.span.start, end: d.span.end,
    } });
  }
  for (const e of bySpan(a.entities)) {
    if (e.kind !== 'event' || e.id === null) continue;
    rows.push({ order: 2, start: e.span.start, end: e.span.end, row: {
      ...base, kind: 'event', text: e.text, id: e.id, ...EMPTY_FIGURE, ...dateColumns(lookup(e.id)?.date),
      start: e.span.start, end: e.span.end,
    } });
  }
  rows.sort((x, y) => x.start - y.start || x.end - y.end || x.order - y.order || compare(String(x.row.text), String(y.row.text)));
  return rows.map((r) => r.row);
}

/** The whole table with its header line. */
export function toCsv(analyses: readonly ArticleAnalysis[], lookup: (id: string) => GazetteerEntity | undefined): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of analyses) {
    for (const row of csvRows(a, lookup)) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}
