// Figures are compared as intervals of the real line; `null` is an unbounded end (never below 0).

export interface Interval {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
}

/** Float noise (1.1 × 5000 = 5500.000000000001) must not decide whether two figures conflict. */
export function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function closed(min: number, max: number): Interval {
  return { min: tidy(min), max: tidy(max), minInclusive: true, maxInclusive: true };
}

export function interval(min: number | null, minInclusive: boolean, max: number | null, maxInclusive: boolean): Interval {
  return {
    min: min === null ? null : tidy(min),
    max: max === null ? null : tidy(max),
    minInclusive: min !== null && minInclusive,
    maxInclusive: max !== null && maxInclusive,
  };
}

/** True if `value` lies inside `iv`, respecting open and closed ends. */
export function contains(iv: Interval, value: number): boolean {
  if (iv.min !== null && (value < iv.min || (value === iv.min && !iv.minInclusive))) return false;
  if (iv.max !== null && (value > iv.max || (value === iv.max && !iv.maxInclusive))) return false;
  return true;
}

/** True if some number lies in both intervals. Touching ends overlap only if both are closed. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !endsBelow(a, b) && !endsBelow(b, a);
}

/** True if every number of `a` is below every number of `b`. */
function endsBelow(a: Interval, b: Interval): boolean {
  if (a.max === null || b.min === null) return false;
  if (a.max < b.min) return true;
  return a.max === b.min && !(a.maxInclusive && b.minInclusive);
}

/** `(5000, ∞)`, `[4500, 5500]`, `[54.9, 61)` — plain numbers, so the reader sees the arithmetic. */
export function formatInterval(iv: Interval): string {
  const lo = iv.min === null ? '(-∞' : `${iv.minInclusive ? '[' : '('}${iv.min}`;
  const hi = iv.max === null ? '∞)' : `${iv.max}${iv.maxInclusive ? ']' : ')'}`;
  if (iv.min !== null && iv.max !== null && iv.min === iv.max && iv.minInclusive && iv.maxInclusive) return `[${iv.min}]`;
  return `${lo}, ${hi}`;
}
