import type { Annotation, Span } from '../types';

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

// Bounds on look-ahead keep the scan linear on hostile input (a line of 100,000 `[`).
const MAX_ATTRIBUTES = 500;
const MAX_LINK_TARGET = 2000;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/;
const AUTOLINK = /^<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/;
const BARE_URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]+/g;
/** One Pandoc attribute: `@id`, `.class`, `#identifier` or `key=value` (value maybe quoted). */
const ATTRIBUTE = /[ \t]*(?:@([^\s{}"']+)|\.([A-Za-z][\w-]*)|#([\w:.-]+)|([A-Za-z][\w-]*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'{}]+)))[ \t]*/y;

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

interface Searches {
  brace: LineSearch;
  bracket: LineSearch;
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
        i++;
    }
  }
}

function isBlankLineAfter(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

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

/** Handles the `]` at `close` of a bracket opened at `open`; returns where scanning goes on. */
function closeBracket(text: string, open: number, close: number, out: BodyScan, search: Searches): number {
  const after = text.charCodeAt(close + 1);
  if (after === 123 /* { */) {
    const end = search.brace.find(close + 2);
    if (end !== -1) {
      const annotations = parseAttributes(text, open, close, end);
      if (annotations) {
        out.annotations.push(...annotations);
        out.masked.push({ start: open, end: open + 1 }, { start: close, end: end + 1 });
        return end + 1;
      }
    }
  } else if (after === 40 /* ( */) {
    const end = findLinkTargetEnd(text, close + 1);
    if (end !== -1) {
      const image = open > 0 && text.charCodeAt(open - 1) === 33; /* ! */
      // An image's alt text is not article prose either; a link's text is.
      if (image) out.masked.push({ start: open - 1, end: end + 1 });
      else out.masked.push({ start: open, end: open + 1 }, { start: close, end: end + 1 });
      return end + 1;
    }
  } else if (after === 91 /* [ */) {
    const end = search.bracket.find(close + 2);
    if (end !== -1) {
      out.masked.push({ start: open, end: open + 1 }, { start: close, end: end + 1 });
      return end + 1;
    }
  }
  return close + 1;
}

/**
 * Finds the next `}` or `]` on the same line, at most MAX_ATTRIBUTES characters on. Remembers
 * where the last search stopped, so a line of 100,000 `]{` costs one pass, not one per bracket.
 */
class LineSearch {
  private from = -1;
  private stop = -1;
  constructor(private readonly text: string, private readonly code: number) {}

  find(from: number): number {
    if (from < this.from || from > this.stop) {
      let j = from;
      const { text, code } = this;
      while (j < text.length && text.charCodeAt(j) !== code && text.charCodeAt(j) !== 10) j++;
      this.from = from;
      this.stop = j;
    }
    const at = this.stop;
    return at < this.text.length && this.text.charCodeAt(at) === this.code && at - from <= MAX_ATTRIBUTES ? at : -1;
  }
}

/** `(target "title")` with balanced parentheses; returns the offset of the closing `)`. */
function findLinkTargetEnd(text: string, openParen: number): number {
  let depth = 0;
  const limit = Math.min(text.length, openParen + MAX_LINK_TARGET);
  for (let j = openParen; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return j;
    else if (c === 10 && isBlankLineAfter(text, j + 1)) return -1;
  }
  return -1;
}

/**
 * Reads `{…}` after `[text]`. Returns null if it is not a Pandoc attribute list (then the braces
 * are prose). Every `@id`, `figure=`, `date=` and `.class` item becomes an annotation over the
 * same text, so `[5,000 US troops]{figure=us-troops-iraq date=2020-01}` carries both; a class
 * next to an `@id` is dropped, because the gazetteer entry already says what kind it is.
 */
function parseAttributes(text: string, open: number, close: number, braceEnd: number): Annotation[] | null {
  const span = { start: open, end: braceEnd + 1 };
  const textSpan = { start: open + 1, end: close };
  const annotationText = text.slice(textSpan.start, textSpan.end);
  const found: Annotation[] = [];
  let hasId = false;
  // Read from the braces' content only, so a stray quote cannot send the regex down the line.
  const inner = text.slice(close + 2, braceEnd);
  const base = close + 2;
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < inner.length) {
    const m = ATTRIBUTE.exec(inner);
    if (!m) return null;
    const at = (value: string, offsetInMatch: number): Span => ({ start: base + m.index + offsetInMatch, end: base + m.index + offsetInMatch + value.length });
    const add = (kind: Annotation['kind'], value: string, valueSpan: Span): void => {
      found.push({ kind, span, textSpan, text: annotationText, value, valueSpan });
    };
    if (m[1] !== undefined) {
      hasId = true;
      add('entity', m[1], at(m[1], m[0].indexOf('@') + 1));
    } else if (m[2] !== undefined) {
      add('class', m[2], at(m[2], m[0].indexOf('.') + 1));
    } else if (m[4] !== undefined) {
      const value = m[5] ?? m[6] ?? m[7] ?? '';
      const eq = m[0].indexOf('=');
      const quoted = m[5] !== undefined || m[6] !== undefined ? 1 : 0;
      const key = m[4].toLowerCase();
      if (key === 'figure') add('figure', value, at(value, eq + 1 + quoted));
      else if (key === 'date') add('date', value, at(value, eq + 1 + quoted));
    }
  }
  return hasId ? found.filter((a) => a.kind !== 'class') : found;
}
