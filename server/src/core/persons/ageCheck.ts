import type { CoreDiagnostic, Gazetteer, GazetteerEntity, ParsedArticle, PreciseDate, Span } from '../types';
import type { WrittenTitle } from './findTitles';
import { entryLocationLabel, relatedEntry } from './gazetteerRef';
import type { ReferenceDates } from './sentenceContext';
import type { Token } from './tokens';

// person-age-mismatch: "the 62-year-old X", "X, 62,", "X, aged 62", "X (62)", "X, the 62-year-old
// leader" (when X starts its clause), "X, the Turkish president, 62,". The age is checked
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

/** Determiners of an appositive noun phrase ("X, the 62-year-old leader"). */
const APPOSITIVE_ARTICLES = new Set(['the', 'a', 'an']);
/** Punctuation after which a new clause (and so a new subject) may start. */
const CLAUSE_BOUNDARY = new Set([',', '"', '“', '(', '—', '–', ':', ';']);
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but']);

function yearOldAge(t: Token | undefined): WrittenAge | null {
  if (t?.kind !== 'word') return null;
  const m = YEAR_OLD.exec(t.text);
  return m ? { age: Number(m[1]), span: { start: t.start, end: t.start + m[1].length } } : null;
}

/** A bare age at token `i`, closed off ("62," / "62." / "62)"): not the start of a list ("62 others"). */
function closedBareAge(tokens: readonly Token[], i: number): WrittenAge | null {
  const n = tokens[i];
  if (!n || n.kind !== 'word' || !BARE_AGE.test(n.text)) return null;
  const close = tokens[i + 1];
  if (close && !(close.kind === 'punct' && /^[,.;)]$/.test(close.text))) return null;
  return { age: Number(n.text), span: { start: n.start, end: n.end } };
}

/** The age written around the mention at token `at`, whose titles (if any) are `titles`. */
export function findWrittenAge(tokens: readonly Token[], at: number, titles: readonly WrittenTitle[]): WrittenAge | null {
  // Before: "the 62-year-old (former Quds Force commander) X" — skip back over the titles.
  let left = at - 1;
  const earliest = titles.filter((t) => t.placement === 'before').reduce((min, t) => Math.min(min, t.titleSpan.start, t.org?.span.start ?? Infinity), Infinity);
  while (left >= 0 && tokens[left].start >= earliest) left--;
  const before = yearOldAge(tokens[left]);
  if (before) return before;
  if (tokens[at].possessive) return null;
  // After: "X, 62," / "X, aged 62" / "X (62)".
  const a = tokens[at + 1];
  let n = tokens[at + 2];
  if (!a || a.kind !== 'punct' || !n) return null;
  if (a.text === ',') {
    if (n.kind === 'word' && n.lower === 'aged') n = tokens[at + 3];
    else {
      const bare = closedBareAge(tokens, at + 2);
      if (bare) return bare;
      // "X, the 62-year-old leader": an appositive when X starts its clause. Elsewhere the comma
      // may end a clause X is in, and the phrase after it be someone else ("After meeting X, the
      // 62-year-old leader flew home").
      const k = n.kind === 'word' && APPOSITIVE_ARTICLES.has(n.lower) ? at + 3 : at + 2;
      const appositive = yearOldAge(tokens[k]);
      if (appositive && startsClause(tokens, left)) return appositive;
      // "X, the Turkish president, 62,": an age closing the appositive title.
      return ageAfterTitle(tokens, at, titles);
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

/**
 * Does the mention whose titles begin after token `left` start its clause? It does at the start
 * of the sentence, after a clause boundary ("On Monday, X", "“X"), or after "and" / "but"; an
 * article before the titles is skipped ("The Turkish president, X, …").
 */
function startsClause(tokens: readonly Token[], left: number): boolean {
  let i = left;
  if (i >= 0 && tokens[i].kind === 'word' && APPOSITIVE_ARTICLES.has(tokens[i].lower)) i--;
  if (i < 0) return true;
  const t = tokens[i];
  if (t.kind === 'punct') return CLAUSE_BOUNDARY.has(t.text);
  return t.kind === 'word' && CLAUSE_CONJUNCTIONS.has(t.lower);
}

/** "X, the Turkish president, 62," — a closed bare age right after the appositive title. */
function ageAfterTitle(tokens: readonly Token[], at: number, titles: readonly WrittenTitle[]): WrittenAge | null {
  const title = titles.find((t) => t.placement === 'after');
  if (!title) return null;
  const end = Math.max(title.titleSpan.end, title.org?.span.end ?? -Infinity);
  let i = at + 1;
  while (i < tokens.length && tokens[i].start < end) i++;
  const comma = tokens[i];
  if (!comma || comma.kind !== 'punct' || comma.text !== ',') return null;
  return closedBareAge(tokens, i + 1);
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
