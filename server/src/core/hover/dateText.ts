import { MONTH_NAMES, WEEKDAY_NAMES, fromDayNumber, isoWeekOf, parseIsoDay, weekdayOf } from '../dates/preciseDate';
import type { PreciseDate } from '../types';

// Dates in words for hover cards: "Friday, 3 January 2020", "week 2 of 2020 (Monday 6 January –
// Sunday 12 January 2020)", "January 2020", "2020".

export function dayInWords(iso: string, withWeekday = true): string {
  const n = parseIsoDay(iso);
  if (n === null) return iso;
  const { year, month, day } = fromDayNumber(n);
  const text = `${day} ${MONTH_NAMES[month - 1]} ${year}`;
  return withWeekday ? `${WEEKDAY_NAMES[weekdayOf(n)]}, ${text}` : text;
}

export function weekdayName(iso: string): string | null {
  const n = parseIsoDay(iso);
  return n === null ? null : WEEKDAY_NAMES[weekdayOf(n)];
}

export function dateInWords(date: PreciseDate): string {
  switch (date.precision) {
    case 'day':
      return dayInWords(date.start);
    case 'week': {
      const n = parseIsoDay(date.start);
      const week = n === null ? null : isoWeekOf(n);
      const label = week ? `week ${week.week} of ${week.year}` : date.value;
      return `${label} (${dayInWords(date.start)} – ${dayInWords(date.end)})`;
    }
    case 'month': {
      const n = parseIsoDay(date.start);
      if (n === null) return date.value;
      const { year, month } = fromDayNumber(n);
      return `${MONTH_NAMES[month - 1]} ${year}`;
    }
    case 'year':
      return date.value;
  }
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * Where `date` lies relative to `published`: "3 days before publication", "the publication day",
 * "2 days after publication"; for a week, month or year, "ends 5 days before publication",
 * "includes the publication day", "starts 9 days after publication".
 */
export function distanceFromPublication(date: PreciseDate, published: PreciseDate): string {
  const pub = parseIsoDay(published.start);
  const start = parseIsoDay(date.start);
  const end = parseIsoDay(date.end);
  if (pub === null || start === null || end === null) return '';
  if (date.precision === 'day') {
    const d = start - pub;
    if (d === 0) return 'the publication day';
    return d < 0 ? `${days(-d)} before publication` : `${days(d)} after publication`;
  }
  if (end < pub) return `ends ${days(pub - end)} before publication`;
  if (start > pub) return `starts ${days(start - pub)} after publication`;
  return 'includes the publication day';
}
