import { intervalOf } from '../figures/figureFacts';
import { contains, formatInterval, type Interval } from '../figures/interval';
import type { FigureMention, Gazetteer } from '../types';
import { dateInWords } from './dateText';
import type { HoverText } from './entityHover';
import { numberText, valueText, valuesOn } from './figureValues';
import { bullets, code, escapeMarkdown, field, paragraphs } from './markdown';

/** "more than 5,000", "between 4,500 and 5,500", "exactly 61", "at most 10". */
export function intervalInWords(iv: Interval): string {
  const { min, max } = iv;
  if (min === null && max === null) return 'any number';
  if (min !== null && max !== null && min === max) return `exactly ${numberText(min)}`;
  if (max === null) return `${iv.minInclusive ? 'at least' : 'more than'} ${numberText(min as number)}`;
  if (min === null || (min === 0 && iv.minInclusive)) return `${iv.maxInclusive ? 'at most' : 'fewer than'} ${numberText(max)}`;
  const ends = iv.minInclusive && iv.maxInclusive ? 'both included' : !iv.minInclusive && !iv.maxInclusive ? 'both excluded'
    : iv.minInclusive ? `${numberText(max)} excluded` : `${numberText(min)} excluded`;
  return `between ${numberText(min)} and ${numberText(max)} (${ends})`;
}

/** `count`, `percent`, `km (miles converted)`, `USD`, `times` for the card. */
export function unitInWords(unit: string): string {
  switch (unit) {
    case 'count': return 'count';
    case 'percent': return 'percent';
    case 'km': return 'km (miles and metres converted)';
    case 'times': return 'times (a multiple)';
    default: return `money, ${unit}`;
  }
}

/**
 * The card of a figure: its reading as an interval, its gazetteer key and the value recorded for
 * its date, the conservative reading of a vague amount, and (if given) the article's other
 * figures of the same key.
 */
export function figureHover(figure: FigureMention, gazetteer: Gazetteer, otherMentions?: readonly FigureMention[]): HoverText {
  const iv = intervalOf(figure);
  const keyEntity = figure.key ? gazetteer.entities.get(figure.key) : undefined;
  const lines: Array<string | null> = [
    `**Figure** “${escapeMarkdown(figure.text)}”`,
    field('Reads as', `${escapeMarkdown(intervalInWords(iv))} — ${code(formatInterval(iv))}`),
    field('Unit', escapeMarkdown(unitInWords(figure.unit))),
    figure.noun ? field('Counts', escapeMarkdown(figure.noun)) : null,
    field('As of', figure.date ? escapeMarkdown(dateInWords(figure.date)) : 'unknown (no reporting date in the sentence and no publication date)'),
  ];
  if (figure.conservative !== undefined) {
    lines.push(field('Conservative reading', `${escapeMarkdown(numberText(figure.conservative))} (as conflict datasets such as ACLED code vague amounts)`));
  }
  if (figure.key) {
    const how = figure.explicit ? 'annotated' : 'matched by unit and entities';
    lines.push(field('Tracked figure', `${keyEntity ? escapeMarkdown(keyEntity.name) : 'unknown key'} ${code(figure.key)} (${how})`));
    if (keyEntity) {
      const valid = valuesOn(keyEntity, figure.date);
      if (figure.date && keyEntity.values && keyEntity.values.length > 0) {
        lines.push(field(
          'Gazetteer value then',
          valid.length === 0
            ? 'none recorded yet'
            : valid.map((v) => `${valueText(v)} — ${contains(iv, v.value) ? 'within' : 'outside'} this reading`).join('; '),
        ));
      }
    }
  } else {
    lines.push(field('Tracked figure', 'none (compared only with figures of the same unit in this article)'));
  }
  const others = (otherMentions ?? []).filter((o) => o !== figure && o.span.start !== figure.span.start
    && o.unit === figure.unit && (figure.key ? o.key === figure.key : figure.noun !== null && o.noun === figure.noun));
  if (others.length > 0) {
    lines.push(`**Elsewhere in the article:**\n${bullets(others.slice(0, 10).map((o) => {
      const oi = intervalOf(o);
      return `“${escapeMarkdown(o.text)}” — ${code(formatInterval(oi))}${o.date ? ` on ${escapeMarkdown(o.date.value)}` : ''}`;
    }))}`);
  }
  return { markdown: paragraphs(lines) };
}
