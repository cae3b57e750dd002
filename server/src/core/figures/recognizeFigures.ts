import type { AnalysisSettings } from '../settings';
import type { Span } from '../types';
import { countedNoun, type KnownUnits } from './countedNoun';
import { closed, type Interval } from './interval';
import { BEFORE_YEAR, isNonFigure, looksLikeYear } from './nonFigures';
import { type FoundQualifier, intervalFor, qualifierAfter, qualifierBefore, type QualifierSense } from './qualifiers';
import { NUMBER_START, type NumberReading, readNumberAt } from './readNumber';

/** A figure expression found in one sentence, before keys, dates and entities are attached. */
export interface RecognizedFigure {
  /** Qualifier, number (or range) and counted noun. */
  span: Span;
  /** The number, or the whole range `10 to 15`, without qualifier and noun. */
  numberSpan: Span;
  qualifier: string | null;
  sense: QualifierSense;
  unit: string | null;
  interval: Interval;
  /** ACLED-style reading of vague amounts (dozens = 12). */
  conservative?: number;
  /** The number as read (the lower end of a range). */
  reading: NumberReading;
  /** The upper end of a range. */
  high: NumberReading | null;
  /** One number that stands for the figure: the stated number, a range's middle, a vague amount's conservative reading. */
  point: number;
}

export interface RecognizeOptions {
  settings: AnalysisSettings;
  /** Units the gazetteer knows, so the counted noun can be found past modifiers. */
  known?: KnownUnits;
  /** Spans already taken by something else (dates), sorted by start. */
  skip?: Span[];
}

const CONTEXT = 40;
const RANGE_JOIN = /(\s*[-‐–—]\s*)|(\s+(?:to|or)\s+)/iy;
const AND_JOIN = /\s+and\s+/iy;
const BETWEEN_BEFORE = /(^|[^\p{L}])(between)\s+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])from\s+$/iu;
/** "hand over 12 sites" is a transfer, not "more than 12". */
const PHRASAL_OVER = /\b(?:hand|hands|handed|handing|take|takes|took|taken|taking|turn|turns|turned|turning|pass|passes|passed|passing|handover)\s+$/i;
const PRONOUN_ONE = /\b(?:no|any|every|each|some|the|this|that|which|anyone|someone|only)\s+$/i;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Every figure expression inside `span` of `text` (a sentence of the masked article text).
 * Offsets in the result are offsets into `text`. Pure and table-testable.
 */
export function recognizeFigures(text: string, span: Span, options: RecognizeOptions): RecognizedFigure[] {
  const sentence = text.slice(span.start, span.end);
  const found: RecognizedFigure[] = [];
  const skip = options.skip ?? [];
  let skipIndex = 0;
  let consumed = 0;
  // Context never reaches back into a date: in "on 16 January 11 service members" the month
  // belongs to the date, so 11 is not "January 11".
  let floor = 0;
  const starts = NUMBER_START; // shared and stateful: reset here, never used re-entrantly
  starts.lastIndex = 0;
  for (let m = starts.exec(sentence); m; m = starts.exec(sentence)) {
    const at = m.index;
    if (at < consumed) continue;
    while (skipIndex < skip.length && skip[skipIndex].end <= span.start + at) {
      floor = Math.max(floor, skip[skipIndex].end - span.start);
      skipIndex++;
    }
    const low = readNumberAt(sentence, at);
    if (!low) {
      // Unreadable (a 400-digit run): skip the whole token, or every digit of it would be retried.
      consumed = runEnd(sentence, at + 1);
      starts.lastIndex = Math.max(starts.lastIndex, consumed);
      continue;
    }
    const overlapsSkip = skipIndex < skip.length && skip[skipIndex].start < span.start + low.end;
    if (overlapsSkip) {
      consumed = Math.max(low.end, skip[skipIndex].end - span.start);
      starts.lastIndex = Math.max(starts.lastIndex, consumed);
      continue;
    }
    const figure = readFigure(sentence, low, options, floor);
    consumed = figure ? figure.span.end : runEnd(sentence, low.end);
    starts.lastIndex = Math.max(starts.lastIndex, consumed);
    if (figure) found.push(figure);
  }
  shareUnitsAcrossFromTo(sentence, found);
  return found.map((f) => shift(f, span.start));
}

/** Skips the rest of a rejected token (`10:30`, `3/1/2020`, `555-123-4567`) so its parts are not read again. */
function runEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length && /[\p{L}\p{N}:/\-‐.,+%]/u.test(s[i]) && !/[.,]\s/.test(s.slice(i, i + 2)) && !(s[i] === '.' && i + 1 === s.length)) i++;
  return i;
}

