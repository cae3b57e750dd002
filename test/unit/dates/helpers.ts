import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { findDates, resolveDatesInText, type DatePin } from '../../../server/src/core/dates/findDates';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import type { DateMention, ParsedArticle, Precision } from '../../../server/src/core/types';

/** Dates found in one sentence, as "text=value" strings (value "null" when unresolved). */
export function datesIn(sentence: string, published: string | null, pins: DatePin[] = []): string[] {
  return mentionsIn(sentence, published, pins).map((d) => `${d.text}=${d.date ? d.date.value : 'null'}`);
}

export function mentionsIn(sentence: string, published: string | null, pins: DatePin[] = []): DateMention[] {
  return resolveDatesInText({ text: sentence, published: published === null ? null : parsePreciseDate(published), pins });
}

/** The precision a date value's shape stands for (SPEC §7). */
export function precisionOfValue(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return 'year';
}

/** A `.news.md` file as a user writes it. */
export function articleText(published: string | null, body: string): string {
  const front = published === null ? 'title: Test report\nsource: Test Wire' : `title: Test report\nsource: Test Wire\npublished: ${published}`;
  return `---\n${front}\n---\n${body}\n`;
}

export function article(published: string | null, body: string): ParsedArticle {
  return parseArticle({ uri: 'file:///work/articles/test.news.md', text: articleText(published, body) });
}

export function articleDates(a: ParsedArticle): DateMention[] {
  return findDates(a);
}
