// Date expressions of an article body, resolved against the publication day.
//
// Speed: chrono's casual parser runs ~20 regexes over whatever it is given (~3.6 MB/s). One cheap
// regex first finds the words a date needs (a month or weekday name, a relative word, a
// four-digit number); chrono then reads, in ONE call, only short windows around those words,
// joined by a separator no chrono pattern crosses. Offsets are mapped back afterwards.
//
// Spans cover the date words only: "Thursday" in "on Thursday (local time)" (the time-zone note
// is not part of the date), "earlier this year" whole. Dates on lines of page residue belong to
// other articles and are skipped.

import type { DateMention, ParsedArticle, PreciseDate, Span } from '../types';
import { chronoResults } from './chronoWindows';
import { inEventPhrase, resolveWithWeekday, shiftedMonth } from './contextualReadings';
import { dateFormOf, isRelativeForm, shiftOf } from './dateForms';
import { collectWindows, trimSpan } from './dateWindows';
import { isNewsDate } from './newsDateFilter';
import { dayDate, weekDate, fromDayNumber, monthDate, parseDateValue, parseIsoDay } from './preciseDate';
import { findHolidays, resolveHoliday } from './holidays';
import { resolveDateForm } from './resolveDateForm';
import { rollingPeriodArticle, rollingPeriodDate } from './rollingPeriods';
import { sentenceAt } from './sentenceAt';
import { findModifierYears } from './yearModifiers';
import { clauseDirection, type Direction, type Marker } from './tense';