function readFigure(s: string, low: NumberReading, options: RecognizeOptions, floor: number): RecognizedFigure | null {
  const { settings, known } = options;
  const before = s.slice(Math.max(floor, low.start - CONTEXT), low.start);
  let qualifier: FoundQualifier | null = null;
  let high: NumberReading | null = null;

  const between = BETWEEN_BEFORE.exec(before);
  if (between) {
    const join = sticky(AND_JOIN, s, low.end);
    const end = join ? readNumberAt(s, low.end + join[0].length) : null;
    if (end && end.value > low.value && end.style !== 'vague') {
      high = end;
      const start = low.start - before.length + between.index + between[1].length;
      qualifier = { text: between[2], start, end: start + between[2].length, sense: 'bare' };
    }
  }
  if (!high && low.style !== 'vague') {
    const join = sticky(RANGE_JOIN, s, low.end);
    const fromTo = FROM_BEFORE.test(before);
    if (join && !(fromTo && join[2])) {
      const end = readNumberAt(s, low.end + join[0].length);
      const hyphenOk = !join[1] || (low.style === 'digits' && end?.style === 'digits');
      if (end && hyphenOk && end.style !== 'vague' && end.value > low.value && (end.style === 'digits') === (low.style === 'digits')) high = end;
    }
  }
  const last = high ?? low;
  const after = qualifierAfter(s, last.end);
  const restStart = after?.end ?? last.end;
  const ctx = { before, after: s.slice(restStart, restStart + CONTEXT) };
  if (!after && isNonFigure(low, { before, after: s.slice(last.end, last.end + CONTEXT) })) return null;
  if (after && isNonFigure(low, ctx)) return null;

  if (!qualifier) {
    qualifier = qualifierBefore(s, low.start, floor);
    if (qualifier?.text.toLowerCase() === 'over' && PHRASAL_OVER.test(s.slice(Math.max(0, qualifier.start - CONTEXT), qualifier.start))) qualifier = null;
  }
  const noun = countedNoun(s, restStart, s.length, last.value, known, low.style === 'vague');

  if (looksLikeYear(low) && (!noun || BEFORE_YEAR.test(before))) return null;
  if (low.style === 'words' && !high) {
    if (low.value <= 1 && (!noun || PRONOUN_ONE.test(before) || /^\s+of\b/i.test(s.slice(restStart, restStart + 5)))) return null;
    if (!noun && !qualifier && !after) return null; // "the two met" is not a figure
  }

  const sense: QualifierSense = (qualifier && !/^between$/i.test(qualifier.text) ? qualifier.sense : null) ?? after?.sense ?? 'bare';
  let iv: Interval;
  let conservative: number | undefined;
  let point: number;
  if (low.vague) {
    iv = closed(low.vague.min, low.vague.max);
    conservative = low.vague.conservative;
    point = conservative;
  } else {
    iv = intervalFor(sense, low.value, last.value, settings, high !== null);
    point = high ? (low.value + high.value) / 2 : low.value;
  }
  const start = qualifier ? qualifier.start : low.start;
  const end = Math.max(noun?.end ?? 0, restStart);
  return {
    span: { start, end },
    numberSpan: { start: low.start, end: last.end },
    qualifier: qualifier ? qualifier.text.replace(/\s+/g, ' ') : after ? after.text : null,
    sense,
    unit: noun?.unit ?? null,
    interval: iv,
    conservative,
    reading: low,
    high,
    point,
  };
}

/** "rose from 11 to 34 service members": the first number counts the same noun as the second. */
function shareUnitsAcrossFromTo(s: string, figures: RecognizedFigure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.unit === null && b.unit !== null && /^\s+to\s+$/i.test(s.slice(a.span.end, b.span.start))
      && FROM_BEFORE.test(s.slice(Math.max(0, a.span.start - CONTEXT), a.span.start))) {
      a.unit = b.unit;
    }
  }
}

function shift(f: RecognizedFigure, by: number): RecognizedFigure {
  const move = (sp: Span): Span => ({ start: sp.start + by, end: sp.end + by });
  return {
    ...f,
    span: move(f.span),
    numberSpan: move(f.numberSpan),
    reading: { ...f.reading, start: f.reading.start + by, end: f.reading.end + by },
    high: f.high ? { ...f.high, start: f.high.start + by, end: f.high.end + by } : null,
  };
}

/** Sentence-relative figures by sentence text and the dates in it, per settings and known units. */
const sentenceFigures = new WeakMap<AnalysisSettings, WeakMap<KnownUnits, Map<string, RecognizedFigure[]>>>();
const SENTENCE_CACHE_LIMIT = 10_000;

/**
 * `recognizeFigures` for one sentence, remembered by the sentence's text and the skipped spans
 * inside it: the recogniser reads nothing outside the sentence, so re-analysing an edited article
 * reuses every sentence the edit did not touch (offsets shifted to where the sentence is now).
 * The cached figures are never handed out themselves, only shifted copies.
 */
export function recognizeFiguresInSentence(text: string, span: Span, settings: AnalysisSettings, known: KnownUnits, skip: readonly Span[], skipFrom: number): RecognizedFigure[] {
  let byKnown = sentenceFigures.get(settings);
  if (!byKnown) {
    byKnown = new WeakMap();
    sentenceFigures.set(settings, byKnown);
  }
  let cache = byKnown.get(known);
  if (!cache) {
    cache = new Map();
    byKnown.set(known, cache);
  }
  // Only skipped spans that reach into the sentence change what is read (see the loop above).
  const local: Span[] = [];
  for (let i = skipFrom; i < skip.length && skip[i].start < span.end; i++) {
    if (skip[i].end > span.start) local.push({ start: skip[i].start - span.start, end: skip[i].end - span.start });
  }
  const sentence = text.slice(span.start, span.end);
  // Most sentences hold no number at all: answered at once, and not kept.
  NUMBER_START.lastIndex = 0;
  if (!NUMBER_START.test(sentence)) return [];
  // The prefix holds only digits, '-', ',' and ';', so the first '|' ends it: keys cannot collide.
  // The sentence goes in as a JSON copy: a slice would keep the whole article text alive.
  const json = JSON.stringify(sentence);
  const key = `${local.map((s) => `${s.start},${s.end}`).join(';')}|${json}`;
  let found = cache.get(key);
  if (!found) {
    // Read from a copy too: the words kept in the figures (qualifier, unit) are slices of it.
    const copy = JSON.parse(json) as string;
    found = recognizeFigures(copy, { start: 0, end: copy.length }, { settings, known, skip: local });
    if (cache.size >= SENTENCE_CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found.map((f) => shift(f, span.start));
}
