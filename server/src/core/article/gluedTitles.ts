// Link titles run together by a scraper ("truce violationsWho is …?", "BaghdadTurkey").

import { isLowerLetter, isUpperLetter } from './lineLetters';

/** Any glue point at all (the per-word test in {@link hasGluedTitles} decides): one search per line. */
const GLUE_HINT = /\p{Ll}{4}\p{Lu}\p{Ll}|\p{Ll}{2}[?!]["'”’]?\p{Lu}\p{Ll}/u;
/** Two link titles are short: a longer line with a glue point is prose with a typo, not titles. */
const MAX_GLUED_WORDS = 40;

/** True if the line may hold two link titles glued together: `classifyLine` must see it even when it reads as plain prose. */
export function mayHaveGluedTitles(line: string): boolean {
  return mayGlue(line) && GLUE_HINT.test(line);
}

/**
 * Whether GLUE_HINT could match at all, read by character codes: it needs a capital right after a
 * lower-case letter, a `?`/`!` or a quote. Any non-ASCII character leaves the answer to the regex.
 * The regex's Unicode classes tried at every position cost more than this loop over nearly every
 * line, which has no such place.
 */
function mayGlue(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90 && i > 0) {
      const p = line.charCodeAt(i - 1);
      if ((p >= 97 && p <= 122) || p === 63 /* ? */ || p === 33 /* ! */ || p === 34 /* " */ || p === 39 /* ' */) return true;
    }
  }
  return false;
}

/**
 * Two titles glued without a space: a word that starts lower case, a run of four or more
 * lower-case letters, then a capital and a lower-case letter (`violationsWho`, `offensiveIraq`); or
 * a lower-case word, a question or exclamation mark and straight on a capitalised word
 * (`leader?Hezbollah`). A full stop is left out: scraped prose often loses the space after one
 * (`on Monday.The ministry`), and a line of more than forty words is never two titles. Names such
 * as `LinkedIn`, `iPhone` or `macOS` do not have that shape; addresses (`/`, `@`, `www`) are passed over.
 */
export function hasGluedTitles(s: string): boolean {
  if (!mayHaveGluedTitles(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > MAX_GLUED_WORDS) return false;
  for (const w of words) {
    if (w.length < 6 || w.includes('/') || w.includes('@') || /www|\.(?:com|org|net|gov)\b/i.test(w)) continue;
    if (/^["'“‘(]?\p{Ll}{4,}\p{Lu}\p{Ll}/u.test(w)) return true;
    if (/\p{Ll}{2}[?!]["'”’]?\p{Lu}\p{Ll}/u.test(w)) return true;
  }
  return false;
}

/**
 * Link titles glued together by a scraper: "news10 killed", "BaghdadTurkey", "newsKirkuk". Inside
 * one word, a run of five lower-case letters followed by a capital, a lower-case word of three
 * letters or more followed by a capital, or three lower-case letters followed by a digit (names
 * such as "McDonald", "YouTube", "BlackRock", "iPhone" have shorter runs).
 */
export function hasGluedWords(words: string[]): boolean {
  for (const w of words) {
    if (w.length < 5 || w.includes('/') || w.includes('@') || w.includes('.')) continue;
    const startsLower = isLowerLetter(w.charCodeAt(0));
    let lowerRun = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (isLowerLetter(c)) lowerRun++;
      else {
        if (isUpperLetter(c) && (lowerRun >= 5 || (startsLower && lowerRun >= 3 && lowerRun === i))) return true;
        if (lowerRun >= 3 && c >= 0x30 && c <= 0x39) return true;
        lowerRun = 0;
      }
    }
  }
  return false;
}
