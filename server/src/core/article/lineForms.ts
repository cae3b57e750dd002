// Whole-line forms that decide a line's kind: how it ends, a dateline, a byline, interface
// symbols, a title-case headline.

import { firstLetter, isLowerLetter, isUpperLetter, isWordChar, stripPunctuation } from './lineLetters';

/** Lower-case words a title-case headline keeps lower case. */
const MINOR = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as',
  'vs', 'v', 'after', 'over', 'into', 'amid', 'near', 'via', 'per', 'up', 'off', 'out', 'is', 'are', 'be', 'than',
]);

/** A lower-case function word (article, preposition, conjunction, copula) that a headline keeps lower case. */
export function isMinorWord(lower: string): boolean {
  return MINOR.has(lower);
}

/**
 * How the line ends: a sentence (. ? ! possibly inside closing brackets or emphasis), a closing
 * quote, an ellipsis (a teaser), or none of these.
 */
export function sentenceEnd(s: string): 'sentence' | 'quote' | 'ellipsis' | null {
  let end = s.length;
  // Emphasis and brackets that close after the punctuation: "done.)", "*done.*"
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === 0x29 || c === 0x5d || c === 0x5f || (c === 0x2a && end >= 2 && s.charCodeAt(end - 2) !== 32)) end--;
    else break;
  }
  if (end === 0) return null;
  const c = s.charCodeAt(end - 1);
  if (c === 0x2026 /* … */) return 'ellipsis';
  if (c === 0x2e /* . */) {
    if (end >= 3 && s.charCodeAt(end - 2) === 0x2e && s.charCodeAt(end - 3) === 0x2e) return 'ellipsis';
    return 'sentence';
  }
  if (c === 0x3f || c === 0x21) return 'sentence';
  if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27) {
    // A closing quote: "… he said." ends a sentence; a word in quotes at the end of a title does not.
    const before = end >= 2 ? s.charCodeAt(end - 2) : 0;
    if (before === 0x2e || before === 0x3f || before === 0x21 || before === 0x2c || before === 0x2026) return 'quote';
    return c === 0x2019 || c === 0x27 ? null : hasOpeningQuoteAtStart(s) ? 'quote' : null;
  }
  return null;
}

function hasOpeningQuoteAtStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 0x22 || c === 0x201c;
}

/** "BAGHDAD (Reuters) -", "MOSUL, Iraq, Jan 3 (AFP) —": a dateline alone on its line. */
export function isDateline(words: string[], s: string): boolean {
  if (words.length > 10) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0x2d && last !== 0x2013 && last !== 0x2014) return false;
  const head = stripPunctuation(words[0]);
  if (head.length < 3) return false;
  for (let i = 0; i < head.length; i++) if (isLowerLetter(head.charCodeAt(i))) return false;
  return true;
}

/** "By Jane Doe", "By Jane Doe and John Roe, Example Wire": the byline is the article's own. */
export function isByline(words: string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  const by = words[0];
  if (by !== 'By' && by !== 'BY' && by !== 'by') return false;
  return isUpperLetter(words[1].charCodeAt(0));
}
/**
 * `>>`, `»`, `›`, `▶`, `(s)`, a counter such as `Comments (0)`, a `|` or `•` between words, a
 * required-field `*` at the end. `|` and `•` do not count in a list item (a fact list may use them).
 */
export function hasInterfaceSymbol(s: string, listItem: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25b6 || c === 0x25ba) return true; // ▶ ►
    if (c === 0xbb && !s.includes('«')) return true; // », unless closing a «quote»
    if (c === 0x203a && !s.includes('‹')) return true; // ›, unless closing a ‹quote›
    if (c === 0x3e && s.charCodeAt(i + 1) === 0x3e) return true; // >>
    if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) return true; // <<
    if ((c === 0x7c || c === 0x2022) && !listItem && i > 0) return true; // | •
    if (c === 0x28 /* ( */) {
      if (s.charCodeAt(i + 1) === 0x73 && s.charCodeAt(i + 2) === 0x29 && i > 0 && isWordChar(s.charCodeAt(i - 1))) return true; // word(s)
      let j = i + 1;
      while (j < s.length && j - i <= 7 && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
      if (j > i + 1 && s.charCodeAt(j) === 0x29 && i > 0) return true; // Comments (0)
    }
  }
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === 0x2a && s.charCodeAt(n - 2) === 32; // "Name *"
}

/**
 * Mostly capitalised: of the words that are not minor words (of, the, in …), at most a quarter
 * start lower case, and the line does not end on a comma or a minor word (a wrapped sentence).
 */
export function isTitleShaped(words: string[], lowerWords: string[]): boolean {
  let major = 0;
  let lowerMajor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lw = lowerWords[i];
    if (lw === '') continue;
    const c = firstLetter(w);
    if (c === 0) continue; // a number or a symbol
    if (isLowerLetter(c)) {
      if (MINOR.has(lw)) continue;
      lowerMajor++;
    }
    major++;
  }
  if (major === 0 || lowerMajor * 4 > major) return false;
  const last = words[words.length - 1];
  const lastCode = last.charCodeAt(last.length - 1);
  if (lastCode === 0x2c || lastCode === 0x3b) return false;
  const lastLower = lowerWords[lowerWords.length - 1];
  return !(MINOR.has(lastLower) && isLowerLetter(firstLetter(last)));
}
