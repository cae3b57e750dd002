import type { FigureMention, Span } from '../types';

/** A total and the figures the sentence breaks it into. */
export interface PartsGroup {
  total: FigureMention;
  parts: FigureMention[];
}

/**
 * Between a total and its first part: "12 killed, including 5 …", "a total of 20 people were
 * hurt, of whom 15 …", "30 detained, among them 4 …". No sentence end in between.
 */
const PART_CUE = /^[^.;!?]{0,80}\b(?:including|among them|among whom|of whom|of which|of those|of them|comprising|made up of|among the dead were|among the wounded were)\b[^.;!?\d]{0,40}$/i;
/** Between two parts: "5 soldiers and 9 …", "15 were soldiers, 8 were …", "5 soldiers as well as 9 …". */
const PART_JOIN = /^[^.;!?\d]{0,40}?(?:,|\band\b|\bplus\b|\bas well as\b|\bwhile\b)[^.;!?\d]{0,15}$/i;
/** Turns that leave the breakdown ("…, and 300 homes were destroyed"). */
const LEAVES_BREAKDOWN = /\b(?:but|whereas|although|though|besides|in addition|separately|destroyed|damaged)\b/i;
/**
 * A new verb right before the number: "killed five people, including a taxi driver, and wounded
 * 22 employees", "… and left more than 1 million without power". The count is the new verb's.
 */
const NEW_PREDICATE = /(?:^|[\s,])(?:[a-z]{3,}ed|left|hurt|hit|sent|took|made|kept|held|lost|shot|struck|drove|cut|put)\s+(?:(?:more|fewer|less|than|at|least|about|around|some|nearly|almost|over|up|to|another)\s+)*$/;

/**
 * Totals followed by a breakdown in the same sentence. `figures` must be sorted by position;
 * `sentences` are the article's sentence spans.
 */
export function findPartsGroups(maskedText: string, figures: FigureMention[], sentences: Span[]): PartsGroup[] {
  const groups: PartsGroup[] = [];
  let s = 0;
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i];
    while (s < sentences.length && sentences[s].end <= total.span.start) s++;
    const sentenceEnd = s < sentences.length ? sentences[s].end : maskedText.length;
    const first = figures[i + 1];
    if (!first || first.span.start >= sentenceEnd) continue;
    // Both figures are in one sentence, so a full stop between them ends an abbreviation
    // ("since Aug. 27, including …"), never the sentence.
    const cueGap = maskedText.slice(total.span.end, first.span.start).replace(/\./g, ' ');
    if (!PART_CUE.test(cueGap) || NEW_PREDICATE.test(cueGap)) continue;
    // Parts are in the total's unit: "12 killed, including 5 percent …" is no breakdown.
    if (first.unit !== total.unit) continue;
    const parts = [first];
    for (let j = i + 2; j < figures.length && figures[j].span.start < sentenceEnd; j++) {
      if (figures[j].unit !== total.unit) break;
      const gap = maskedText.slice(figures[j - 1].span.end, figures[j].span.start).replace(/\./g, ' ');
      if (!PART_JOIN.test(gap) || LEAVES_BREAKDOWN.test(gap) || NEW_PREDICATE.test(gap)) break;
      parts.push(figures[j]);
    }
    groups.push({ total, parts });
  }
  return groups;
}

/** The parts' smallest possible sum, and whether that sum itself is excluded (an open end). */
export function minimumSum(parts: FigureMention[]): { sum: number; open: boolean } {
  let sum = 0;
  let open = false;
  for (const p of parts) {
    sum += p.min ?? 0;
    if (p.min !== null && !p.minInclusive) open = true;
  }
  return { sum: Math.round(sum * 1e6) / 1e6, open };
}

/** True if the parts cannot fit in the total: their least sum is above its greatest value. */
export function partsExceedTotal(total: FigureMention, parts: FigureMention[]): boolean {
  if (total.max === null) return false;
  const { sum, open } = minimumSum(parts);
  return sum > total.max || (sum === total.max && (open || !total.maxInclusive));
}
