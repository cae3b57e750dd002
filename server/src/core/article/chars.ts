// Character classes shared by the article scanners and the entity tokenizer. Lookups go through
// a table so per-character scanning stays a few nanoseconds, also for non-ASCII text.

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const table = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True for a letter, digit or combining mark (UTF-16 code unit of the BMP). */
export function isWordCode(code: number): boolean {
  let kind = table[code];
  if (kind === UNKNOWN) {
    kind = code >= 0xd800 && code <= 0xdfff ? OTHER : WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    table[code] = kind;
  }
  return kind === WORD;
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
