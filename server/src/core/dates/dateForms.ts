// What a date expression says, before it is placed on the calendar: the written form, read from
// the trimmed text and chrono's certain components. Resolution is in `resolveDateForm.ts`.

import type { ChronoResult } from './newsChrono';

export type PeriodUnit = 'week' | 'month' | 'year';

export type DateForm =
  /** `June 12, 2020`, `2020-06-12`: a full date. */
  | { kind: 'absolute'; year: number; month: number; day: number }
  /** `December 2017` */
  | { kind: 'monthYear'; year: number; month: number }
  /** `in 2014` */
  | { kind: 'year'; year: number }
  /** `January 3`, `3 Jan`: no year written. */
  | { kind: 'dayMonth'; month: number; day: number }
  /** `in May`: a month without a year. */
  | { kind: 'month'; month: number }
  /** `Wednesday`, `last Friday`, `Friday next week`; weekday 0 = Sunday. */
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null; weekShift: number | null }
  /** `today` (0), `yesterday` (-1), `tomorrow` (1). */
  | { kind: 'casual'; days: number }
  /** `this week` (0), `last month` (-1), `next year` (1). */
  | { kind: 'period'; unit: PeriodUnit; shift: number }
  /** `two days ago` */
  | { kind: 'ago'; unit: 'day' | PeriodUnit; amount: number };

/** True for forms that need the publication date to become a calendar date. */
export function isRelativeForm(form: DateForm): boolean {
  return form.kind !== 'absolute' && form.kind !== 'monthYear' && form.kind !== 'year';
}

export const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

/** "Wednesday, " / "Wed. " at the start of a date that chrono merged with its weekday. */
const LEADING_WEEKDAY = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.?\s*,?\s*/i;

/** The weekday written before a date ("Tuesday, January 14"): its word, index and prefix length. */
export function leadingWeekday(text: string): { word: string; weekday: number; prefixLength: number } | null {
  const m = LEADING_WEEKDAY.exec(text);
  if (!m || m[0].length >= text.length || !/\d/.test(text.slice(m[0].length))) return null;
  const weekday = WEEKDAY_INDEX[m[1].toLowerCase()];
  return weekday === undefined ? null : { word: m[1], weekday, prefixLength: m[0].length };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: NaN, few: NaN, couple: NaN,
};

const CASUAL: Record<string, number> = {
  today: 0, tonight: 0,
  yesterday: -1, 'last night': -1, tomorrow: 1,
};

const PERIOD = /^(?:(?:earlier|later)\s+)?(this|last|past|next)\s+(week|month|year)$/i;
const AGO = /^(\S+)\s+(day|week|month|year)s?\s+ago$/i;
const WEEKDAY =
  /^(?:(this|last|next)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s*,?\s*(?:of\s+)?(this|last|next)\s+week)?$/i;

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** `last`, `past` → -1, `next` → 1, anything else (`this`) → 0. */
export function shiftOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' ? -1 : w === 'next' ? 1 : 0;
}

/**
 * The form of a trimmed chrono match, or null when the match is not a date in the news sense
 * (a time of day alone is no date; "in 3 days" counts from a narrated day).
 */
export function dateFormOf(text: string, result: ChronoResult): DateForm | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (lower in CASUAL) return { kind: 'casual', days: CASUAL[lower] };
  let m = PERIOD.exec(lower);
  if (m) return { kind: 'period', unit: m[2] as PeriodUnit, shift: shiftOf(m[1]) };
  m = AGO.exec(lower);
  if (m) {
    const amount = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
    if (amount === undefined || !Number.isFinite(amount)) return null;
    return { kind: 'ago', unit: m[2] as 'day' | PeriodUnit, amount };
  }
  m = WEEKDAY.exec(lower);
  if (m) {
    const modifier = m[1] ? (m[1] as 'last' | 'next' | 'this') : null;
    return { kind: 'weekday', weekday: WEEKDAY_INDEX[m[2]], modifier, weekShift: m[3] ? shiftOf(m[3]) : null };
  }
  // Any other relative form ("in 3 days", "two weeks later") counts from a narrated day or is a
  // duration; chrono marks them, and they are not dates here.
  if (result.tags().has('result/relativeDate')) return null;
  // What chrono marks certain without a digit or a month name written ("now") is its reference
  // day, not a date of the text.
  if (!/\d/.test(text) && !MONTH_NAME.test(text)) return null;
  const c = result.start;
  const year = c.isCertain('year') ? c.get('year') : null;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  if (month !== null && day !== null) {
    return year !== null ? { kind: 'absolute', year, month, day } : { kind: 'dayMonth', month, day };
  }
  if (month !== null) return year !== null ? { kind: 'monthYear', year, month } : { kind: 'month', month };
  if (year !== null && result.tags().has('parser/newsYearParser')) return { kind: 'year', year };
  return null;
}
