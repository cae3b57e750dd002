import type { PreciseDate, Precision } from '../types';

// Calendar arithmetic on UTC day numbers, so no time zone or clock ever leaks in.

const DAY_MS = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 for a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  // Called for every resolved date: plain arithmetic (proleptic Gregorian, as Date) instead of a
  // Date object, for whole days in years 100–9999; anything else through Date as before.
  if (Number.isInteger(n) && n >= MIN_FAST_DAY && n <= MAX_FAST_DAY) return civilFromDays(n);
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses `YYYY-MM-DD` into a day number; null if malformed or not a real calendar day. */
export function parseIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

export function daysInMonth(year: number, month: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: those, and odd arguments, go through Date as before.
  if (Number.isInteger(year) && Number.isInteger(month) && year >= 100 && year <= 9999 && month >= 1 && month <= 12) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day numbers of 0100-01-01 and 9999-12-31. */
const MIN_FAST_DAY = -683_003;
const MAX_FAST_DAY = 2_932_896;

/** The calendar date of a day number (H. Hinnant's `civil_from_days`), exact in the fast range. */
function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** ISO 8601 week (Monday-based; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: number): { year: number; week: number; monday: number } {
  const weekday = (weekdayOf(day) + 6) % 7; // Monday = 0
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = fromDayNumber(thursday).year;
  const jan4 = dayNumber(year, 1, 4);
  const week1Monday = jan4 - ((weekdayOf(jan4) + 6) % 7);
  return { year, week: Math.floor((monday - week1Monday) / 7) + 1, monday };
}

export function dayDate(day: number): PreciseDate {
  const iso = isoDay(day);
  return { value: iso, precision: 'day', start: iso, end: iso };
}

export function weekDate(dayInWeek: number): PreciseDate {
  const { year, week, monday } = isoWeekOf(dayInWeek);
  return { value: `${year}-W${pad(week)}`, precision: 'week', start: isoDay(monday), end: isoDay(monday + 6) };
}

export function monthDate(year: number, month: number): PreciseDate {
  return {
    value: `${pad(year, 4)}-${pad(month)}`,
    precision: 'month',
    start: isoDay(dayNumber(year, month, 1)),
    end: isoDay(dayNumber(year, month, daysInMonth(year, month))),
  };
}

export function yearDate(year: number): PreciseDate {
  return { value: pad(year, 4), precision: 'year', start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31` };
}

/**
 * Parses a gazetteer or front-matter date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an ISO date-time
 * (kept at day precision). YAML may already have turned a bare year into a number or a full
 * timestamp into a Date; both are accepted. Returns null for anything else.
 */
export function parsePreciseDate(input: unknown): PreciseDate | null {
  if (typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= 9999) {
    return yearDate(input);
  }
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    return dayDate(Math.floor(input.getTime() / DAY_MS));
  }
  if (typeof input !== 'string') return null;
  const text = input.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) return yearDate(Number(m[1]));
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthDate(Number(m[1]), month) : null;
  }
  m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) {
    const day = parseIsoDay(m[1]);
    return day === null ? null : dayDate(day);
  }
  return null;
}

/** Day number of the first / last day a date covers. */
export function startDay(d: PreciseDate): number {
  return parseIsoDay(d.start) as number;
}
export function endDay(d: PreciseDate): number {
  return parseIsoDay(d.end) as number;
}

/** True if `d` (at any precision) may fall on or before `ref`'s last day. */
export function mayBeOnOrBefore(d: PreciseDate, ref: PreciseDate): boolean {
  return d.start <= ref.end;
}

/** True if the whole of `d` lies strictly after the whole of `ref`. */
export function isAfter(d: PreciseDate, ref: PreciseDate): boolean {
  return d.start > ref.end;
}

export function precisionRank(p: Precision): number {
  return p === 'day' ? 0 : p === 'week' ? 1 : p === 'month' ? 2 : 3;
}

// ---------------------------------------------------------------------------------------------
// Added for article dates (findDates / dateChecks).

/** The Monday (day number) of ISO week `week` of ISO year `year`; null if the year has no such week. */
export function isoWeekMonday(year: number, week: number): number | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const jan4 = dayNumber(year, 1, 4);
  const monday = jan4 - ((weekdayOf(jan4) + 6) % 7) + (week - 1) * 7;
  return isoWeekOf(monday).week === week ? monday : null;
}

/**
 * Parses a date value as an article may pin it (`{date=…}`): `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an
 * ISO week `YYYY-Www`. Kept apart from `parsePreciseDate`, whose inputs (gazetteer, front matter)
 * have no week form.
 */
export function parseDateValue(text: string): PreciseDate | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return monday === null ? null : weekDate(monday);
  }
  return parsePreciseDate(text);
}

/** The month `delta` months from `year`-`month` (delta may be negative). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}
