// `date-weekday-mismatch` and `date-after-publication` (SPEC §5). Both stay quiet unless the text
// leaves no doubt: a false alarm on a correct article costs the user more than a missed one.

import type { CoreDiagnostic, DateMention, ParsedArticle, PreciseDate, RelatedInfo, Span } from '../types';
import { leadingWeekday } from './dateForms';
import { formatDayLike, formatWeekdayLike } from './dateFormat';
import { isAfter, parseIsoDay, WEEKDAY_NAMES, weekdayOf } from './preciseDate';
import { sentenceAt } from './sentenceAt';
import { clauseDirection, hasFutureCue, hasPastMarker, isFramedAsLimit } from './tense';

function weekdayMismatch(article: ParsedArticle, d: DateMention): CoreDiagnostic | null {
  if (d.explicit || !d.date || d.date.precision !== 'day') return null;
  const lead = leadingWeekday(d.text);
  const day = parseIsoDay(d.date.start);
  if (!lead || day === null) return null;
  const writtenWeekday = lead.word;
  const written = lead.weekday;
  const actual = weekdayOf(day);
  if (actual === written) return null;

  const weekdaySpan: Span = { start: d.span.start, end: d.span.start + writtenWeekday.length };
  const dateSpan: Span = { start: d.span.start + lead.prefixLength, end: d.span.end };
  const writtenDate = d.text.slice(lead.prefixLength);
  // The nearest day with the written weekday is at most three days away, on one side only.
  let delta = (written - actual + 7) % 7;
  if (delta > 3) delta -= 7;
  const fixDate = formatDayLike(writtenDate, day + delta);
  const fixWeekday = formatWeekdayLike(writtenWeekday, actual);
  const published = article.published ? parseIsoDay(article.published.start) : null;
  const tense = published !== null && day > published ? 'is' : 'was';
  const readAs = d.relative ? ` (read as ${d.date.value})` : '';
  return {
    code: 'date-weekday-mismatch',
    severity: 'warning',
    message:
      `Says ${writtenWeekday}, but ${writtenDate}${readAs} ${tense} a ${WEEKDAY_NAMES[actual]}; ` +
      `the nearest ${WEEKDAY_NAMES[written]} is ${fixDate}.`,
    uri: article.uri,
    span: { start: d.span.start, end: d.span.end },
    data: { weekdaySpan, dateSpan, fixWeekday, fixDate, date: d.date.value },
  };
}

function publishedRelated(article: ParsedArticle): RelatedInfo[] | undefined {
  const field = article.frontMatter.fields.get('published');
  return field ? [{ uri: article.uri, span: field.valueSpan, message: 'publication date (front matter `published`)' }] : undefined;
}

function afterPublication(article: ParsedArticle, d: DateMention, published: PreciseDate): CoreDiagnostic | null {
  // Relative and year-less dates resolve on or before publication unless a future cue moved them;
  // pinned dates are the author's own word.
  if (d.relative || d.explicit || !d.date || !isAfter(d.date, published)) return null;
  const sentence = sentenceAt(article.maskedText, article.sentences, d.span.start);
  const sentenceText = article.maskedText.slice(sentence.start, sentence.end);
  // Only a sentence that reports the past contradicts its date: "The summit opens on February 3,
  // 2020" (present tense for a scheduled event) is no error.
  if (hasFutureCue(sentenceText) || !hasPastMarker(sentenceText)) return null;
  if (isFramedAsLimit(article.maskedText.slice(sentence.start, d.span.start))) return null;
  // A date whose own clause looks ahead ("… giving them until December 31 to wind down before they
  // leave in 2027") is a plan, whatever the tense of the sentence's main verb.
  if (clauseDirection(sentenceText, d.span.start - sentence.start, d.span.end - sentence.start) === 'future') return null;
  const related = publishedRelated(article);
  return {
    code: 'date-after-publication',
    severity: 'warning',
    message: `${d.text} is after this article's publication date ${published.value} (front matter \`published\`).`,
    uri: article.uri,
    span: { start: d.span.start, end: d.span.end },
    ...(related ? { related } : {}),
    data: { date: d.date.value, published: published.value },
  };
}

/** `date-weekday-mismatch` and `date-after-publication`. */
export function checkDates(article: ParsedArticle, dates: DateMention[]): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  for (const d of dates) {
    const mismatch = weekdayMismatch(article, d);
    if (mismatch) out.push(mismatch);
    const after = article.published ? afterPublication(article, d, article.published) : null;
    if (after) out.push(after);
  }
  return out;
}
