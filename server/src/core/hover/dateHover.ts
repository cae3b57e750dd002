import type { DateMention, PreciseDate } from '../types';
import { dateInWords, distanceFromPublication } from './dateText';
import type { HoverText } from './entityHover';
import { escapeMarkdown, field, paragraphs } from './markdown';

const PRECISION_WORDS: Record<PreciseDate['precision'], string> = {
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** The card of a date in an article: what it resolves to, and how it relates to publication. */
export function dateHover(mention: DateMention, published: PreciseDate | null): HoverText {
  const d = mention.date;
  if (!d) {
    return {
      markdown: paragraphs([
        `**Date** “${escapeMarkdown(mention.text)}”`,
        published ? 'Could not be resolved.' : 'Unresolved: the article has no valid `published` date to count from.',
      ]),
    };
  }
  const how = mention.explicit ? 'pinned by an annotation' : mention.relative ? 'resolved from the publication date' : 'as written';
  return {
    markdown: paragraphs([
      `**${escapeMarkdown(dateInWords(d))}**`,
      field('Value', `${escapeMarkdown(d.value)} — ${PRECISION_WORDS[d.precision]}${d.precision === 'day' ? '' : ` (${escapeMarkdown(`${d.start} – ${d.end}`)})`}, ${how}`),
      published ? field('Publication', `${escapeMarkdown(published.value)} — ${distanceFromPublication(d, published)}`) : null,
    ]),
  };
}
