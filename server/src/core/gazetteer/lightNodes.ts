import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Node objects for the fast reader that `yaml`'s `isScalar`, `isMap`, `isSeq` and `isPair` accept
 * and that carry what the loader reads (`value`, `range`, `items`, `key`), but are plain classes.
 * `yaml`'s own constructors mark every node with `Object.defineProperty`, which made building the
 * ~1.5 million nodes of a 100,000-entry gazetteer cost a second and most of its garbage.
 *
 * The type mark is taken from real `yaml` nodes (not hard-coded), so a `yaml` release that
 * changes it still gets marks its checks recognise.
 */
function typeMarkOf(node: object): { key: symbol; value: unknown } {
  const key = Object.getOwnPropertySymbols(node)[0];
  return { key, value: (node as Record<symbol, unknown>)[key] };
}

function mark(target: { prototype: object }, real: object): void {
  const { key, value } = typeMarkOf(real);
  Object.defineProperty(target.prototype, key, { value, enumerable: false });
}

export class LightScalar {
  constructor(public value: unknown, public range: [number, number, number]) {}
}

export class LightPair {
  constructor(public key: unknown, public value: unknown) {}
}

export class LightMap {
  items: LightPair[] = [];
  range: [number, number, number] = [0, 0, 0];
}

export class LightSeq {
  items: unknown[] = [];
  range: [number, number, number] = [0, 0, 0];
}

/** Marks another class's instances as pairs for `yaml`'s `isPair`. */
export function markAsPair(target: { prototype: object }): void {
  mark(target, new Pair(null));
}

mark(LightScalar, new Scalar(null));
mark(LightPair, new Pair(null));
mark(LightMap, new YAMLMap());
mark(LightSeq, new YAMLSeq());
