// How numbers, intervals, dates and places in files are written in the views (English, like the
// rest of the extension's UI).
import type { ViewDate, ViewLocation } from '../../../../server/src/protocol/views';
import { escapeHtml } from './escape';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export interface Interval {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
}

/** `[4,680, 5,720]`, `(6,000, ∞)`, `11`: interval notation, a single number when it is exact. */
export function formatInterval(interval: Interval): string {
  const { min, max, minInclusive, maxInclusive } = interval;
  if (min !== null && max !== null && min === max && minInclusive && maxInclusive) return formatNumber(min);
  const low = min === null ? '(−∞' : `${minInclusive ? '[' : '('}${formatNumber(min)}`;
  const high = max === null ? '∞)' : `${formatNumber(max)}${maxInclusive ? ']' : ')'}`;
  return `${low}, ${high}`;
}

/** `2020-01-08`, or `2020-W02 (week)` for a date coarser than a day. */
export function formatViewDate(date: ViewDate): string {
  return date.precision === 'day' ? date.value : `${date.value} (${date.precision})`;
}

/** The file name of a location's document, for rows whose article has no title. */
export function fileNameOf(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The data attributes that make an element open a place in a file when clicked (read by the page
 * script): `data-uri` and `data-range="startLine,startChar,endLine,endChar"`.
 */
export function locationAttributes(location: ViewLocation): string {
  const { start, end } = location.range;
  const range = [start.line, start.character, end.line, end.character].map((n) => (Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0));
  return `data-uri="${escapeHtml(location.uri)}" data-range="${range.join(',')}"`;
}

