import type { AnalysisSettings } from '../settings';
import { closed, type Interval, interval } from './interval';

/**
 * What a qualifier does to the number after it (SPEC §4):
 * gt  `more than N`, `over N`, `above N`, `in excess of N`            → (N, ∞)
 * ge  `at least N`, `no fewer than N`, `N or more`, `N-plus`, `N+`    → [N, ∞)
 * nearly `nearly N`, `almost N`, `close to N`, `just under N`         → [(1-t)N, N)   t = nearlyTolerance
 * le  `up to N`, `at most N`, `no more than N`, `as many as N`        → [0, N]
 * lt  `fewer than N`, `less than N`, `under N`, `below N`             → [0, N]  (as SPEC writes it)
 * approx `about`, `around`, `some`, `approximately`, `roughly`, `an estimated`, `N or so` → [(1-t)N, (1+t)N]
 * exact `exactly N`, `precisely N`                                    → [N, N]
 * bare  no qualifier, or one that does not change the amount (`a total of`, `only`) → the rounding of N
 *       (half a unit of its last non-zero digit: `5,000` → [4500, 5500], `61` → [61, 61])
 */
export type QualifierSense = 'gt' | 'ge' | 'nearly' | 'le' | 'lt' | 'approx' | 'exact' | 'bare';

const BEFORE: Record<string, QualifierSense> = {
  'more than': 'gt', over: 'gt', above: 'gt', 'in excess of': 'gt', 'upwards of': 'gt', 'greater than': 'gt', 'well over': 'gt',
  'at least': 'ge', 'no fewer than': 'ge', 'no less than': 'ge', 'a minimum of': 'ge', 'not less than': 'ge',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just shy of': 'nearly', 'just below': 'nearly',
  'up to': 'le', 'at most': 'le', 'no more than': 'le', 'as many as': 'le', 'a maximum of': 'le', 'not more than': 'le',
  'fewer than': 'lt', 'less than': 'lt', under: 'lt', below: 'lt',
  about: 'approx', around: 'approx', some: 'approx', approximately: 'approx', roughly: 'approx', 'an estimated': 'approx',
  estimated: 'approx', 'estimated at': 'approx', 'approx.': 'approx', circa: 'approx', 'an approximate': 'approx',
  exactly: 'exact', precisely: 'exact',
  'a total of': 'bare', 'total of': 'bare', only: 'bare', just: 'bare',
};

const AFTER: Record<string, QualifierSense> = {
  'or more': 'ge', 'or so': 'approx', plus: 'ge', '+': 'ge', 'or fewer': 'le', 'or less': 'le',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string): number => b.length - a.length;

/** Anchored at the end of the text before a number; leftmost match = longest phrase. */
const BEFORE_RE = new RegExp(`(^|[^\\p{L}\\p{N}])(${Object.keys(BEFORE).sort(byLength).map(escape).join('|')})\\s+$`, 'iu');
const AFTER_RE = new RegExp(`(?:\\s+(or\\s+more|or\\s+so|or\\s+fewer|or\\s+less)\\b|-(plus)\\b|(\\+)(?![\\p{L}\\p{N}]))`, 'iuy');

export interface FoundQualifier {
  text: string;
  start: number;
  end: number;
  sense: QualifierSense;
}

/** How far back a qualifier can start: the longest phrase plus some spacing. */
const LOOKBACK = 40;

/** The qualifier written just before `numberStart`, not reaching before `floor` (the sentence start). */
export function qualifierBefore(text: string, numberStart: number, floor: number): FoundQualifier | null {
  const from = Math.max(floor, numberStart - LOOKBACK);
  const slice = text.slice(from, numberStart);
  const m = BEFORE_RE.exec(slice);
  if (!m) return null;
  const start = from + m.index + m[1].length;
  const phrase = m[2].toLowerCase().replace(/\s+/g, ' ');
  return { text: m[2], start, end: start + m[2].length, sense: BEFORE[phrase] };
}

/** "have come under 66 attacks": after a form of "come", `under` means "subjected to", not "fewer than". */
const COME_BEFORE_UNDER = /\b(?:come|comes|came|coming)\s+$/i;

/** True when the `under` qualifier starting at `qualifierStart` is the object of "come under" (attack, fire). */
export function isComeUnder(text: string, qualifier: FoundQualifier, floor: number): boolean {
  return qualifier.text.toLowerCase() === 'under' && COME_BEFORE_UNDER.test(text.slice(Math.max(floor, qualifier.start - 12), qualifier.start));
}

/** A qualifier written after the number (`5,000 or more`, `5,000-plus`). */
export function qualifierAfter(text: string, numberEnd: number): FoundQualifier | null {
  AFTER_RE.lastIndex = numberEnd;
  const m = AFTER_RE.exec(text);
  if (!m) return null;
  const phrase = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/\s+/g, ' ');
  return { text: phrase, start: numberEnd, end: numberEnd + m[0].length, sense: AFTER[phrase] };
}

/**
 * The interval a bare number stands for (SPEC §4): its rounding, half a unit of its last
 * non-zero digit, with no cap — `5,000` → [4,500, 5,500], `400` → [350, 450], `2,500` →
 * [2,450, 2,550], `110` → [105, 115]. A whole number whose last digit is not zero is exact
 * (`61` → [61, 61]: a count has no half units); a decimal covers half a unit of its last
 * decimal (`56.11` percent → [56.105, 56.115], `2.5` → [2.45, 2.55]).
 */
export function roundingInterval(n: number, _settings?: AnalysisSettings): Interval {
  if (n === 0) return closed(n, n);
  if (!Number.isInteger(n)) {
    const decimals = Math.min(10, (String(n).split('.')[1] ?? '').length);
    const half = 10 ** -decimals / 2;
    const round = (x: number) => Math.round(x * 10 ** (decimals + 2)) / 10 ** (decimals + 2);
    return closed(round(n - half), round(n + half));
  }
  let zeros = 0;
  let rest = n;
  while (rest % 10 === 0) {
    rest /= 10;
    zeros++;
  }
  if (zeros === 0) return closed(n, n);
  const half = 10 ** zeros / 2;
  return closed(n - half, n + half);
}

/** The interval of `low` (to `high`, for ranges) under a qualifier. */
export function intervalFor(sense: QualifierSense, low: number, high: number, settings: AnalysisSettings, isRange: boolean): Interval {
  const { approximateTolerance: ta, nearlyTolerance: tn } = settings.figures;
  switch (sense) {
    case 'gt': return interval(low, false, null, false);
    case 'ge': return interval(low, true, null, false);
    case 'nearly': return interval((1 - tn) * high, true, high, false);
    case 'le': return interval(0, true, high, true);
    case 'lt': return interval(0, true, high, true); // SPEC: `fewer than N` → [0, N]
    case 'approx': return closed((1 - ta) * low, (1 + ta) * high);
    case 'exact': return closed(low, high);
    case 'bare': return isRange ? closed(low, high) : roundingInterval(low, settings);
  }
}
