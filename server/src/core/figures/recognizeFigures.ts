import type { AnalysisSettings } from '../settings';
import type { Span } from '../types';
import { countedNoun, type KnownUnits } from './countedNoun';
import { closed, type Interval, interval } from './interval';
import { BEFORE_YEAR, isNonFigure, looksLikeYear } from './nonFigures';
import { type FoundQualifier, intervalFor, isComeUnder, qualifierAfter, qualifierBefore, type QualifierSense } from './qualifiers';
import { NUMBER_START, type NumberReading, readNumberAt } from './readNumber';
import { currencyBefore, type UnitReading, unitAfter, vagueTimesAfter } from './units';

/** A figure expression found in one sentence, before keys, dates and entities are attached. */
export interface RecognizedFigure {
  /** Qualifier, number (or range) and counted noun. */
  span: Span;
  /** The number, or the whole range `10 to 15`, without qualifier and noun. */
  numberSpan: Span;
  qualifier: string | null;
  sense: QualifierSense;
  /** `count`, `percent`, `km`, `times` or a currency code (units.ts). */
  unit: string;
  /** The counted noun of a `count` (the head of the noun phrase after the number), else null. */
  noun: string | null;
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
/**
 * `one` after these is a pronoun: `no one`, `the only one`, `a friendly one returning`, `the last one`.
 * `that` after a reporting verb or a conjunction is a conjunction itself, not a determiner: `said
 * that one soldier died`, `… and that one person was killed` count one.
 */
const PRONOUN_ONE = /\b(?:no|any|every|each|some|the|this|(?<!\b(?:said|says|say|told|tells|reported|reports|added|adds|announced|announces|confirmed|confirms|stated|states|claimed|claims|warned|noted|believed|believes|feared|fears|and|but)\s+)that|which|anyone|someone|only)\s+$|(?:^|[^\p{L}])(?:an?|the|another)\s+\p{Ll}+\s+$/iu;
/**
 * A determiner before a small number word makes it a definite reference to parties already
 * known, not an amount: `the two sides`, `the three men`, `all four`. A possessive does not: it
 * says how many the owner has, which is news (`her four children`, `his three sons were killed`).
 */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|these|those|all|both)\s+$/iu;
