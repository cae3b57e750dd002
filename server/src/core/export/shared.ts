import type { FigureMention, Span } from '../types';
import type { ArticleAnalysis } from '../analysisKinds';

// Helpers the three export formats share: front-matter metadata and a stable mention order.

export interface ArticleMetadata {
  path: string;
  title: string | null;
  source: string | null;
  published: string | null;
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const v = data[key];
  if (typeof v === 'string') return v;
  // YAML reads `published: 2020-01-03` or `title: 1917` as non-strings; keep what the author wrote.
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

export function articleMetadata(a: ArticleAnalysis): ArticleMetadata {
  const data = a.article.frontMatter.data;
  return {
    path: a.article.uri,
    title: stringField(data, 'title'),
    source: stringField(data, 'source'),
    published: a.article.published?.value ?? null,
  };
}

/** Code-unit order, independent of the locale the export runs in. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order, so the same input always gives byte-identical output. */
export function bySpan<T extends { span: Span; text: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || compare(x.text, y.text));
}

/**
 * The interval a figure stands for, in maths notation with `inf` for an unbounded end:
 * "over 5,000" → `(5000,inf)`, "between 10 and 20" → `[10,20]`.
 */
export function figureInterval(f: FigureMention): string {
  const lo = f.min === null ? '(-inf' : `${f.minInclusive ? '[' : '('}${f.min}`;
  const hi = f.max === null ? 'inf)' : `${f.max}${f.maxInclusive ? ']' : ')'}`;
  return `${lo},${hi}`;
}

/**
 * ACLED/UCDP-style single number for a figure: the recogniser's conservative reading for vague
 * amounts ("dozens" = 12), else the lower bound (ACLED codes the lowest reported figure).
 */
export function conservativeValue(f: FigureMention): number | null {
  if (f.conservative !== undefined) return f.conservative;
  return f.min;
}
