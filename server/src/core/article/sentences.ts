import type { Span } from '../types';
import { isLowerCode, isUpperCode, isWordCode } from './chars';

/** Words whose trailing period is not a sentence end ("Lt. Gen. Qais", "Dr. Ali", "Jan. 3"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'gens', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr',
  'brig', 'gov', 'sen', 'rep', 'pres', 'amb', 'sec', 'hon', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'approx',
  'est', 'fig', 'dept', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'cf', 'al',
]);
/** Abbreviations only in this spelling ("No. 5", but "said no."). */
const CASED_ABBREVIATIONS = new Set(['No', 'Nos']);

/** After a dotted acronym ("the U.S."), only these words show that a new sentence began. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On',
  'At', 'However', 'Meanwhile', 'Its', 'His', 'Her', 'Their', 'There', 'According', 'After', 'Before', 'When', 'While', 'As',
  'Some', 'Many', 'Officials', 'Earlier', 'Later',
]);

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x201d, 0x2019, 0xbb]); // " ' ) ] ” ’ »
const BLOCK_START = /^ {0,3}(?:#{1,6}\s|>|[-*+]\s|\d{1,9}[.)]\s|\|)/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Sentence spans of the body, read from the masked text (markup is blank there). Paragraphs and
 * Markdown blocks (headings, list items, quotes, table rows) always end a sentence; `.`, `!`, `?`
 * and ellipses end one when the next word starts like a sentence, except after abbreviations
 * ("Lt.", "Gen.", "Dr."), initials ("S. Jaishankar") and dotted acronyms ("U.S.") that are not
 * followed by a typical sentence opener. Decimals ("1.5") never split: no space follows.
 */
export function splitSentences(masked: string, bodyStart: number): Span[] {
  return splitSentencesBetween(masked, bodyStart, masked.length);
}

/**
 * The sentences from `from` to `to` only, the same as `splitSentences` finds there when `from` is
 * the body start or the start of a line after a blank line, and `to` the end of the text or the
 * line break before a blank line: the splitter starts afresh after every blank line.
 */
export function splitSentencesBetween(masked: string, from: number, to: number): Span[] {
  const bodyStart = from;
  const spans: Span[] = [];
  const n = masked.length;
  let start = -1;
  let last = -1; // end of the last non-space character of the open sentence
  const close = (): void => {
    if (start !== -1 && last > start) spans.push({ start, end: last });
    start = -1;
    last = -1;
  };

  let lineStart = bodyStart;
  let lineIsHeading = startsBlock(masked, lineStart) && /^ {0,3}#/.test(masked.slice(lineStart, lineStart + 8));

  for (let i = bodyStart; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 10) {
      lineStart = i + 1;
      const blank = isBlankFrom(masked, lineStart);
      const block = startsBlock(masked, lineStart);
      if (blank || block || lineIsHeading) close();
      lineIsHeading = block && /^ {0,3}#/.test(masked.slice(lineStart, lineStart + 8));
      continue;
    }
    if (isSpace(c)) continue;
    if (start === -1) start = i;
    last = i + 1;
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue; // . ! ? …

    // The whole run of terminal punctuation and closing quotes ends here.
    let j = i + 1;
    while (j < n && (masked.charCodeAt(j) === 0x2e || masked.charCodeAt(j) === 0x21 || masked.charCodeAt(j) === 0x3f || masked.charCodeAt(j) === 0x2026)) j++;
    while (j < n && CLOSERS.has(masked.charCodeAt(j))) j++;
    if (j < n && !isSpace(masked.charCodeAt(j))) continue; // "1.5", "U.S.-led", "al-Asad."…
    let k = j;
    while (k < n && isSpace(masked.charCodeAt(k)) && masked.charCodeAt(k) !== 10) k++;
    if (k < n && masked.charCodeAt(k) === 10) {
      // A line break: the loop's newline handling decides on paragraphs; a terminal mark at the
      // end of a line is a sentence end unless the next line goes on in lower case.
      last = j;
      if (isSentenceEnd(masked, i, j, nextWordStart(masked, k))) close();
      i = j - 1;
      continue;
    }
    if (k >= n) {
      last = j;
      break;
    }
    if (isSentenceEnd(masked, i, j, k)) {
      last = j;
      close();
      i = k - 1;
    } else {
      i = j - 1;
      last = j;
    }
  }
  close();
  return spans;
}

function nextWordStart(masked: string, from: number): number {
  let k = from;
  while (k < masked.length && isSpace(masked.charCodeAt(k))) k++;
  return k;
}

/** Decides whether the punctuation at `mark` (run ending at `runEnd`) ends a sentence, given the next text at `next`. */
function isSentenceEnd(masked: string, mark: number, runEnd: number, next: number): boolean {
  if (next >= masked.length) return true;
  const nc = masked.charCodeAt(next);
  if (isLowerCode(nc)) return false;
  const single = masked.charCodeAt(mark) === 0x2e && (runEnd === mark + 1 || CLOSERS.has(masked.charCodeAt(mark + 1)));
  if (!single) return true;

  // The word before the period, dots included ("U.S", "Lt", "S").
  let w = mark;
  while (w > 0 && (isWordCode(masked.charCodeAt(w - 1)) || (masked.charCodeAt(w - 1) === 0x2e && w - 1 > 0 && isWordCode(masked.charCodeAt(w - 2))))) w--;
  const word = masked.slice(w, mark);
  if (word === '') return true;
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return false; // an initial
  if (ABBREVIATIONS.has(word.toLowerCase()) || CASED_ABBREVIATIONS.has(word)) return false;
  if (word.includes('.') && DOTTED_ACRONYM.test(word)) {
    // A dotted acronym: a new sentence only if a typical sentence opener follows.
    let e = next;
    while (e < masked.length && isWordCode(masked.charCodeAt(e))) e++;
    return SENTENCE_STARTERS.has(masked.slice(next, e));
  }
  return true;
}

/** `U.S`, `e.g`: letters each followed by a dot (the last one's dot is the mark). */
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

function isBlankFrom(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function startsBlock(text: string, lineStart: number): boolean {
  return BLOCK_START.test(text.slice(lineStart, lineStart + 16));
}
