// "over the last week", "in the next month", "the past year": a stretch that ends or starts at
// publication (a duration), not the calendar period before or after this one. Its value is the
// calendar period holding its middle day, where most of it lies: "the last week" of a Friday is
// that week, of a Monday the week before.

import type { PreciseDate, Span } from '../types';
import type { DateForm } from './dateForms';
import { fromDayNumber, monthDate, weekDate, yearDate } from './preciseDate';

const HALF_LENGTH_DAYS = { week: 3, month: 15, year: 182 } as const;

/** `the ` right before a `last/past/next <unit>` span, as the span to add in front; else null. */
export function rollingPeriodArticle(text: string, span: Span, form: DateForm): Span | null {
  if (form.kind !== 'period' || form.shift === 0) return null;
  const m = /\bthe\s+$/i.exec(text.slice(Math.max(0, span.start - 8), span.start));
  return m ? { start: span.start - m[0].length, end: span.start } : null;
}

/** The calendar period holding the middle of the rolling stretch; null without a publication day. */
export function rollingPeriodDate(form: DateForm & { kind: 'period' }, publishedDay: number | null): PreciseDate | null {
  if (publishedDay === null) return null;
  const middle = publishedDay + Math.sign(form.shift) * HALF_LENGTH_DAYS[form.unit];
  if (form.unit === 'week') return weekDate(middle);
  const { year, month } = fromDayNumber(middle);
  return form.unit === 'month' ? monthDate(year, month) : yearDate(year);
}
