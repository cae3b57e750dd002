// Readings of a written date that its surroundings decide: the weekday written with it, a
// `last`/`next` before a month, an event noun after it.

import type { PreciseDate, Span } from '../types';
import { leadingWeekday, type DateForm } from './dateForms';
import { fromDayNumber, monthDate, startDay, weekdayOf } from './preciseDate';
import { resolveDateForm, yearlessReadings } from './resolveDateForm';
import type { Direction } from './tense';

/**
 * A year-less date written with its weekday ("Monday, January 20"): when the clause leaves the
 * direction open, the weekday tells which year the author meant, so when the nearer occurrence
 * has another weekday and the other has the written one, that one is taken. A clause that looks
 * back or ahead and a reading on that side decide the year: a wrong weekday there is the author's
 * slip, which `date-weekday-mismatch` reports (`On Tuesday, June 17, … said`, published June 20,
 * is that June 17, not one a year ahead).
 */
export function resolveWithWeekday(form: DateForm, written: string, publishedDay: number | null, direction: Direction): PreciseDate | null {
  const preferred = resolveDateForm(form, publishedDay, direction);
  const lead = leadingWeekday(written);
  if (!lead || !preferred || weekdayOf(startDay(preferred)) === lead.weekday) return preferred;
  if (form.kind !== 'dayMonth' || publishedDay === null) return preferred;
  // The clause's direction is kept when the reading follows it; a past clause whose date was read
  // ahead (a date within two months ahead is not carried half a year back) is still open.
  const ahead = startDay(preferred) > publishedDay;
  if ((direction === 'past' && !ahead) || (direction === 'future' && startDay(preferred) >= publishedDay)) return preferred;
  // The other of the two readings (the latest on or before publication, the first on or after).
  for (const other of yearlessReadings(publishedDay, form.month, form.day)) {
    if (other.value !== preferred.value && weekdayOf(startDay(other)) === lead.weekday) return other;
  }
  return preferred;
}

/** `last <month>`: its latest occurrence before this month; `next <month>`: the first after it. */
export function shiftedMonth(month: number, publishedDay: number | null, sign: -1 | 1): PreciseDate | null {
  if (publishedDay === null) return null;
  const ref = fromDayNumber(publishedDay);
  const year = sign < 0 ? (month < ref.month ? ref.year : ref.year - 1) : month > ref.month ? ref.year : ref.year + 1;
  return monthDate(year, month);
}

/**
 * A date that modifies an event's noun ("Wednesday's ruling", "the Jan. 28 strike") keeps its
 * own reading: the tense of the clause around it is about something else ("they would appeal
 * Wednesday's ruling").
 */
export function inEventPhrase(text: string, span: Span): boolean {
  if (/^['\u2019]s\b/.test(text.slice(span.end, span.end + 3))) return true;
  return /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start)) && /^\s+[a-z]/.test(text.slice(span.end, span.end + 3));
}
