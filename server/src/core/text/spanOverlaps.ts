import type { Span } from '../types';

/**
 * Answers "does any of these spans overlap this one?" in O(log n). The spans are sorted by start
 * and may nest (their ends are not in order), so each position keeps the furthest end so far:
 * some span before the first one starting at or after `span.end` overlaps exactly when that
 * furthest end passes `span.start`. A 50,000-word article asks this thousands of times a keystroke.
 */
export class SpanOverlaps {
  private readonly starts: number[];
  private readonly furthestEnds: number[];

  /** `sorted`: spans in order of their start. */
  constructor(sorted: readonly { span: Span }[]) {
    this.starts = new Array<number>(sorted.length);
    this.furthestEnds = new Array<number>(sorted.length);
    let furthest = -1;
    for (let i = 0; i < sorted.length; i++) {
      const { start, end } = sorted[i].span;
      furthest = Math.max(furthest, end);
      this.starts[i] = start;
      this.furthestEnds[i] = furthest;
    }
  }

  /** True when some span shares at least one character with `span`. */
  overlaps(span: Span): boolean {
    return this.overlapsRange(span.start, span.end);
  }

  /** `overlaps({ start, end })`, for callers that have the offsets and no span object. */
  overlapsRange(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length; // the first span starting at or after end
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.furthestEnds[lo - 1] > start;
  }
}

/** `items` in order of their start: the list itself when it already is (analyses usually hand them so), else a sorted copy. */
export function sortedByStart<T extends { span: Span }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i].span.start < items[i - 1].span.start) return [...items].sort((a, b) => a.span.start - b.span.start);
  }
  return items;
}
