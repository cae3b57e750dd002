import type { CoreDiagnostic, Gazetteer, GazetteerEntity, ParsedArticle, PreciseDate, Span } from '../types';
import type { WrittenTitle } from './findTitles';
import { entryLocationLabel, relatedEntry } from './gazetteerRef';
import type { ReferenceDates } from './sentenceContext';
import type { Token } from './tokens';

// person-age-mismatch: "the 62-year-old X", "X, 62,", "X, aged 62", "X (62)". The age is checked
// against `born` on the sentence's date and on the publication date (reporters use either); a
// dead person stays the age they died at. A month- or year-precision birth date allows every age
// it can give.

const YEAR_OLD = /^(\d{1,3})-years?-old$/i;
const BARE_AGE = /^\d{1,3}$/;

/** Where an age is written next to a person mention. */
export interface WrittenAge {
  age: number;
  /** Just the digits, for the fix. */
  span: Span;
}

/** The age written around the mention at token `at`, whose titles (if any) are `titles`. */
export function findWrittenAge(tokens: readonly Token[], at: number, titles: readonly WrittenTitle[]): WrittenAge | null {
  // Before: "the 62-year-old (former Quds Force commander) X" — skip back over the titles.
  let left = at - 1;
  const earliest = titles.filter((t) => t.placement === 'before').reduce((min, t) => Math.min(min, t.titleSpan.start, t.org?.span.start ?? Infinity), Infinity);
  while (left >= 0 && tokens[left].start >= earliest) left--;
  const before = tokens[left];
  if (before?.kind === 'word') {
    const m = YEAR_OLD.exec(before.text);
    if (m) return { age: Number(m[1]), span: { start: before.start, end: before.start + m[1].length } };
  }
  // After: "X, 62," / "X, aged 62" / "X (62)".
  const a = tokens[at + 1];
  let n = tokens[at + 2];
  if (!a || a.kind !== 'punct' || !n) return null;
  if (a.text === ',') {
    if (n.kind === 'word' && n.lower === 'aged') n = tokens[at + 3];
    else {
      // A bare number after a comma must be closed, or it is the start of a list ("X, 62 others").
      const close = tokens[at + 3];
      if (close && !(close.kind === 'punct' && /^[,.;)]$/.test(close.text))) return null;
    }
  } else if (a.text === '(') {
    const close = tokens[at + 3];
    if (!close || close.text !== ')') return null;
  } else {
    return null;
  }
  if (!n || n.kind !== 'word' || !BARE_AGE.test(n.text)) return null;
  return { age: Number(n.text), span: { start: n.start, end: n.end } };
}

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** Completed years from birth day `b` to day `r` (both `YYYY-MM-DD`). */
function yearsBetween(b: string, r: string): number {
  const [by, bm, bd] = parts(b);
  const [ry, rm, rd] = parts(r);
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}

/** Every age the person can have on `date` (an interval, given both dates' precision). */
export function possibleAges(born: PreciseDate, date: PreciseDate, died?: PreciseDate): { min: number; max: number } {
  const on = died && died.end < date.start ? died : date;
  return { min: yearsBetween(born.end, on.start), max: yearsBetween(born.start, on.end) };
}

function ageRangeText(r: { min: number; max: number }): string {
  return r.min === r.max ? String(r.min) : `${r.min} or ${r.max}`;
}

export function checkAge(article: ParsedArticle, person: GazetteerEntity, written: WrittenAge, refs: ReferenceDates, gazetteer: Gazetteer): CoreDiagnostic | null {
  const born = person.born;
  if (!born || !refs.primary) return null;
  const dates = [refs.sentence, refs.published].filter((d): d is PreciseDate => d !== null);
  if (dates.some((d) => {
    const r = possibleAges(born, d, person.died);
    return written.age >= r.min && written.age <= r.max;
  })) return null;
  // Name the date whose age is nearest to the written one: "the 60-year-old … since 1998" is a
  // slip for the age now, not a claim about 1998.
  const distance = (d: PreciseDate): number => {
    const r = possibleAges(born, d, person.died);
    return Math.min(Math.abs(written.age - r.min), Math.abs(written.age - r.max));
  };
  const primary = dates.reduce((best, d) => (distance(d) < distance(best) ? d : best), refs.primary);
  const range = possibleAges(born, primary, person.died);
  if (range.max < 0) return null; // the date is before the birth: nothing sensible to say
  const where = entryLocationLabel(person, gazetteer);
  const deadBy = person.died && person.died.end < primary.start;
  const bornText = `${born.precision === 'day' ? 'on' : 'in'} ${born.value}`;
  const truth = deadBy
    ? `${person.name} was born ${bornText} and died on ${person.died?.value} aged ${ageRangeText(range)}`
    : `${person.name} was born ${bornText}, so ${ageRangeText(range)} on ${primary.value}`;
  return {
    code: 'person-age-mismatch',
    severity: 'warning',
    message: `The article gives ${person.name}'s age as ${written.age}, but the gazetteer (${where}) says ${truth}`,
    uri: article.uri,
    span: written.span,
    related: [relatedEntry(person, `${person.name}: born ${born.value}`)],
    data: {
      personId: person.id,
      ageSpan: written.span,
      replacement: String(range.min),
      possibleAges: range.min === range.max ? [range.min] : [range.min, range.max],
    },
  };
}
