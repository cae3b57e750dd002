// Places a written date form on the calendar, relative to the publication day.
//
// Rules (SPEC §4, HeidelTime's news mode), by the direction of the date's clause (`tense.ts`):
// - past: the most recent occurrence on or before the publication day;
// - future: the first occurrence on or after it, the publication day included ("will address the
//   nation on Thursday" written on a Thursday is that day);
// - none: a bare weekday looks back (news reports what happened); a day-month or a month alone
//   takes the nearer occurrence ("Jan. 14" in an article of Jan. 5 is nine days ahead, not a
//   year back).
// - A past tense does not carry a year-less date more than half a year back when the date is
//   within two months ahead: news copy writes the year of a date that far back (AP style), so
//   such a past verb governs another event ("has invited the ministers to a ceremony on March 12",
//   written in February). Future cues are explicit and are not second-guessed.
// - "last Friday" is strictly before publication, "next Friday" strictly after; "Friday next week"
//   is the Friday of the following ISO week.
// - `this/last/next week` are ISO weeks; `N weeks ago` is the ISO week holding that day.

import type { PreciseDate } from '../types';
import type { DateForm } from './dateForms';
import type { Direction } from './tense';
import {
  dayDate, dayNumber, daysInMonth, fromDayNumber, monthDate, shiftMonth, weekDate, weekdayOf, yearDate,
} from './preciseDate';

function validDay(year: number, month: number, day: number): number | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? dayNumber(year, month, day) : null;
}

/** The latest `month`-`day` on or before `ref`, the first on or after it, or the nearer of both. */
function yearlessDay(ref: number, month: number, day: number, direction: Direction): number | null {
  const back = occurrence(ref, month, day, false);
  const ahead = occurrence(ref, month, day, true);
  if (back === null || ahead === null) return back ?? ahead;
  const nearer = ahead - ref < ref - back ? ahead : back;
  if (direction === 'future') return ahead;
  if (direction === 'none') return nearer;
  return ref - back > HALF_YEAR_DAYS && ahead - ref <= TWO_MONTHS_DAYS ? ahead : back;
}

/** The two readings of a year-less day-month: the latest on or before `ref`, the first on or after. */
export function yearlessReadings(ref: number, month: number, day: number): PreciseDate[] {
  const out: PreciseDate[] = [];
  for (const d of [occurrence(ref, month, day, false), occurrence(ref, month, day, true)]) if (d !== null) out.push(dayDate(d));
  return out;
}

/** A past reading further back than this, with the date within two months ahead, takes that. */
const HALF_YEAR_DAYS = 183;
const TWO_MONTHS_DAYS = 62;

function occurrence(ref: number, month: number, day: number, forward: boolean): number | null {
  const refYear = fromDayNumber(ref).year;
  // Eight years reach a February 29 from any year.
  for (let i = 0; i <= 8; i++) {
    const candidate = validDay(forward ? refYear + i : refYear - i, month, day);
    if (candidate !== null && (forward ? candidate >= ref : candidate <= ref)) return candidate;
  }
  return null;
}

function weekdayDay(ref: number, form: Extract<DateForm, { kind: 'weekday' }>, direction: Direction): number {
  if (form.weekShift !== null) {
    const monday = ref - ((weekdayOf(ref) + 6) % 7) + 7 * form.weekShift;
    return monday + ((form.weekday + 6) % 7);
  }
  const back = (weekdayOf(ref) - form.weekday + 7) % 7; // 0 on the publication weekday
  if (form.modifier === 'last') return ref - (back === 0 ? 7 : back);
  const ahead = (form.weekday - weekdayOf(ref) + 7) % 7; // 0 on the publication weekday
  if (form.modifier === 'next') return ref + (ahead === 0 ? 7 : ahead);
  if (direction === 'future') return ref + ahead;
  return ref - back;
}

/** The calendar date a form means, or null when it needs a publication day and has none. */
export function resolveDateForm(form: DateForm, published: number | null, direction: Direction): PreciseDate | null {
  switch (form.kind) {
    case 'absolute': {
      const day = validDay(form.year, form.month, form.day);
      return day === null ? null : dayDate(day);
    }
    case 'monthYear':
      return monthDate(form.year, form.month);
    case 'year':
      return yearDate(form.year);
    default:
      break;
  }
  if (published === null) return null;
  const ref = published;
  const { year, month } = fromDayNumber(ref);
  switch (form.kind) {
    case 'dayMonth': {
      const day = yearlessDay(ref, form.month, form.day, direction);
      return day === null ? null : dayDate(day);
    }
    case 'month': {
      const back = form.month <= month ? year : year - 1;
      const ahead = form.month >= month ? year : year + 1;
      // Counted in months; this month is this month.
      const monthsBack = (month - form.month + 12) % 12;
      const monthsAhead = (form.month - month + 12) % 12;
      const nearer = monthsAhead < monthsBack ? ahead : back;
      if (direction === 'past') return monthDate(monthsBack > 6 && monthsAhead <= 1 ? ahead : back, form.month);
      if (direction === 'future') return monthDate(ahead, form.month);
      return monthDate(nearer, form.month);
    }
    case 'weekday':
      return dayDate(weekdayDay(ref, form, direction));
    case 'casual':
      return dayDate(ref + form.days);
    case 'period':
      if (form.unit === 'week') return weekDate(ref + 7 * form.shift);
      if (form.unit === 'month') {
        const m = shiftMonth(year, month, form.shift);
        return monthDate(m.year, m.month);
      }
      return yearDate(year + form.shift);
    case 'ago':
      if (form.unit === 'day') return dayDate(ref - form.amount);
      if (form.unit === 'week') return weekDate(ref - 7 * form.amount);
      if (form.unit === 'month') {
        const m = shiftMonth(year, month, -form.amount);
        return monthDate(m.year, m.month);
      }
      return yearDate(year - form.amount);
  }
}
