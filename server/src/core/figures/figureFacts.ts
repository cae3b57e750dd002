// Small readings of a FigureMention that the checks share: its interval, its point value, the
// gazetteer values valid at its date, and how to name things in messages.
import { LineIndex } from '../text/lineIndex';
import type { FigureMention, FigureValue, Gazetteer, GazetteerFile, PreciseDate } from '../types';
import { contains, formatInterval, type Interval } from './interval';
import { NUMBER_START, type NumberReading, readNumberAt } from './readNumber';

export function intervalOf(f: FigureMention): Interval {
  return { min: f.min, max: f.max, minInclusive: f.minInclusive, maxInclusive: f.maxInclusive };
}

/** `"over 5,000 US troops" (interval (5000, ∞))` */
export function quote(f: FigureMention): string {
  return `"${f.text}" (interval ${formatInterval(intervalOf(f))})`;
}

/**
 * One number that stands for the figure, for "record as a reported value": the conservative
 * reading of a vague amount, a range's middle, else the number as written.
 */
export function pointValue(f: FigureMention, maskedText: string): number {
  if (f.conservative !== undefined) return f.conservative;
  const readings = numbersIn(maskedText, f.numberSpan);
  if (readings.length === 0) return f.min ?? f.max ?? 0;
  const low = readings[0].value;
  const high = readings[readings.length - 1].value;
  return high > low ? (low + high) / 2 : low;
}

/** The numbers written inside `span` (one, or the two ends of a range). */
export function numbersIn(text: string, span: { start: number; end: number }): NumberReading[] {
  const slice = text.slice(span.start, span.end);
  const starts = new RegExp(NUMBER_START.source, NUMBER_START.flags);
  const out: NumberReading[] = [];
  for (let m = starts.exec(slice); m; m = starts.exec(slice)) {
    const r = readNumberAt(slice, m.index);
    if (!r) continue;
    out.push({ ...r, start: r.start + span.start, end: r.end + span.start });
    starts.lastIndex = Math.max(starts.lastIndex, r.end);
  }
  return out;
}

/**
 * The gazetteer values a figure dated `date` may be checked against: the latest value whose
 * `as_of` starts on or before the date starts (so `as_of: 2020-01` holds from 1 January 2020 and
 * counts for any day of that month), plus any later value that starts within a coarse figure
 * date (a figure dated "January 2020" may mean any value recorded that month). Empty when the
 * series starts after the date: nothing was known yet, so nothing can be contradicted.
 */
export function valuesValidAt(values: readonly FigureValue[], date: PreciseDate): FigureValue[] {
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    if (values[i].asOf.start <= date.start) first = i;
    else break;
  }
  const out = first >= 0 ? [values[first]] : [];
  for (let i = first + 1; i < values.length && values[i].asOf.start <= date.end; i++) out.push(values[i]);
  return out;
}

/** True if the figure's interval holds one of the gazetteer values valid at its date (or none apply). */
export function agreesWithGazetteer(f: FigureMention, values: readonly FigureValue[] | undefined): boolean {
  if (!f.date || !values || values.length === 0) return true;
  const valid = valuesValidAt(values, f.date);
  return valid.length === 0 || valid.some((v) => contains(intervalOf(f), v.value));
}

const lineIndexes = new WeakMap<GazetteerFile, LineIndex>();

/** `gazetteer.yaml:42` — the file name and 1-based line of an offset in a gazetteer file. */
export function gazetteerPlace(gazetteer: Gazetteer, uri: string, offset: number): string {
  const file = gazetteer.files.find((f) => f.uri === uri);
  if (!file) return basename(uri);
  let lines = lineIndexes.get(file);
  if (!lines) {
    lines = new LineIndex(file.text);
    lineIndexes.set(file, lines);
  }
  return `${basename(uri)}:${lines.positionAt(offset).line + 1}`;
}

export function basename(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
