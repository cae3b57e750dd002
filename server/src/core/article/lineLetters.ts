// Letters and words of a line, by character code: one pass each, no regular expression.

import { isWordCode } from './chars';

/** True if `s` has fewer than `limit` space-separated words (counts no further than the limit). */
export function fewerWordsThan(s: string, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= limit) return false;
    }
  }
  return true;
}

export function stripPunctuation(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !isWordChar(w.charCodeAt(a))) a++;
  while (b > a && !isWordChar(w.charCodeAt(b - 1))) b--;
  return w.slice(a, b);
}

export function isWordChar(c: number): boolean {
  return isWordCode(c);
}

export function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperLetter(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Any word starting with a lower-case letter (a sentence has function words). */
export function hasLowerWord(words: string[]): boolean {
  for (const w of words) if (isLowerLetter(w.charCodeAt(0))) return true;
  return false;
}

/** The word's first letter's code (skipping opening punctuation), 0 if it starts with a digit or has none. */
export function firstLetter(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return 0;
    if (isWordChar(c)) return c;
  }
  return 0;
}
