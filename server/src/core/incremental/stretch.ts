// The stretch of an edit that is read again, and the checks that what lies outside it can be kept.

import type { ParsedArticle, Span } from '../types';
import type { Blocks } from './blocks';

/** Context read on either side of the stretch (whole paragraphs, at least this many characters). */
const CONTEXT_CHARS = 300;

/** The stretch of the new text to read again, and what is read around it (offsets in the new text). */
export interface Stretch {
  start: number;
  end: number;
  /** End of the stretch in the old text. */
  oldEnd: number;
  /** Sentence indexes (new text) of the stretch and of the context around it. */
  first: number;
  last: number;
  contextFirst: number;
  contextLast: number;
}

/**
 * The paragraphs holding the change, plus the paragraph on either side (a figure reads the
 * sentence before it; a mention may end right at a paragraph's edge), then context beyond.
 */
export function stretchFor(blocks: Blocks, changeStart: number, changeEnd: number, delta: number): Stretch {
  const sentences = blocks.sentences;
  const count = sentences.length;
  let lo = blocks.firstEndingFrom(changeStart - 1);
  let hi = blocks.lastStartingBy(changeEnd + 1);
  if (lo > hi) [lo, hi] = [Math.max(0, Math.min(hi, count - 1)), Math.min(count - 1, Math.max(lo, 0))]; // between sentences: both neighbours
  let first = blocks.first(lo);
  let last = blocks.last(hi);
  if (first > 0) first = blocks.first(first - 1);
  if (last < count - 1) last = blocks.last(last + 1);
  let contextFirst = first;
  do {
    if (contextFirst === 0) break;
    contextFirst = blocks.first(contextFirst - 1);
  } while (sentences[first].start - sentences[contextFirst].start < CONTEXT_CHARS);
  let contextLast = last;
  do {
    if (contextLast === count - 1) break;
    contextLast = blocks.last(contextLast + 1);
  } while (sentences[contextLast].end - sentences[last].end < CONTEXT_CHARS);
  const start = Math.min(sentences[first].start, changeStart);
  const end = Math.max(sentences[last].end, changeEnd);
  return { start, end, oldEnd: end - delta, first, last, contextFirst, contextLast };
}

/**
 * The sentences and page residue outside the stretch are the old ones, moved: nothing else
 * changed there. So is the stretch's last sentence when anything comes after it, and the change
 * ends before it: what is kept after the stretch was found reading the sentence before it (a
 * figure's `about`). An edit that opens a comment can hide text up to a later comment's end; the
 * sentence after the change then starts later than it did, and the figure after it must be read
 * again.
 */
export function sameLayoutOutside(old: ParsedArticle, article: ParsedArticle, stretch: Stretch, changeEnd: number, delta: number): boolean {
  const before = (s: Span) => s.start < stretch.start;
  const moved = (o: Span, n: Span) => o.start + delta === n.start && o.end + delta === n.end;
  const oldSentences = old.sentences;
  const newSentences = article.sentences;
  let i = 0;
  while (i < oldSentences.length && before(oldSentences[i]) && i < newSentences.length && before(newSentences[i])) {
    if (oldSentences[i].start !== newSentences[i].start || oldSentences[i].end !== newSentences[i].end) return false;
    i++;
  }
  if ((i < oldSentences.length && before(oldSentences[i])) || (i < newSentences.length && before(newSentences[i]))) return false;
  if (i > 0 && newSentences[i - 1].end > stretch.start) return false;
  let a = oldSentences.length - 1;
  let b = newSentences.length - 1;
  while (a >= 0 && oldSentences[a].start >= stretch.oldEnd && b >= 0 && newSentences[b].start >= stretch.end) {
    if (!moved(oldSentences[a], newSentences[b])) return false;
    a--;
    b--;
  }
  if ((a >= 0 && oldSentences[a].start >= stretch.oldEnd) || (b >= 0 && newSentences[b].start >= stretch.end)) return false;
  // Here `b` is the stretch's last sentence and `a` the only old sentence that can be it, moved.
  if (b < newSentences.length - 1) {
    if (a < 0 || b < 0 || newSentences[b].start < changeEnd || !moved(oldSentences[a], newSentences[b])) return false;
  }
  return sameResidueOutside(old.residue, article.residue, stretch, delta);
}

/**
 * Page residue (sorted lines, masked) before the stretch is the old one, and after it the old one
 * moved; inside the stretch it may differ, since the stretch is read again from the masked text.
 */
function sameResidueOutside(old: readonly Span[], now: readonly Span[], stretch: Stretch, delta: number): boolean {
  let i = 0;
  while (i < old.length && old[i].end <= stretch.start) i++;
  let j = 0;
  while (j < now.length && now[j].end <= stretch.start) j++;
  if (i !== j) return false;
  for (let k = 0; k < i; k++) if (old[k].start !== now[k].start || old[k].end !== now[k].end) return false;
  let a = old.length;
  while (a > i && old[a - 1].start >= stretch.oldEnd) a--;
  let b = now.length;
  while (b > j && now[b - 1].start >= stretch.end) b--;
  if (old.length - a !== now.length - b) return false;
  for (let k = 0; a + k < old.length; k++) {
    if (old[a + k].start + delta !== now[b + k].start || old[a + k].end + delta !== now[b + k].end) return false;
  }
  return true;
}

/**
 * True if an annotation runs across either edge of the stretch: its findings and diagnostics
 * (an unknown id's span is the id, at the annotation's end) would be split between re-read and
 * kept. Typing `<!--` before an annotation hides it, while the text after the change, the
 * annotation's id among it, stays the same.
 */
export function crossesEdge(annotations: readonly { span: Span }[], start: number, end: number): boolean {
  for (const { span } of annotations) {
    if ((span.start < start && span.end > start) || (span.start < end && span.end > end)) return true;
  }
  return false;
}
