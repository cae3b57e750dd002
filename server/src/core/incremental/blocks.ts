import type { Span } from '../types';

/**
 * Paragraphs as runs of sentences: a blank line between two sentences starts a new block. No
 * sentence crosses a blank line (the splitter closes one there), and the recognisers read at most
 * the sentence before, so a block is the unit an incremental analysis re-reads or keeps.
 */
export class Blocks {
  constructor(private readonly masked: string, readonly sentences: readonly Span[]) {}

  /** True if a blank line separates sentence `i` from sentence `i + 1`. */
  breakAfter(i: number): boolean {
    const from = this.sentences[i].end;
    const to = this.sentences[i + 1].start;
    let newlines = 0;
    for (let j = from; j < to; j++) {
      const c = this.masked.charCodeAt(j);
      if (c === 10) {
        if (++newlines === 2) return true;
      } else if (c !== 32 && c !== 9 && c !== 13) {
        newlines = 0; // not blank: masked markup on its own line is not a paragraph break
      }
    }
    return false;
  }

  /** Index of the first sentence of the block holding sentence `i`. */
  first(i: number): number {
    while (i > 0 && !this.breakAfter(i - 1)) i--;
    return i;
  }

  /** Index of the last sentence of the block holding sentence `i`. */
  last(i: number): number {
    while (i < this.sentences.length - 1 && !this.breakAfter(i)) i++;
    return i;
  }

  /** Index of the first sentence that ends at or after `offset` (the count if none). */
  firstEndingFrom(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the last sentence that starts at or before `offset` (-1 if none). */
  lastStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
