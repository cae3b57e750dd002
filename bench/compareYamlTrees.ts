import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';

/**
 * The first difference between two `yaml` node trees in what the gazetteer loader reads from
 * them — node type, scalar value (and its JavaScript type), the whole `range` (start, value end,
 * node end), anchors, items and pairs in order — as a path and a description; null when they
 * agree.
 */
export function firstTreeDifference(a: unknown, b: unknown, path = '$'): string | null {
  if ((a ?? null) === null || (b ?? null) === null) return (a ?? null) === (b ?? null) ? null : `${path}: one side is missing`;
  const kind = (n: unknown): string => (isScalar(n) ? 'scalar' : isMap(n) ? 'map' : isSeq(n) ? 'seq' : isAlias(n) ? 'alias' : isPair(n) ? 'pair' : 'other');
  if (kind(a) !== kind(b)) return `${path}: ${kind(a)} vs ${kind(b)}`;
  const na = a as { range?: number[]; anchor?: string; value?: unknown; items?: unknown[] };
  const nb = b as typeof na;
  if (na.range?.[0] !== nb.range?.[0] || na.range?.[1] !== nb.range?.[1] || na.range?.[2] !== nb.range?.[2]) return `${path}: range ${JSON.stringify(na.range)} vs ${JSON.stringify(nb.range)}`;
  if (na.anchor !== nb.anchor) return `${path}: anchor ${na.anchor} vs ${nb.anchor}`;
  if (isScalar(a)) {
    const same = Object.is(na.value, nb.value);
    return same ? null : `${path}: value ${JSON.stringify(na.value)} vs ${JSON.stringify(nb.value)}`;
  }
  const ia = na.items ?? [];
  const ib = nb.items ?? [];
  if (ia.length !== ib.length) return `${path}: ${ia.length} vs ${ib.length} items`;
  for (let i = 0; i < ia.length; i++) {
    if (isMap(a)) {
      const pa = ia[i] as { key: unknown; value: unknown };
      const pb = ib[i] as typeof pa;
      const diff = firstTreeDifference(pa.key, pb.key, `${path}.key[${i}]`) ?? firstTreeDifference(pa.value, pb.value, `${path}.value[${i}]`);
      if (diff) return diff;
    } else {
      const diff = firstTreeDifference(ia[i], ib[i], `${path}[${i}]`);
      if (diff) return diff;
    }
  }
  return null;
}
