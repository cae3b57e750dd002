// Scalar nodes of the fast reader, with the values `yaml`'s core schema gives their text.

import type { Node } from 'yaml';
import { DASH, GIVE_UP } from './fastYamlSyntax';
import { LightScalar } from './lightNodes';

export function scalarNode(value: unknown, start: number, valueEnd: number, nodeEnd: number): Node {
  return new LightScalar(value, [start, valueEnd, nodeEnd]) as unknown as Node;
}

/**
 * What a skimming read (`build` false) returns instead of a node: nothing reads it. Its range
 * may be written to (as a built node's `range[2]` is), which is harmless.
 */
export const SKIMMED = new LightScalar(null, [0, 0, 0]) as unknown as Node;

/**
 * The checks `resolvePlain` makes of `text[start, end)` without making its value: only text that
 * starts like a number can be refused (a rare core-schema form), so only that is sliced. Returns
 * `SKIMMED`.
 */
export function checkPlain(text: string, start: number, end: number): Node {
  // `RARE_TEXT` is all `resolvePlain` refuses: `0o…`, `0x…`, or a sign or dot before `inf`/`nan`.
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  if (c === 0x30 ? next === 0x6f || next === 0x78 : c === 0x2b || c === DASH || c === 0x2e) resolvePlain(text.slice(start, end));
  return SKIMMED;
}

function startsLikeNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e;
}

const NULL_TEXT = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_TEXT = /^[-+]?[0-9]+$/;
const FLOAT_TEXT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const EXP_TEXT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Core-schema forms the reader leaves to `yaml` (they are rare, and `yaml` keeps their format). */
const RARE_TEXT = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** What the YAML 1.2 core schema makes of a plain scalar, as `yaml` resolves it. */
export function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most scalars are words: only those starting like a number, null or boolean need a test.
  if (startsLikeNumber(c)) {
    if (INT_TEXT.test(source)) return parseInt(source, 10);
    if (FLOAT_TEXT.test(source) || EXP_TEXT.test(source)) return parseFloat(source);
    if (RARE_TEXT.test(source)) throw GIVE_UP;
    return source;
  }
  // Field names and words such as `name`, `title`, `from` start like null or a boolean: only the
  // lengths those words have (`~`, `null`; `true`, `false`) are worth a test.
  if (c === 0x7e || c === 0x6e || c === 0x4e) return (source.length === 1 || source.length === 4) && NULL_TEXT.test(source) ? null : source;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return (source.length === 4 || source.length === 5) && BOOL_TEXT.test(source) ? c === 0x74 || c === 0x54 : source;
  return source;
}
