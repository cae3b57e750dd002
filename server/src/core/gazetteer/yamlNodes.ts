import type { Node, Pair } from 'yaml';
import { isScalar } from './nodeChecks';
import type { Span } from '../types';

/** A node's own extent (without trailing comments), as a span of the file. */
export function spanOf(node: Node | null | undefined, fallback: Span = { start: 0, end: 0 }): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : fallback;
}

/** The key of a map entry as text: the scalar's string value, else its source text. */
export function keyText(key: unknown, text: string): string | null {
  if (!isScalar(key)) return null;
  if (typeof key.value === 'string') return key.value;
  const range = key.range;
  return range ? text.slice(range[0], range[1]).trim() : String(key.value);
}

/** `key: value` from the start of its key to the end of its value's last character. */
export function pairSpan(pair: Pair, text: string, fallback: Span): Span {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = key?.range?.[0] ?? fallback.start;
  const end = value?.range?.[1] ?? key?.range?.[1] ?? fallback.end;
  return trimSpanEnd(text, { start, end: Math.max(start, end) });
}

/** Block collections end after their last line break; spans should end on the last character. */
export function trimSpanEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end === span.end ? span : { start: span.start, end };
}

/** What `/\s/` matches, by code (this runs for every span the loader makes; a RegExp per character was a cost). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
