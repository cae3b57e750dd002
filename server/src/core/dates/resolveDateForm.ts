// Places a written date form on the calendar, relative to the publication day.
//
// Rules (SPEC §4, with the choices it leaves open):
// - Year-less dates and bare weekdays look back: the most recent occurrence on or before the
//   publication day (a weekday on the publication day is that day).
// - With a future cue governing them (see `tense.ts`) they look forward: a weekday to the next
//   occurrence strictly after publication ("will meet on Thursday", written on a Thursday, is the
//   following Thursday: a same-day event would be "today"); a day and month to the first
//   occurrence on or after publication (an explicit "January 16" written on January 16 is that
//   day); a month alone to the first month that has not ended yet.
// - "last Friday" is strictly before publication, "next Friday" strictly after; "Friday next week"
//   is the Friday of the following ISO week.
// - `this/last/next week` are ISO weeks; `N weeks ago` is the ISO week holding that day.

import type { PreciseDate } from '../types';
import type { DateForm } from './dateForms';
import {
  dayDate, dayNumber, daysInMonth, fromDayNumber, monthDate, shiftMonth, weekDate, weekdayOf, yearDate,
} from './preciseDate';

function validDay(year: number, month: number, day: number): number | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? dayNumber(year, month, day) : null;
}

/** The latest `month`-`day` on or before `ref`, or the first on or after it when `forward`. */
function yearlessDay(ref: number, month: number, day: number, forward: boolean): number | null {
  const refYear = fromDayNumber(ref).year;
  // Eight years reach a February 29 from any year.
  for (let i = 0; i <= 8; i++) {
    const candidate = validDay(forward ? refYear + i : refYear - i, month, day);
    if (candidate !== null && (forward ? candidate >= ref : candidate <= ref)) return candidate;
  }
  return null;
}

function weekdayDay(ref: number, form: Extract<DateForm, { kind: 'weekday' }>, forward: boolean): number {
  if (form.weekShift !== null) {
    const monday = ref - ((weekdayOf(ref) + 6) % 7) + 7 * form.weekShift;
    return monday + ((form.weekday + 6) % 7);
  }
  const back = (weekdayOf(ref) - form.weekday + 7) % 7; // 0 on the publication weekday
  if (form.modifier === 'last') return ref - (back === 0 ? 7 : back);
  if (form.modifier === 'next' || forward) {
    const ahead = (form.weekday - weekdayOf(ref) + 7) % 7;
    return ref + (ahead === 0 ? 7 : ahead);
  }
  return ref - back;
}

/** The calendar date a form means, or null when it needs a publication day and has none. */
export function resolveDateForm(form: DateForm, published: number | null, forward: boolean): PreciseDate | null {
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
      const day = yearlessDay(ref, form.month, form.day, forward);
      return day === null ? null : dayDate(day);
    }
    case 'month': {
      const sameYearIsPast = form.month <= month;
      const y = forward ? (form.month >= month ? year : year + 1) : sameYearIsPast ? year : year - 1;
      return monthDate(y, form.month);
    }
    case 'weekday':
      return dayDate(weekdayDay(ref, form, forward));
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
