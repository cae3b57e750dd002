// Rejects what chrono reads as a date but news copy means otherwise: "may march" (verbs), "the
// Sunday Times" (a name), "Good Friday" (a feast), "March 2,500 troops" (a count), "24/7".

import type { Span } from '../types';
import type { DateForm } from './dateForms';

export const MONTH_TOKEN =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const MONTH_WORD = new RegExp(`^${MONTH_TOKEN.source}$`, 'i');
const WEEKDAY_TOKEN = /\b(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\b/i;

/** Words after which a month name alone is a month: "in May", "since March", "late June". */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'during', 'early', 'late', 'mid', 'of', 'before', 'after',
  'through', 'throughout', 'last', 'next', 'this', 'between', 'around', 'end', 'until', 'that',
]);

/** Words before a weekday that make it a day even when a capitalised word follows ("On Sunday Iraq"). */
const WEEKDAY_CONTEXT = new Set([
  'on', 'last', 'next', 'this', 'that', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'early',
  'late', 'every', 'each', 'of', 'and', 'or', 'to', 'through', 'said', 'says', 'announced', 'reported', 'told',
  'added', 'stated', 'confirmed', 'declared', 'late', 'overnight',
]);

/**
 * The first words of real names of days ("Good Friday", "Super Tuesday", "Bloody Sunday"). Only
 * these make a weekday part of a name: a place, an organisation or a sentence start before a
 * weekday is how wire copy dates events ("north of Mosul Friday", "Kataib Hezbollah Thursday
 * denied", "Earlier Friday").
 */
const DAY_NAME_FIRST_WORDS = new Set([
  'good', 'black', 'holy', 'maundy', 'ash', 'palm', 'easter', 'super', 'bloody', 'cyber', 'shrove', 'whit',
  'fat', 'giving', 'low', 'trinity', 'pentecost', 'orthodox', 'patriots', 'remembrance', 'armistice',
]);

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The word right before `offset`, if only spaces separate them (punctuation breaks the link). */
function wordBefore(text: string, offset: number): { word: string; start: number } | null {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  while (i > 0 && /[A-Za-z]/.test(text[i - 1])) i--;
  return i < end ? { word: text.slice(i, end), start: i } : null;
}

/** The word right after `offset`, if only spaces separate them. */
function wordAfter(text: string, offset: number): string | null {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const start = i;
  while (i < text.length && /[A-Za-z]/.test(text[i])) i++;
  return i > start ? text.slice(start, i) : null;
}

function isMonthAlone(text: string, span: Span): boolean {
  if (/\b(?:mid|early|late)-$/i.test(text.slice(Math.max(0, span.start - 6), span.start))) return true;
  const prev = wordBefore(text, span.start);
  if (!prev) return false;
  const lower = prev.word.toLowerCase();
  if (MONTH_CONTEXT.has(lower)) return true;
  // "the October slaying", "The March accession": a month modifying an event noun.
  if (lower === 'the') {
    const next = wordAfter(text, span.end);
    return next !== null && !isCapitalised(next);
  }
  if (lower === 'and' || lower === 'or' || lower === 'to') {
    // "between March and May": the second month borrows the first one's context.
    const before = wordBefore(text, prev.start);
    return before !== null && MONTH_WORD.test(before.word) && isCapitalised(before.word);
  }
  return false;
}

function isWeekdayADay(text: string, span: Span, written: string): boolean {
  const token = WEEKDAY_TOKEN.exec(written);
  if (!token) return false;
  // "Sun", "Sat", "Wed" alone are words or names far more often than days.
  if (!token[0].toLowerCase().endsWith('day') || !isCapitalised(token[0])) return false;
  const prev = wordBefore(text, span.start)?.word ?? null;
  const next = wordAfter(text, span.end);
  const prevIsContext = prev !== null && WEEKDAY_CONTEXT.has(prev.toLowerCase());
  // "Good Friday", "Bloody Sunday", "Super Tuesday": the name of a day, not a date.
  if (prev && isCapitalised(prev) && DAY_NAME_FIRST_WORDS.has(prev.toLowerCase())) return false;
  // "the Sunday Times", "Sunday Herald": a capitalised word after, with nothing marking a day before.
  if (next && isCapitalised(next) && next !== 'I' && !MONTH_WORD.test(next) && !prevIsContext) return false;
  return true;
}

/**
 * Nouns after `today's` (or after one adjective) that make it the present age rather than the
 * day: people taken as a group and eras ("today's youth", "today's world"). An event or a
 * document after it ("today's vote", "today's edition") keeps the day.
 */
const PRESENT_AGE_HEADS = new Set([
  'youth', 'generation', 'generations', 'world', 'society', 'societies', 'children', 'kids',
  'students', 'people', 'women', 'men', 'era', 'age', 'times', 'standards', 'technology', 'economy',
  'politics', 'media', 'warfare', 'wars', 'conflicts', 'armies', 'militaries', 'realities', 'reality',
]);

/** "today's youth", "today's digital world": `today` meaning the present age, not the publication day. */
function isPresentAge(text: string, span: Span): boolean {
  const m = /^['\u2019]s\s+([a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(span.end, span.end + 40));
  return m !== null && (PRESENT_AGE_HEADS.has(m[1]) || (m[2] !== undefined && PRESENT_AGE_HEADS.has(m[2])));
}

/** True if a chrono match with this form, at `span` of `text`, is a date in the news sense. */
export function isNewsDate(form: DateForm, text: string, span: Span): boolean {
  const written = text.slice(span.start, span.end);
  if (written.includes('/') || /\b(?:minutes?|hours?|seconds?)\b/i.test(written)) return false;
  const month = MONTH_TOKEN.exec(written);
  if (month && !isCapitalised(month[0])) return false; // "they may march"
  switch (form.kind) {
    case 'absolute':
    case 'dayMonth':
      // "March 2,500 troops", "5,000 3 Jan": digits glued to the date belong to a count.
      if (/^[,.]?\d/.test(text.slice(span.end, span.end + 2))) return false;
      if (/\d[,.]?$/.test(text.slice(Math.max(0, span.start - 2), span.start))) return false;
      return true;
    case 'month':
      return isMonthAlone(text, span);
    case 'weekday':
      return isWeekdayADay(text, span, written);
    case 'period':
      // "the last week of June", "the last year of the war": a part of what follows, not this
      // calendar's last week or year ("take control next week of the base" stays next week).
      return !(/^(?:last|next|past)\s/i.test(written) && wordBefore(text, span.start)?.word.toLowerCase() === 'the'
        && wordAfter(text, span.end)?.toLowerCase() === 'of');
    case 'casual':
      return !(/^today$/i.test(written) && isPresentAge(text, span));
    default:
      return true;
  }
}
