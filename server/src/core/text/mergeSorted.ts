/**
 * Two lists, each sorted by `startOf`, as one sorted list; on equal starts `a`'s item comes first.
 * Either list is returned as it is when the other is empty.
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], startOf: (item: T) => number): T[] {
  if (b.length === 0) return a as T[];
  if (a.length === 0) return b as T[];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && startOf(a[i]) <= startOf(b[j]))) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
