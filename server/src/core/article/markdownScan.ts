import type { Annotation, Span } from '../types';
import { isBlankLineAfter } from './blankLine';
import { LineSearch, closeBracket, type Searches } from './bracketMarkup';

/** An HTML comment of the body (`<!-- … -->`), where suppression comments live. */
export interface HtmlComment {
  span: Span;
  /** The text between `<!--` and `-->`. */
  inner: string;
}

export interface BodyScan {
  /** Spans that are not prose (markup, code, comments, link targets, URLs), unsorted, may overlap. */
  masked: Span[];
  annotations: Annotation[];
  comments: HtmlComment[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/;
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+/g;

/**
 * A light CommonMark scan of the body for what recognisers must not read as prose: fenced code,
 * code spans, HTML comments and tags, link and image targets, reference definitions, bare URLs,
 * and the markup of Pandoc bracketed spans `[text]{…}`, which it turns into annotations.
 * It is not a full Markdown parser (no indented code blocks, which in news copy are far more
 * often a stray indent than code); it errs on the side of keeping text readable.
 */
export function scanBody(text: string, bodyStart: number): BodyScan {
  const out: BodyScan = { masked: [], annotations: [], comments: [] };
  const codeBlocks = maskBlocks(text, bodyStart, out.masked);
  scanInline(text, bodyStart, codeBlocks, out);
  BARE_URL.lastIndex = bodyStart;
  for (let m = BARE_URL.exec(text); m; m = BARE_URL.exec(text)) {
    const url = m[0].replace(/[.,;:!?)'’\]]+$/, '');
    out.masked.push({ start: m.index, end: m.index + url.length });
  }
  return out;
}

/** Fenced code blocks and reference definitions, line by line. Returns the code blocks, sorted. */
function maskBlocks(text: string, bodyStart: number, masked: Span[]): Span[] {
  const blocks: Span[] = [];
  let fence: { char: string; length: number; start: number } | null = null;
  for (let pos = bodyStart; pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    const next = end === -1 ? text.length : end + 1;
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        blocks.push({ start: fence.start, end });
        fence = null;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
        fence = { char: open[1][0], length: open[1].length, start: pos };
      } else if (REFERENCE_DEFINITION.test(line)) {
        masked.push({ start: pos, end });
      }
    }
    pos = next;
  }
  if (fence) blocks.push({ start: fence.start, end: text.length }); // unclosed: runs to the end, as in CommonMark
  masked.push(...blocks);
  return blocks;
}

function scanInline(text: string, bodyStart: number, codeBlocks: Span[], out: BodyScan): void {
  const search: Searches = { brace: new LineSearch(text, 125 /* } */), bracket: new LineSearch(text, 93 /* ] */) };
  const openBrackets: number[] = [];
  // Backtick runs of a given length known to have no closer after some offset (memo that keeps
  // unmatched backticks from making the scan quadratic). Reset at paragraph ends.
  let noCloserFrom = new Map<number, number>();
  let block = 0;
  const n = text.length;
  for (let i = bodyStart; i < n; ) {
    while (block < codeBlocks.length && codeBlocks[block].end <= i) block++;
    if (block < codeBlocks.length && codeBlocks[block].start <= i) {
      i = codeBlocks[block].end;
      openBrackets.length = 0;
      continue;
    }
    const c = text.charCodeAt(i);
    switch (c) {
      case 10: /* \n */ {
        if (isBlankLineAfter(text, i + 1)) {
          openBrackets.length = 0;
          noCloserFrom = new Map();
        }
        i++;
        break;
      }
      case 92: /* \ escapes the next character, except a line break (a hard break) */
        i += text.charCodeAt(i + 1) === 10 ? 1 : 2;
        break;
      case 96: /* ` */ {
        let run = 1;
        while (text.charCodeAt(i + run) === 96) run++;
        const closer = findCodeSpanCloser(text, i + run, run, noCloserFrom);
        if (closer === -1 || isWireQuote(text, i, run, closer)) {
          i += run;
        } else {
          out.masked.push({ start: i, end: closer + run });
          i = closer + run;
        }
        break;
      }
      case 60: /* < */ {
        if (text.startsWith('<!--', i)) {
          const close = text.indexOf('-->', i + 4);
          const end = close === -1 ? n : close + 3;
          out.masked.push({ start: i, end });
          out.comments.push({ span: { start: i, end }, inner: text.slice(i + 4, close === -1 ? n : close) });
          i = end;
          break;
        }
        const rest = text.slice(i, i + 512);
        const tag = AUTOLINK.exec(rest) ?? HTML_TAG.exec(rest);
        if (tag) {
          out.masked.push({ start: i, end: i + tag[0].length });
          i += tag[0].length;
        } else {
          i++;
        }
        break;
      }
      case 91: /* [ */
        openBrackets.push(i);
        i++;
        break;
      case 93: /* ] */ {
        const open = openBrackets.pop();
        i = open === undefined ? i + 1 : closeBracket(text, open, i, out, search);
        break;
      }
      default:
        // Prose: on to the next character that may start markup (a line break ends the run, so
        // the code-block check above still sees every line start).
        i++;
        while (i < n && INLINE_PLAIN[text.charCodeAt(i)] === 1) i++;
    }
  }
}

/** 1 for each BMP code unit the inline scan passes over: all but \n \\ ` < [ ]. */
const INLINE_PLAIN = (() => {
  const table = new Uint8Array(65536).fill(1);
  for (const c of [10, 92, 96, 60, 91, 93]) table[c] = 0;
  return table;
})();

/**
 * Wire copy quotes ``like this'' (TeX style): a double backtick glued to a word whose quote closes
 * with '' before the next double backtick opens a quotation, not a code span; masking it would hide
 * the prose between two quotations from every recogniser.
 */
function isWireQuote(text: string, at: number, run: number, closer: number): boolean {
  if (run !== 2) return false;
  const next = text.charCodeAt(at + 2);
  if (next === 32 || next === 9 || next === 10 || next === 13) return false;
  const close = text.indexOf("''", at + 2);
  return close !== -1 && close < closer;
}

function findCodeSpanCloser(text: string, from: number, run: number, noCloserFrom: Map<number, number>): number {
  const known = noCloserFrom.get(run);
  if (known !== undefined && from >= known) return -1;
  for (let j = from; j < text.length; ) {
    const c = text.charCodeAt(j);
    if (c === 10 && isBlankLineAfter(text, j + 1)) break;
    if (c !== 96) {
      j++;
      continue;
    }
    let len = 1;
    while (text.charCodeAt(j + len) === 96) len++;
    if (len === run) return j;
    j += len;
  }
  noCloserFrom.set(run, from);
  return -1;
}

