import type { Node } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './nodeChecks';
import type { Span } from '../types';
import { MAX_ALIAS_EXPANSION, MAX_NESTING_DEPTH } from './limits';
import { keyText, spanOf } from './yamlNodes';

/** Why a value could not be turned into plain data; reported as `gazetteer-syntax` at `span`. */
export class PlainDataError extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}

export interface DuplicateKey {
  key: string;
  span: Span;
  firstSpan: Span;
}

/**
 * Turns `yaml` nodes into plain data (objects, arrays, strings, numbers, booleans, null) for one
 * file, in document order.
 *
 * We do not use `node.toJS()`: it finds each alias's anchor by walking the whole document, which
 * is quadratic in files that use many aliases. Here anchors are remembered as they are met (an
 * alias means the closest anchor of that name before it), alias expansion is budgeted (billion
 * laughs), depth is bounded, duplicate keys are collected (first one wins, as for entity ids),
 * and a `__proto__` key stays an ordinary property.
 */
export class PlainConverter {
  readonly duplicates: DuplicateKey[] = [];
  private readonly anchors = new Map<string, Node>();
  private aliasExpanded = 0;
  private aliasDepth = 0;

  constructor(private readonly text: string) {}

  toPlain(node: unknown, depth = 0): unknown {
    if (node === null || node === undefined) return null;
    if (depth > MAX_NESTING_DEPTH) {
      throw new PlainDataError(`Values are nested more than ${MAX_NESTING_DEPTH} levels deep here.`, spanOf(node as Node));
    }
    if (this.aliasDepth > 0 && ++this.aliasExpanded > MAX_ALIAS_EXPANSION) {
      throw new PlainDataError(
        `YAML aliases here expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} values (an alias bomb?); write the values out instead.`,
        spanOf(node as Node),
      );
    }
    if (isScalar(node)) {
      this.remember(node);
      return node.value ?? null;
    }
    if (isAlias(node)) return this.expand(node, depth);
    if (isSeq(node)) {
      this.remember(node);
      const out: unknown[] = new Array(node.items.length);
      for (let i = 0; i < node.items.length; i++) out[i] = this.toPlain(node.items[i], depth + 1);
      return out;
    }
    if (isMap(node)) {
      this.remember(node);
      return this.mapToPlain(node.items, depth);
    }
    return null;
  }

  private mapToPlain(items: ReadonlyArray<{ key: unknown; value: unknown }>, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // The keys seen so far are `out`'s own properties (a `Map` of them per map was a good part of
    // a load's garbage); the first one's node is looked for only for the rare duplicate. Keys that
    // are not scalars are remembered: working out their text again would expand aliases again.
    let otherKeys: Map<string, unknown> | null = null;
    for (let i = 0; i < items.length; i++) {
      const pair = items[i];
      let key: string | null;
      if (isScalar(pair.key)) {
        if (pair.key.anchor) this.remember(pair.key);
        key = typeof pair.key.value === 'string' ? pair.key.value : keyText(pair.key, this.text);
      } else {
        key = jsonKey(this.toPlain(pair.key, depth + 1));
      }
      if (key === null) continue;
      // A first key that is no node at all (undefined) never counted as seen; so it stays.
      const first = Object.prototype.hasOwnProperty.call(out, key) ? this.firstKey(items, i, key, otherKeys) : undefined;
      if (first !== undefined) {
        // Within an alias expansion the duplicate was already reported at the anchor.
        if (this.aliasDepth === 0) this.duplicates.push({ key, span: spanOf(pair.key as Node), firstSpan: spanOf(first as Node) });
        continue;
      }
      if (!isScalar(pair.key)) (otherKeys ??= new Map()).set(key, pair.key);
      const value = this.toPlain(pair.value, depth + 1);
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }

  /** The key node of the first of `items[0, before)` whose key is `key`, a key met before. */
  private firstKey(items: ReadonlyArray<{ key: unknown }>, before: number, key: string, otherKeys: Map<string, unknown> | null): unknown {
    if (otherKeys?.has(key)) return otherKeys.get(key);
    for (let j = 0; j < before; j++) {
      const node = items[j].key;
      if (isScalar(node) && (typeof node.value === 'string' ? node.value : keyText(node, this.text)) === key) return node;
    }
    return undefined;
  }

  private expand(alias: { source: string; range?: unknown }, depth: number): unknown {
    const target = this.anchors.get(alias.source);
    if (!target) return null; // `yaml` already reported the unknown anchor
    this.aliasDepth++;
    try {
      return this.toPlain(target, depth + 1);
    } finally {
      this.aliasDepth--;
    }
  }

  private remember(node: Node): void {
    if (node.anchor && this.aliasDepth === 0) this.anchors.set(node.anchor, node);
  }
}

function jsonKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}
