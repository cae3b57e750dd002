import { sentenceIndexAt } from '../text/sentenceIndex';
import type { DateMention, ParsedArticle, PreciseDate, Span } from '../types';

export { sentenceIndexAt };

/** The dates a sentence is about, and the article's own date. */
export interface ReferenceDates {
  /** The resolved date in the sentence nearest to the mention, if any. */
  sentence: PreciseDate | null;
  published: PreciseDate | null;
  /** `sentence`, else `published`: the date the checks speak of in messages. */
  primary: PreciseDate | null;
}

/** Resolved dates grouped by sentence index, built once per article. */
export class SentenceDates {
  private readonly bySentence = new Map<number, DateMention[]>();

  constructor(private readonly article: ParsedArticle, dates: readonly DateMention[]) {
    for (const d of dates) {
      if (!d.date) continue;
      const i = sentenceIndexAt(article.sentences, d.span.start);
      if (i < 0) continue;
      const list = this.bySentence.get(i);
      if (list) list.push(d);
      else this.bySentence.set(i, [d]);
    }
  }

  /** Reference dates for something at `span` in sentence `sentenceIndex`. */
  at(sentenceIndex: number, span: Span): ReferenceDates {
    const candidates = this.bySentence.get(sentenceIndex) ?? [];
    let best: DateMention | null = null;
    let bestDistance = Infinity;
    for (const d of candidates) {
      const distance = d.span.start >= span.end ? d.span.start - span.end : Math.max(0, span.start - d.span.end);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    const sentence = best?.date ?? null;
    const published = this.article.published;
    return { sentence, published, primary: sentence ?? published };
  }
}
