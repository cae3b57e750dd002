// Named days that news dates events by (SPEC §4 lists forms; these are the named days wire copy
// uses without a date: "on Thanksgiving Day", "last Christmas", "before Election Day"). Each is
// a rule of the calendar, not a list of dates, so it resolves in any year. Religious feasts on a
// lunar calendar (Eid, Ramadan) need an Islamic calendar and are left out; so are names of days
// that contain a weekday ("Good Friday"), which SPEC §4 keeps apart from the weekday.

import type { Span } from '../types';
import { dayNumber, fromDayNumber, weekdayOf } from './preciseDate';

type HolidayRule = (year: number) => number;

/** The n-th `weekday` (0 = Sunday) of `month` in `year`. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

const RULES: [RegExp, HolidayRule][] = [
  [/^Thanksgiving(?: Day)?$/, (y) => nthWeekday(y, 11, 4, 4)], // US: fourth Thursday of November
  [/^Election Day$/, (y) => nthWeekday(y, 11, 1, 1) + 1], // US: the Tuesday after the first Monday of November
  [/^Christmas(?: Day)?$/, (y) => dayNumber(y, 12, 25)],
  [/^Christmas Eve$/, (y) => dayNumber(y, 12, 24)],
  [/^New Year's Day$/, (y) => dayNumber(y, 1, 1)],
  [/^New Year's Eve$/, (y) => dayNumber(y, 12, 31)],
  [/^Easter(?: Sunday)?$/, easter],
  [/^Nowruz$/, (y) => dayNumber(y, 3, 21)],
];

const HOLIDAY =
  /\b(?:(last|next|this)\s+)?(Thanksgiving(?: Day)?|Election Day|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Easter(?: Sunday)?|Nowruz)\b/g;

/** A word every match of HOLIDAY holds (it is case-sensitive). */
const HOLIDAY_WORDS = ['Thanksgiving', 'Election Day', 'Christmas', "New Year's ", 'Easter', 'Nowruz'];

export interface HolidayMention {
  span: Span;
  /** The holiday's day in a given year. */
  dayIn: HolidayRule;
  modifier: 'last' | 'next' | 'this' | null;
}

/** Named days in [from, text.length) of `text`, outside `exclude`. */
export function findHolidays(text: string, from: number, exclude: readonly Span[]): HolidayMention[] {
  const found: HolidayMention[] = [];
  // Most articles name no holiday: a plain substring search for each name first spares the whole
  // text the regex's optional modifier tried at every word.
  if (!HOLIDAY_WORDS.some((w) => text.includes(w, from))) return found;
  HOLIDAY.lastIndex = from;
  for (let m = HOLIDAY.exec(text); m; m = HOLIDAY.exec(text)) {
    const start = m.index;
    if (exclude.some((x) => start >= x.start && start < x.end)) continue;
    const rule = RULES.find(([name]) => name.test(m![2]));
    if (!rule) continue;
    found.push({ span: { start, end: start + m[0].length }, dayIn: rule[1], modifier: (m[1]?.toLowerCase() as HolidayMention['modifier']) ?? null });
  }
  return found;
}

/** The occurrence of a named day a clause points at: `last` strictly before, `next` strictly after. */
export function resolveHoliday(h: HolidayMention, published: number, direction: 'past' | 'future' | 'none'): number {
  const year = fromDayNumber(published).year;
  const days = [h.dayIn(year - 1), h.dayIn(year), h.dayIn(year + 1)];
  const back = Math.max(...days.filter((d) => (h.modifier === 'last' ? d < published : d <= published)));
  const ahead = Math.min(...days.filter((d) => (h.modifier === 'next' ? d > published : d >= published)));
  // As for a year-less day-month: a past verb does not carry it a year back when it is near ahead.
  if (direction === 'past' && h.modifier === null && published - back > 183 && ahead - published <= 62) return ahead;
  if (h.modifier === 'last' || (direction === 'past' && h.modifier !== 'next')) return back;
  if (h.modifier === 'next' || direction === 'future') return ahead;
  return ahead - published < published - back ? ahead : back;
}
