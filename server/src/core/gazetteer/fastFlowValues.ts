// Values the fast reader reads within one line: plain and quoted scalars, and flow collections
// (`[a, b]`, `{ org: x, from: 2003 }`) closed on the line they open.

import type { Node } from 'yaml';
import { checkPlain, resolvePlain, scalarNode, SKIMMED } from './fastScalars';
import {
  BACKSLASH, CLOSE_CURLY, CLOSE_SQUARE, COLON, COMMA, DOUBLE_QUOTE, GIVE_UP, HASH, OPEN_CURLY, OPEN_SQUARE, SINGLE_QUOTE, SPACE,
  isFlowPlainSafe, isKeyChar, isKeyStart, isPlainStart, skipSpaces,
} from './fastYamlSyntax';
import { LightMap, LightPair, LightSeq } from './lightNodes';

/** Flow collections nested deeper than this are left to `yaml` (entries nest two or three). */
const MAX_FLOW_DEPTH = 16;

/** End of a plain scalar in block context: before ` #` or the line's end, trailing spaces trimmed. */
export function plainEnd(text: string, at: number, lineEnd: number): number {
  if (!isPlainStart(text, at, lineEnd, false)) throw GIVE_UP;
  let end = at;
  for (let i = at; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
    if (c === COLON && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) throw GIVE_UP; // a nested map
    if (c !== SPACE) end = i + 1;
  }
  return end;
}

/**
 * `"…"` without escapes or `'…'` without doubled quotes, on one line. With `build` false (the
 * whole-file pass over an entry it drops, see `FastReader`) only the checks run and the node is
 * `SKIMMED`: the same text is accepted or refused either way.
 */
export function quoted(text: string, at: number, lineEnd: number, build = true): { node: Node; end: number } {
  const quote = text.charCodeAt(at);
  for (let i = at + 1; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (quote === DOUBLE_QUOTE && c === BACKSLASH) throw GIVE_UP;
    if (c !== quote) continue;
    if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) throw GIVE_UP;
    return { node: build ? scalarNode(text.slice(at + 1, i), at, i + 1, i + 1) : SKIMMED, end: i + 1 };
  }
  throw GIVE_UP;
}

/**
 * `[…]` or `{…}` closed on the same line; items are plain, quoted, or flow collections. With
 * `build` false every check runs but no node is made (the node returned is `SKIMMED`).
 */
export function flowCollection(text: string, at: number, lineEnd: number, depth = 0, build = true): { node: Node; end: number } {
  if (depth > MAX_FLOW_DEPTH) throw GIVE_UP; // deep nesting is `yaml`'s to report
  const isMap = text.charCodeAt(at) === OPEN_CURLY;
  const close = isMap ? CLOSE_CURLY : CLOSE_SQUARE;
  const collection = build ? (isMap ? new LightMap() : new LightSeq()) : null;
  let i = skipSpaces(text, at + 1, lineEnd);
  if (text.charCodeAt(i) === close) {
    if (!collection) return { node: SKIMMED, end: i + 1 };
    collection.range = [at, i + 1, i + 1];
    return { node: collection as unknown as Node, end: i + 1 };
  }
  for (;;) {
    if (isMap) {
      const keyEnd = flowKeyEnd(text, i, lineEnd);
      const key = collection ? scalarNode(resolvePlain(text.slice(i, keyEnd)), i, keyEnd, keyEnd) : checkPlain(text, i, keyEnd);
      i = skipSpaces(text, keyEnd + 1, lineEnd);
      const value = flowValue(text, i, lineEnd, depth, build);
      if (collection) (collection as LightMap).items.push(new LightPair(key, value.node));
      i = value.end;
    } else {
      const value = flowValue(text, i, lineEnd, depth, build);
      if (collection) (collection as LightSeq).items.push(value.node);
      i = value.end;
    }
    i = skipSpaces(text, i, lineEnd);
    const c = text.charCodeAt(i);
    if (i >= lineEnd) throw GIVE_UP;
    if (c === close) {
      if (!collection) return { node: SKIMMED, end: i + 1 };
      collection.range = [at, i + 1, i + 1];
      return { node: collection as unknown as Node, end: i + 1 };
    }
    if (c !== COMMA) throw GIVE_UP;
    i = skipSpaces(text, i + 1, lineEnd);
    if (text.charCodeAt(i) === close || text.charCodeAt(i) === COMMA) throw GIVE_UP; // `[a, ]`, `[a,,b]`
  }
}

/** A flow map key: plain, then `:` and a space. */
function flowKeyEnd(text: string, at: number, lineEnd: number): number {
  if (!isKeyStart(text.charCodeAt(at))) throw GIVE_UP;
  let i = at + 1;
  while (i < lineEnd && isKeyChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
  return i;
}

/** A value inside a flow collection; its range[2] takes the spaces before `,` or the bracket. */
function flowValue(text: string, at: number, lineEnd: number, depth: number, build: boolean): { node: Node; end: number } {
  const c = text.charCodeAt(at);
  if (c === OPEN_SQUARE || c === OPEN_CURLY || c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
    const item = c === OPEN_SQUARE || c === OPEN_CURLY ? flowCollection(text, at, lineEnd, depth + 1, build) : quoted(text, at, lineEnd, build);
    // Like a plain item's, the node's end takes the spaces before `,` or the closing bracket.
    if (build) item.node.range![2] = skipSpaces(text, item.end, lineEnd);
    return item;
  }
  if (at >= lineEnd || !isPlainStart(text, at, lineEnd, true) || c === COMMA) throw GIVE_UP;
  let end = at;
  let i = at;
  for (; i < lineEnd; i++) {
    const ch = text.charCodeAt(i);
    if (ch === COMMA || ch === CLOSE_SQUARE || ch === CLOSE_CURLY) break;
    if (ch === OPEN_SQUARE || ch === OPEN_CURLY) throw GIVE_UP;
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
    // `https://…` is one scalar in a flow list; `a: b` (a pair) or a colon before an indicator is left to `yaml`.
    if (ch === COLON && (i + 1 >= lineEnd || !isFlowPlainSafe(text.charCodeAt(i + 1)))) throw GIVE_UP;
    if (ch !== SPACE) end = i + 1;
  }
  return { node: build ? scalarNode(resolvePlain(text.slice(at, end)), at, end, i) : checkPlain(text, at, end), end };
}
