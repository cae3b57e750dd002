// The characters and plain tokens of the YAML the fast reader takes. Everything outside them
// throws GIVE_UP, and the caller leaves the file to `yaml`.

/** Thrown whenever the text leaves the shapes the fast reader knows; its entry points catch it and give up. */
export const GIVE_UP = new Error('fast gazetteer reader: not a shape it reads');

export const SPACE = 0x20;
export const NEWLINE = 0x0a;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const COMMA = 0x2c;
export const OPEN_SQUARE = 0x5b;
export const CLOSE_SQUARE = 0x5d;
export const OPEN_CURLY = 0x7b;
export const CLOSE_CURLY = 0x7d;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;
export const BACKSLASH = 0x5c;

/** A character that may follow `:` inside a plain scalar in a flow collection. */
export function isFlowPlainSafe(c: number): boolean {
  return c !== SPACE && c !== COMMA && c !== OPEN_SQUARE && c !== CLOSE_SQUARE && c !== OPEN_CURLY && c !== CLOSE_CURLY;
}

export function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}

/** Plain keys the reader takes: ids and field names (letters, digits, `_`, `-`, `.`). */
export function isKeyStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

export function isKeyChar(c: number): boolean {
  return isKeyStart(c) || c === DASH || c === 0x2e;
}

/**
 * Whether a plain scalar may start at `at`: not with an indicator, and with `-`, `?` or `:` only
 * when a "safe" character follows — not a space or the line's end, and in a flow collection not a
 * flow indicator either. `[?]` is a flow pair with an empty key and `[-]` a block sequence inside
 * a flow one (an error), not the scalars "?" and "-" (both found by the differential test against
 * `yaml`, `test/unit/gazetteer/readerOracle.test.ts`).
 */
export function isPlainStart(text: string, at: number, end: number, inFlow: boolean): boolean {
  const c = text.charCodeAt(at);
  if ('[]{},#&*!|>\'"%@`'.includes(text.charAt(at))) return false;
  if (c === DASH || c === 0x3f || c === COLON) {
    if (at + 1 >= end) return false;
    const next = text.charCodeAt(at + 1);
    return inFlow ? isFlowPlainSafe(next) : next !== SPACE;
  }
  return true;
}

/** `- key: …`: a plain key followed by `: ` or `:` at the line's end. */
export function isCompactKey(text: string, at: number, end: number): boolean {
  if (!isKeyStart(text.charCodeAt(at))) return false;
  let i = at + 1;
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE);
}

/** The colon ending a plain key that starts at `at`. */
export function plainKeyEnd(text: string, at: number, end: number): number {
  if (!isKeyStart(text.charCodeAt(at))) throw GIVE_UP;
  let i = at + 1;
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== COLON) throw GIVE_UP;
  if (i + 1 < end && text.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
  return i;
}