/** `[last Friday]{date=2020-01-03}`: the words and the value the author pinned them to. */
export interface DatePin {
  /** The bracketed words (the mention's span). */
  span: Span;
  text: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`. */
  value: string;
}

export interface DateTextInput {
  /** Text to scan, at file offsets (an article's `maskedText`). */
  text: string;
  /** Where scanning starts (the body start); default 0. */
  from?: number;
  /** Sorted sentence spans; default: sentences found from punctuation. */
  sentences?: readonly Span[];
  published: PreciseDate | null;
  pins?: readonly DatePin[];
  /** Stretches whose dates are not this text's (page residue). */
  exclude?: readonly Span[];
}

/** "end of the year", "end of this month". */
const END_OF_PERIOD = /\bend\s+of\s+(?:the|this)\s+(year|month)\b/gi;

/** " this year", " of last year", ", next year" right after a month or a day-month. */
const YEAR_AFTER = /^(,?\s+(?:of\s+)?)(this|last|next)\s+year\b/i;

/** "the day before ", "two days after " right before a date. */
const DAYS_FROM = /\b(?:(?:the|a)\s+)?(?:(day)|(?:(\d{1,2}|two|three|four|five|six|seven)\s+days))\s+(before|after)\s+$/i;
const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every date expression in `input.text` from `input.from`, resolved against `input.published`.
 * Pure and independent of articles, so it can be driven with plain strings.
 */
export function resolveDatesInText(input: DateTextInput): DateMention[] {
  const { text, published } = input;
  const from = input.from ?? 0;
  const sentences = input.sentences ?? [];
  const pins = input.pins ?? [];
  const exclude = input.exclude ?? [];
  const publishedDay = published ? parseIsoDay(published.start) : null;

  const windows = collectWindows(text, from, exclude);
  const found: DateMention[] = [];
  const markerCache = new Map<string, Marker[]>();
  let sentenceText: { start: number; end: number; text: string } | undefined;
  if (windows.length > 0) {
    for (const { window: w, at, result } of chronoResults(text, windows)) {
      const rawStart = w.start + at;
      const rawEnd = Math.min(w.end, rawStart + result.text.length);
      let span = trimSpan(text, rawStart, rawEnd);
      if (span.end <= span.start) continue;
      let form = dateFormOf(text.slice(span.start, span.end), result);
      // News writes years with four digits: "As of Jan. 30, 64 service members" is a day-month
      // followed by a count, not January 30, 1964.
      const shortYear = /,\s*\d{2}$/.exec(text.slice(span.start, span.end));
      if (shortYear && form?.kind === 'absolute') {
        span = { start: span.start, end: span.end - shortYear[0].length };
        form = { kind: 'dayMonth', month: form.month, day: form.day };
      }
      if (!form || !isNewsDate(form, text, span)) continue;
      if (form.kind === 'year') span = { start: span.end - 4, end: span.end }; // "in 2014" → "2014"
      if (form.kind === 'period' && form.shift === 0) {
        const earlier = /\b(?:earlier|later)\s+$/i.exec(text.slice(Math.max(from, span.start - 10), span.start));
        if (earlier) span = { start: span.start - earlier[0].length, end: span.end };
      }
      const relative = isRelativeForm(form);
      let direction: Direction = 'none';
      if (relative && (form.kind === 'dayMonth' || form.kind === 'month' || form.kind === 'weekday')) {
        const sentence = sentenceAt(text, sentences, span.start);
        // One string per sentence: the marker cache hashes its key, and a fresh slice per date
        // would re-hash a huge sentence (a 10 MB line) for every date in it.
        if (!sentenceText || sentenceText.start !== sentence.start || sentenceText.end !== sentence.end) {
          sentenceText = { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
        }
        direction = clauseDirection(sentenceText.text, span.start - sentence.start, span.end - sentence.start, markerCache);
        // A future clause does not move the date of an event it talks about ("would appeal
        // Wednesday's ruling").
        if (direction === 'future' && inEventPhrase(text, span)) direction = 'none';
      }
      // Already part of the date before it ("this year" of "February this year").
      const previous = found[found.length - 1];
      if (previous && overlaps(previous.span, span)) continue;
      let date: PreciseDate | null;
      let rolling: Span | null = null;
      const shift = form.kind === 'month' ? /\b(last|next)\s+$/i.exec(text.slice(Math.max(from, span.start - 5), span.start)) : null;
      const yearAfter = form.kind === 'month' || form.kind === 'dayMonth' ? YEAR_AFTER.exec(text.slice(span.end, span.end + 16)) : null;
      if (yearAfter && publishedDay !== null && (form.kind === 'month' || form.kind === 'dayMonth')) {
        // "February this year", "April next year", "March 3 last year": the year is written.
        span = { start: span.start, end: span.end + yearAfter[0].length };
        const year = fromDayNumber(publishedDay).year + shiftOf(yearAfter[2]);
        date = form.kind === 'month' ? monthDate(year, form.month) : resolveDateForm({ kind: 'absolute', year, month: form.month, day: form.day }, publishedDay, direction);
      } else if (form.kind === 'period' && (rolling = rollingPeriodArticle(text, span, form))) {
        span = { start: rolling.start, end: span.end };
        date = rollingPeriodDate(form, publishedDay);
      } else if (shift && form.kind === 'month') {
        // "last November" is before this month, "next May" after it.
        span = { start: span.start - shift[0].length, end: span.end };
        date = shiftedMonth(form.month, publishedDay, shift[1].toLowerCase() === 'last' ? -1 : 1);
      } else {
        const written = text.slice(span.start, span.end);
        date = form.kind === 'dayMonth' ? resolveWithWeekday(form, written, publishedDay, direction) : resolveDateForm(form, publishedDay, direction);
      }
      // "the week of March 6": the ISO week holding that day.
      const weekOf = date?.precision === 'day' ? /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(from, span.start - 16), span.start)) : null;
      if (weekOf && date) {
        span = { start: span.start - weekOf[0].length, end: span.end };
        date = weekDate(parseIsoDay(date.start)!);
      }
      // "the day before last Tuesday", "a day after Friday's attack": that many days from the
      // date (the second is Saturday, the day the sentence is about).
      const offset = date?.precision === 'day' ? DAYS_FROM.exec(text.slice(Math.max(from, span.start - 24), span.start)) : null;
      if (offset && date) {
        const days = offset[1] ? 1 : DAY_COUNTS[offset[2].toLowerCase()] ?? Number(offset[2]);
        span = { start: span.start - offset[0].length, end: span.end };
        date = dayDate(parseIsoDay(date.start)! + (offset[3].toLowerCase() === 'before' ? -days : days));
      }
      found.push({
        span,
        text: text.slice(span.start, span.end),
        date,
        relative,
        explicit: false,
      });
    }
  }

  // Years as modifiers ("the 2003 invasion"), read in the same windows where chrono found nothing.
  for (const w of windows) {
    for (const y of findModifierYears(text, w.start, w.end)) {
      if (found.some((d) => overlaps(d.span, y.span))) continue;
      found.push({ span: y.span, text: text.slice(y.span.start, y.span.end), date: resolveDateForm({ kind: 'year', year: y.year }, publishedDay, 'none'), relative: false, explicit: false });
    }
  }
  // "by the end of the year": the publication's year (or month); chrono has no such form.
  for (const w of windows) {
    for (const m of text.slice(w.start, w.end).matchAll(END_OF_PERIOD)) {
      const span = { start: w.start + m.index!, end: w.start + m.index! + m[0].length };
      if (found.some((d) => overlaps(d.span, span))) continue;
      const unit = m[1].toLowerCase() as 'year' | 'month';
      found.push({ span, text: m[0], date: resolveDateForm({ kind: 'period', unit, shift: 0 }, publishedDay, 'none'), relative: true, explicit: false });
    }
  }

  // Named days ("Thanksgiving Day", "last Christmas"), placed by their clause like a day-month.
  for (const h of findHolidays(text, from, exclude)) {
    if (found.some((d) => overlaps(d.span, h.span))) continue;
    let date: PreciseDate | null = null;
    if (publishedDay !== null) {
      const sentence = sentenceAt(text, sentences, h.span.start);
      const own = text.slice(sentence.start, sentence.end);
      const direction = clauseDirection(own, h.span.start - sentence.start, h.span.end - sentence.start, markerCache);
      date = dayDate(resolveHoliday(h, publishedDay, direction));
    }
    // "Easter week": the ISO week holding the day.
    const week = /^\s+week\b/.exec(text.slice(h.span.end, h.span.end + 8));
    const span = week ? { start: h.span.start, end: h.span.end + week[0].length } : h.span;
    if (week && date) date = weekDate(parseIsoDay(date.start)!);
    found.push({ span, text: text.slice(span.start, span.end), date, relative: true, explicit: false });
  }
  found.sort((a, b) => a.span.start - b.span.start);

  if (pins.length === 0) return found;
  const pinned: DateMention[] = pins.map((pin) => ({
    span: { start: pin.span.start, end: pin.span.end },
    text: pin.text,
    date: parseDateValue(pin.value),
    relative: false,
    explicit: true,
  }));
  const kept = found.filter((d) => !pinned.some((p) => overlaps(p.span, d.span)));
  return [...kept, ...pinned].sort((a, b) => a.span.start - b.span.start);
}

/** Every date expression of the body, resolved against `article.published`. */
export function findDates(article: ParsedArticle): DateMention[] {
  return resolveDatesInText({
    text: article.maskedText,
    from: article.bodyStart,
    sentences: article.sentences,
    published: article.published,
    pins: article.annotations
      .filter((a) => a.kind === 'date')
      .map((a) => ({ span: a.textSpan, text: a.text, value: a.value })),
    exclude: article.residue,
  });
}
