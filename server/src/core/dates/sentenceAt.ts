import { sentenceIndexAt } from '../text/sentenceIndex';
import type { Span } from '../types';

/** A dot after these does not end a sentence ("Jan. 5", "Gen. Smith", "U.S. forces"). */
const ABBREVIATION_BEFORE = /(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|gen|lt|col|sgt|st|no)|\b[A-Z]|\.[A-Z])$/i;

/**
 * The sentence holding `offset`: from the sorted sentence spans when one covers it, else the
 * stretch between the nearest sentence ends (so a text without sentence spans still has context).
 */
export function sentenceAt(text: string, sentences: readonly Span[], offset: number): Span {
  const index = sentenceIndexAt(sentences, offset);
  if (index >= 0) return sentences[index];
  const limit = 600;
  const endsSentence = (dot: number): boolean =>
    /\s/.test(text[dot + 1] ?? ' ') && !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 6), dot));
  let start = offset;
  while (start > 0 && offset - start < limit) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 || ((c === 33 || c === 63) && /\s/.test(text[start] ?? '')) || (c === 46 && endsSentence(start - 1))) break;
    start--;
  }
  let end = offset;
  while (end < text.length && end - offset < limit) {
    const c = text.charCodeAt(end);
    if (c === 10 || ((c === 33 || c === 63) && /\s/.test(text[end + 1] ?? ' ')) || (c === 46 && endsSentence(end))) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}