/** A determiner and a lower-case word right before `around`/`about`: `a ceasefire around`, `the fighting around`. */
const PREPOSITION_AFTER_NOUN = /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(\p{Ll}[\p{Ll}-]*)\s+$/u;
/** Words after a determiner that are still verbs or prepositions (`the army sent`, `a total of`): `around` keeps its sense there. */
const VERB_LIKE = /ed$|^(?:left|put|set|cut|hit|kept|held|had|has|was|were|is|are|be|been|sent|saw|got|took|gave|made|lost|taken|given|seen|flown|fallen|risen|of|to|at|in|on|by|with|from|for)$/;
/** `Ahmed Saleh, 45, was …`: a number between commas right after a name is an age. */
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*,\s*$/u;

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
  // A unit written with the number: `$10 million`, `12 percent`, `30 miles`, `three times`.
  const prefix = currencyBefore(s, low.start);
  let suffix = unitAfter(s, last.end) ?? (low.style === 'vague' ? vagueTimesAfter(s, last.end) : null);
  let after = suffix ? null : qualifierAfter(s, last.end);
  if (after && !suffix) suffix = unitAfter(s, after.end);
  if (suffix === 'weight') return null;
  const unit: UnitReading | null = prefix ?? suffix;
  const numberStart = prefix ? prefix.start : low.start;
  const beforeNumber = prefix ? s.slice(Math.max(floor, numberStart - CONTEXT), numberStart) : before;
  const restStart = Math.max(after?.end ?? last.end, suffix?.end ?? 0);
  const ctx = { before: beforeNumber, after: s.slice(restStart, restStart + CONTEXT), hasUnit: unit !== null };
  if (isNonFigure(low, ctx)) return null;
  // A leading zero makes a code, not an amount: `0912 345 678`, `007` (`0.5` is a decimal).
  if (low.style === 'digits' && /^0\d/.test(s.slice(low.start, low.end))) return null;
  if (low.style === 'digits' && !high && low.value > 0 && low.value < 130 && NAME_COMMA_BEFORE.test(before) && /^\s*,/.test(s.slice(last.end, last.end + 3))) return null;

  if (!qualifier) {
    qualifier = qualifierBefore(s, numberStart, floor);
    if (qualifier && isComeUnder(s, qualifier, floor)) qualifier = null;
    if (qualifier?.text.toLowerCase() === 'over' && PHRASAL_OVER.test(s.slice(Math.max(0, qualifier.start - CONTEXT), qualifier.start))) qualifier = null;
    // "a ceasefire around two neighbourhoods": after a determiner and a noun, `around`/`about` is a
    // preposition of the noun, not "approximately" (a measure keeps it: "a town around 30 km away").
    if (qualifier && !unit && /^(?:around|about)$/i.test(qualifier.text)) {
      const head = PREPOSITION_AFTER_NOUN.exec(s.slice(Math.max(floor, qualifier.start - CONTEXT), qualifier.start));
      if (head && !VERB_LIKE.test(head[1])) qualifier = null;
    }
  }
  const noun = unit ? null : countedNoun(s, restStart, s.length, last.value, known, low.style === 'vague');

  if (!unit && looksLikeYear(low) && (!noun || BEFORE_YEAR.test(before))) return null;
  if (low.style === 'words' && !high) {
    if (low.value <= 1 && !unit && (!noun || PRONOUN_ONE.test(before) || /^\s+of\b/i.test(s.slice(restStart, restStart + 5)))) return null;
    if (!noun && !qualifier && !after && !unit) return null; // "the two met" is not a figure
    if (!qualifier && !unit && low.scale === null && low.value <= 10 && DEFINITE_BEFORE.test(before)) return null;
  }
  if (low.style !== 'vague' && !high && !unit && /^\s+of\s+(?:them|those|us|you|these|whom|which)\b/i.test(s.slice(restStart, restStart + 12)) && low.value <= 1) return null;

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
  if (unit && unit.factor !== 1) {
    // Miles and metres are read in km: the interval of what was written, converted.
    iv = interval(iv.min === null ? null : iv.min * unit.factor, iv.minInclusive, iv.max === null ? null : iv.max * unit.factor, iv.maxInclusive);
    point *= unit.factor;
  }
  const start = qualifier ? Math.min(qualifier.start, numberStart) : numberStart;
  const end = Math.max(noun?.end ?? 0, restStart);
  return {
    span: { start, end },
    numberSpan: { start: low.start, end: last.end },
    qualifier: qualifier ? qualifier.text.replace(/\s+/g, ' ') : after ? after.text : null,
    sense,
    unit: unit ? unit.unit : 'count',
    noun: noun?.unit ?? null,
    interval: iv,
    conservative,
    reading: low,
    high,
    point,
  };
}

/**
 * "rose from 11 to 34 service members", "from 12 to 15 percent": the first number counts the same
 * noun, in the same unit, as the second.
 */
function shareUnitsAcrossFromTo(s: string, figures: RecognizedFigure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.unit === 'count' && a.noun === null && (b.noun !== null || b.unit !== 'count') && /^\s+to\s+$/i.test(s.slice(a.span.end, b.span.start))
      && FROM_BEFORE.test(s.slice(Math.max(0, a.span.start - CONTEXT), a.span.start))) {
      a.noun = b.noun;
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
  const sentence = text.slice(span.start, span.end);
  // Most sentences hold no number at all: answered at once, and not kept.
  NUMBER_START.lastIndex = 0;
  if (!NUMBER_START.test(sentence)) return [];
  // Only skipped spans that reach into the sentence change what is read (see the loop above).
  const local: Span[] = [];
  for (let i = skipFrom; i < skip.length && skip[i].start < span.end; i++) {
    if (skip[i].end > span.start) local.push({ start: skip[i].start - span.start, end: skip[i].end - span.start });
  }
  // The sentence goes in as a JSON copy: a slice would keep the whole article text alive. Without
  // skipped spans the key is that copy alone (it starts with '"'; joined to a prefix, it would be
  // copied again to be hashed); with them, the prefix holds only digits, '-', ',' and ';', so
  // the first '|' ends it: keys cannot collide.
  const json = JSON.stringify(sentence);
  const key = local.length === 0 ? json : `${local.map((s) => `${s.start},${s.end}`).join(';')}|${json}`;
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
