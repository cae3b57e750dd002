// Scalar nodes of the fast reader, with the values `yaml`'s core schema gives their text.

import type { Node } from 'yaml';
import { DASH, GIVE_UP } from './fastYamlSyntax';
import { LightScalar } from './lightNodes';

export function scalarNode(value: unknown, start: number, valueEnd: number, nodeEnd: number): Node {
  return new LightScalar(value, [start, valueEnd, nodeEnd]) as unknown as Node;
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
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
    if (INT_TEXT.test(source)) return parseInt(source, 10);
    if (FLOAT_TEXT.test(source) || EXP_TEXT.test(source)) return parseFloat(source);
    if (RARE_TEXT.test(source)) throw GIVE_UP;
    return source;
  }
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL_TEXT.test(source) ? null : source;
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL_TEXT.test(source) ? source.charCodeAt(0) === 0x74 || source.charCodeAt(0) === 0x54 : source;
  return source;
}
