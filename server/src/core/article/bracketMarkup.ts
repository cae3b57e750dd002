// The markup a `]` closes: Pandoc spans `[text]{…}`, links and images `[text](…)`, reference links `[text][ref]`.

import type { Annotation, Span } from '../types';
import { isBlankLineAfter } from './blankLine';
import { parseAttributes } from './pandocAttributes';

/** What a closed bracket adds to the scan: masked markup, and the annotations of a bracketed span. */
export interface BracketFindings {
  masked: Span[];
  annotations: Annotation[];
}

// Bounds on look-ahead keep the scan linear on hostile input (a line of 100,000 `[`).
const MAX_ATTRIBUTES = 500;
const MAX_LINK_TARGET = 2000;

export interface Searches {
  brace: LineSearch;
  bracket: LineSearch;
}

/** Handles the `]` at `close` of a bracket opened at `open`; returns where scanning goes on. */
export function closeBracket(text: string, open: number, close: number, out: BracketFindings, search: Searches): number {
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
export class LineSearch {
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
