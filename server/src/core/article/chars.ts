// Character classes shared by the article scanners and the entity tokenizer. Lookups go through
// a table so per-character scanning stays a few nanoseconds, also for non-ASCII text.

const UNKNOWN = 0;
const LETTER_OR_DIGIT = 1;
const OTHER = 2;
const MARK = 3;
const table = new Uint8Array(65536);
const LETTER_OR_DIGIT_CHAR = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;

/** The class of a BMP code unit, worked out once per unit (surrogate halves are OTHER). */
function kindOf(code: number): number {
  let kind = table[code];
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(code);
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : LETTER_OR_DIGIT_CHAR.test(ch) ? LETTER_OR_DIGIT : MARK_CHAR.test(ch) ? MARK : OTHER;
    table[code] = kind;
  }
  return kind;
}

/** True for a letter, digit or combining mark (UTF-16 code unit of the BMP). */
export function isWordCode(code: number): boolean {
  const kind = kindOf(code);
  return kind === LETTER_OR_DIGIT || kind === MARK;
}

export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Hyphens and dashes that join name parts: - ‐ ‑ – (not the em dash, which separates clauses). */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/** Apostrophes: ' ’ ‘ ʼ ′ */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x2032;
}

/** Space, tab and the no-break spaces (not line breaks). */
export function isInlineSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASTRAL_MARK = /^\p{M}$/u;

/**
 * Code units of the letter or digit at `i`: 1, or 2 for one beyond the BMP; 0 if none starts
 * there (also past the end, or at a lone surrogate). What `/[\p{L}\p{N}]/uy` matches, without a
 * match object.
 */
export function letterOrDigitWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return astralWidth(text, i, false);
  return c === c && kindOf(c) === LETTER_OR_DIGIT ? 1 : 0; // c !== c: NaN, past the end
}

/** Like `letterOrDigitWidthAt`, combining marks included: `/[\p{L}\p{M}\p{N}]/uy`. */
export function wordCharWidthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return astralWidth(text, i, true);
  if (c !== c) return 0;
  const kind = kindOf(c);
  return kind === LETTER_OR_DIGIT || kind === MARK ? 1 : 0;
}

function astralWidth(text: string, i: number, marks: boolean): number {
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const pair = text.slice(i, i + 2);
  return ASTRAL_LETTER_OR_DIGIT.test(pair) || (marks && ASTRAL_MARK.test(pair)) ? 2 : 0;
}
