import type { ArticleAnalysis } from '../analysisKinds';
import { articleMetadata, bySpan, conservativeValue, type ArticleMetadata } from './shared';

// JSON Lines: one article per line. Offsets (`start`/`end`) are UTF-16 code-unit offsets into
// the whole file as it is on disk (front matter included) — `text.slice(start, end)` in
// JavaScript, Java or C#; Python users must convert (see docs/export.md).

export interface JsonlEntity {
  start: number; end: number; text: string;
  id: string | null; kind: string | null; candidates: string[]; explicit: boolean;
}

export interface JsonlDate {
  start: number; end: number; text: string;
  value: string | null; precision: string | null;
  /** First and last day the date covers (`YYYY-MM-DD`), null when unresolved. */
  from: string | null; to: string | null;
  relative: boolean; explicit: boolean;
}

export interface JsonlFigure {
  start: number; end: number; text: string;
  key: string | null; qualifier: string | null;
  /** `count`, `percent`, a currency code (`USD`), `km` or `times`. */
  unit: string;
  /** The counted noun of a `count`, else null. */
  noun: string | null;
  min: number | null; max: number | null; minInclusive: boolean; maxInclusive: boolean;
  conservative: number | null;
  /** The date the figure is reported as of (SPEC §4), ISO at its precision. */
  asOf: string | null; asOfPrecision: string | null;
  about: string[]; explicit: boolean;
}

export interface JsonlArticle extends ArticleMetadata {
  entities: JsonlEntity[];
  dates: JsonlDate[];
  figures: JsonlFigure[];
}

export function articleToJsonl(a: ArticleAnalysis): JsonlArticle {
  return {
    ...articleMetadata(a),
    entities: bySpan(a.entities).map((e) => ({
      start: e.span.start, end: e.span.end, text: e.text,
      id: e.id, kind: e.kind, candidates: [...e.candidates].sort(), explicit: e.explicit,
    })),
    dates: bySpan(a.dates).map((d) => ({
      start: d.span.start, end: d.span.end, text: d.text,
      value: d.date?.value ?? null, precision: d.date?.precision ?? null,
      from: d.date?.start ?? null, to: d.date?.end ?? null,
      relative: d.relative, explicit: d.explicit,
    })),
    figures: bySpan(a.figures).map((f) => ({
      start: f.span.start, end: f.span.end, text: f.text,
      key: f.key, qualifier: f.qualifier, unit: f.unit, noun: f.noun,
      min: f.min, max: f.max, minInclusive: f.minInclusive, maxInclusive: f.maxInclusive,
      conservative: conservativeValue(f),
      asOf: f.date?.value ?? null, asOfPrecision: f.date?.precision ?? null,
      about: [...f.about].sort(), explicit: f.explicit,
    })),
  };
}

/** The whole export: one JSON object per line, each line ending in `\n`. */
export function toJsonl(analyses: readonly ArticleAnalysis[]): string {
  return analyses.map((a) => `${JSON.stringify(articleToJsonl(a))}\n`).join('');
}
