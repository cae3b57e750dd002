import type { Annotation, ParsedArticle } from '../types';

/**
 * The article as the recognisers see it from `start` to `end`, for re-reading a stretch: the text
 * before `start` stays (look-behinds read what they always read), scanning starts at `start`
 * (a sentence start), and the text stops at `end`. Sentences `firstSentence`…`lastSentence` are
 * those of the stretch.
 */
export function restrict(article: ParsedArticle, start: number, end: number, firstSentence: number, lastSentence: number): ParsedArticle {
  const whole = end >= article.text.length;
  return {
    ...article,
    text: whole ? article.text : article.text.slice(0, end),
    maskedText: whole ? article.maskedText : article.maskedText.slice(0, end),
    bodyStart: start,
    annotations: annotationsWithin(article.annotations, start, end),
    sentences: article.sentences.slice(firstSentence, lastSentence + 1),
    residue: whole ? article.residue : [],
    diagnostics: [],
  };
}

/** Annotations (sorted by start) lying wholly in [start, end). */
function annotationsWithin(annotations: readonly Annotation[], start: number, end: number): Annotation[] {
  let lo = 0;
  let hi = annotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (annotations[mid].span.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Annotation[] = [];
  for (let i = lo; i < annotations.length && annotations[i].span.start < end; i++) if (annotations[i].span.end <= end) out.push(annotations[i]);
  return out;
}
