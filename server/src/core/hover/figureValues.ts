import { valuesValidAt } from '../figures/figureFacts';
import { groupDigits } from '../figures/formatNumber';
import type { FigureValue, Gazetteer, GazetteerEntity, PreciseDate } from '../types';
import { bullets, escapeMarkdown, field, sourceLink } from './markdown';

// A tracked figure's recorded values, for the entity card and the figure card.

export function numberText(n: number): string {
  return groupDigits(n, ',');
}

export function valueText(v: FigureValue): string {
  const source = v.source ? ` (${sourceLink(v.source)})` : '';
  return `${escapeMarkdown(numberText(v.value))} as of ${escapeMarkdown(v.asOf.value)}${source}`;
}

/** The values valid at `date` (usually one; more when the date is coarser than the records). */
export function valuesOn(entity: GazetteerEntity, date: PreciseDate | null): FigureValue[] {
  return date && entity.values ? valuesValidAt(entity.values, date) : [];
}

export function figureValuesText(entity: GazetteerEntity, gazetteer: Gazetteer, date: PreciseDate | null): string[] {
  const lines: string[] = [];
  if (entity.units && entity.units.length > 0) lines.push(field('Counts', entity.units.map(escapeMarkdown).join(', ')));
  if (entity.about && entity.about.length > 0) {
    lines.push(field('About', entity.about.map((id) => escapeMarkdown(gazetteer.entities.get(id)?.name ?? id)).join(', ')));
  }
  const values = entity.values ?? [];
  if (date && values.length > 0) {
    const valid = valuesOn(entity, date);
    lines.push(field(`Value on ${escapeMarkdown(date.value)}`, valid.length > 0 ? valid.map(valueText).join('; ') : 'none recorded yet'));
  }
  if (values.length > 0) lines.push(`**Recorded values:**\n${bullets(values.map(valueText))}`);
  return lines;
}
