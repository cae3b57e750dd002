// Counters for one measured category: how many gold items were found, how many reported items
// were right, and every miss in words a person can act on.

export interface Tally {
  name: string;
  gold: number;
  found: number;
  reported: number;
  correct: number;
  /** Gold items not found, reported items that match nothing, each as one readable line. */
  misses: string[];
}

export function tally(name: string): Tally {
  return { name, gold: 0, found: 0, reported: 0, correct: 0, misses: [] };
}

export function recall(t: Tally): number {
  return t.gold === 0 ? 1 : t.found / t.gold;
}

export function precision(t: Tally): number {
  return t.reported === 0 ? 1 : t.correct / t.reported;
}

export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

export function merge(into: Tally, from: Tally): void {
  into.gold += from.gold;
  into.found += from.found;
  into.reported += from.reported;
  into.correct += from.correct;
  into.misses.push(...from.misses);
}

export interface Spanned {
  start: number;
  end: number;
}

export function overlaps(a: Spanned, b: Spanned): boolean {
  return a.start < b.end && b.start < a.end;
}
