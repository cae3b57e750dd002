// Writes a date the way the author wrote another one, so a quick fix replaces "January 15, 2020"
// with "January 14, 2020" and "15th of Jan." with "14th of Jan.", not with an ISO date.

import { fromDayNumber, isoDay, MONTH_NAMES, WEEKDAY_NAMES } from './preciseDate';

const MIDDLE_ENDIAN = /^([A-Za-z]+)(\.?\s+)(\d{1,2})(st|nd|rd|th)?(?:(,?\s+)(\d{4}))?$/;
const LITTLE_ENDIAN = /^(\d{1,2})(st|nd|rd|th)?(\s+(?:of\s+)?)([A-Za-z]+)(\.?)(?:(,?\s+)(\d{4}))?$/;

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function monthIndexOf(token: string): number {
  const lower = token.toLowerCase();
  return MONTH_NAMES.findIndex((name) => lower.length >= 3 && name.toLowerCase().startsWith(lower.slice(0, 3)));
}

/** The month name for `month` (1–12) in the style of `written` (full or abbreviated). */
function monthLike(written: string, month: number): string {
  if (monthIndexOf(written) === month - 1) return written;
  const full = MONTH_NAMES[month - 1];
  const isFull = MONTH_NAMES.some((name) => name.toLowerCase() === written.toLowerCase());
  return isFull ? full : full.slice(0, 3);
}

/** `day` (a day number) written in the format of `written`; "January 14, 2020" if unrecognised. */
export function formatDayLike(written: string, day: number): string {
  const { year, month, day: dom } = fromDayNumber(day);
  const text = written.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return isoDay(day);
  let m = MIDDLE_ENDIAN.exec(text);
  if (m && monthIndexOf(m[1]) >= 0) {
    const yearPart = m[6] ? `${m[5]}${year}` : '';
    return `${monthLike(m[1], month)}${m[2]}${dom}${m[4] ? ordinalSuffix(dom) : ''}${yearPart}`;
  }
  m = LITTLE_ENDIAN.exec(text);
  if (m && monthIndexOf(m[4]) >= 0) {
    const yearPart = m[7] ? `${m[6]}${year}` : '';
    return `${dom}${m[2] ? ordinalSuffix(dom) : ''}${m[3]}${monthLike(m[4], month)}${m[5]}${yearPart}`;
  }
  return `${MONTH_NAMES[month - 1]} ${dom}, ${year}`;
}

/** `weekday` (0 = Sunday) in the style of `written`: full, three letters, or capitals. */
export function formatWeekdayLike(written: string, weekday: number): string {
  const full = WEEKDAY_NAMES[weekday];
  const name = written.toLowerCase().endsWith('day') ? full : full.slice(0, 3);
  return written.length > 1 && written === written.toUpperCase() ? name.toUpperCase() : name;
}
