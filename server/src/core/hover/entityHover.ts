import { possibleAges } from '../persons/ageCheck';
import { entryLocationLabel, roleText, spellText } from '../persons/gazetteerRef';
import { spellValidOn } from '../gazetteer/validity';
import { spellSurelyHoldsOn } from '../persons/roleValidity';
import type { Gazetteer, GazetteerEntity, OperatorSpell, PreciseDate, RoleSpell } from '../types';
import { dateInWords } from './dateText';
import { bullets, code, escapeMarkdown, field, link, mapLink, paragraphs, sourceLink } from './markdown';
import { figureValuesText } from './figureValues';

// The card of a gazetteer entity, as of the article's date: a base's holder then, a person's
// roles and age then. Every piece of gazetteer text goes through escapeMarkdown.

export interface HoverText {
  markdown: string;
}

const KIND_LABELS: Record<GazetteerEntity['kind'], string> = {
  base: 'base',
  person: 'person',
  organization: 'organisation',
  place: 'place',
  event: 'event',
  figure: 'tracked figure',
};

/** Fields the card shows in their own lines; any other field is listed under "Other fields". */
const KNOWN_FIELDS = new Set([
  'name', 'label', 'aliases', 'type', 'notes', 'sources', 'wikidata', 'country', 'region', 'coordinates', 'operators',
  'born', 'died', 'nationality', 'roles', 'parent', 'founded', 'dissolved', 'demonyms', 'date', 'place', 'units', 'about', 'values',
]);

function nameOf(id: string, gazetteer: Gazetteer): string {
  return escapeMarkdown(gazetteer.entities.get(id)?.name ?? id);
}

function withSpell(text: string, spell: { from?: PreciseDate; to?: PreciseDate }): string {
  const s = spellText(spell);
  return s ? `${text} (${escapeMarkdown(s)})` : text;
}

function onDateLine<T extends { from?: PreciseDate; to?: PreciseDate }>(
  label: string, spells: readonly T[] | undefined, date: PreciseDate | null, describe: (s: T) => string, none: string,
): string | null {
  if (!date || !spells || spells.length === 0) return null;
  const held = spells.filter((s) => spellValidOn(s, date));
  const text = held.length === 0
    ? none
    : held.map((s) => (spellSurelyHoldsOn(s, date) || held.length === 1 ? describe(s) : `${describe(s)} (perhaps; changed around then)`)).join('; ');
  return field(`${label} on ${escapeMarkdown(date.value)}`, text);
}

function placeLines(e: GazetteerEntity, gazetteer: Gazetteer): string[] {
  const lines: string[] = [];
  const where = [e.region ? escapeMarkdown(e.region) : null, e.country ? nameOf(e.country, gazetteer) : null].filter(Boolean).join(', ');
  if (where) lines.push(field('Where', where));
  if (e.coordinates) {
    const [lat, lon] = e.coordinates;
    if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      lines.push(field('Coordinates', `${escapeMarkdown(`${lat}, ${lon}`)} (${mapLink(lat, lon)})`));
    }
  }
  return lines;
}

function operatorLines(e: GazetteerEntity, gazetteer: Gazetteer, date: PreciseDate | null): string[] {
  const ops = e.operators ?? [];
  if (ops.length === 0) return [];
  const describe = (o: OperatorSpell) => nameOf(o.org, gazetteer);
  return [
    onDateLine('Held', ops, date, describe, 'no operator recorded then'),
    `**Operators:**\n${bullets(ops.map((o) => withSpell(describe(o), o)))}`,
  ].filter((l): l is string => l !== null);
}

function personLines(e: GazetteerEntity, gazetteer: Gazetteer, date: PreciseDate | null): string[] {
  const roles = e.roles ?? [];
  const describe = (r: RoleSpell) => escapeMarkdown(roleText(r, gazetteer));
  const lines: string[] = [];
  if (date && e.died && e.died.end < date.start && roles.length > 0) {
    lines.push(field(`Role on ${escapeMarkdown(date.value)}`, `none: died on ${escapeMarkdown(e.died.value)}`));
  } else {
    const onDate = onDateLine('Role', roles, date, describe, 'no role recorded then');
    if (onDate) lines.push(onDate);
  }
  if (roles.length > 0) lines.push(`**Roles:**\n${bullets(roles.map((r) => withSpell(describe(r), r)))}`);
  if (e.born) {
    let text = escapeMarkdown(e.born.value);
    if (date && !(e.died && e.died.end < date.start)) {
      const r = possibleAges(e.born, date, e.died);
      if (r.max >= 0) text += ` (${r.min === r.max ? r.min : `${r.min} or ${r.max}`} on ${escapeMarkdown(date.value)})`;
    }
    lines.push(field('Born', text));
  }
  if (e.died) {
    let text = escapeMarkdown(e.died.value);
    if (e.born) {
      const r = possibleAges(e.born, e.died);
      text += ` (aged ${r.min === r.max ? r.min : `${r.min} or ${r.max}`})`;
    }
    if (date && e.died.end < date.start) text += ', before this date';
    lines.push(field('Died', text));
  }
  if (e.nationality) lines.push(field('Nationality', nameOf(e.nationality, gazetteer)));
  return lines;
}

function organizationLines(e: GazetteerEntity, gazetteer: Gazetteer): string[] {
  const lines: string[] = [];
  if (e.parent) lines.push(field('Part of', nameOf(e.parent, gazetteer)));
  if (e.founded) lines.push(field('Founded', escapeMarkdown(e.founded.value)));
  if (e.dissolved) lines.push(field('Dissolved', escapeMarkdown(e.dissolved.value)));
  return lines;
}

function eventLines(e: GazetteerEntity, gazetteer: Gazetteer): string[] {
  const lines: string[] = [];
  if (e.date) lines.push(field('Date', escapeMarkdown(dateInWords(e.date))));
  if (e.place) lines.push(field('Place', nameOf(e.place, gazetteer)));
  return lines;
}

/** A short, escaped rendering of a team's own field value. */
function plainValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) text = value.map(String).join(', ');
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = String(value);
    }
  }
  if (text.length > 200) text = `${text.slice(0, 197)}…`;
  return escapeMarkdown(text);
}

function commonLines(e: GazetteerEntity): string[] {
  const lines: string[] = [];
  const notes = e.fields['notes'];
  if (notes !== undefined && notes !== null && notes !== '') lines.push(field('Notes', plainValue(notes)));
  if (e.sources && e.sources.length > 0) lines.push(field('Sources', e.sources.map(sourceLink).join(', ')));
  if (e.wikidata && /^Q\d+$/.test(e.wikidata)) lines.push(field('Wikidata', link(e.wikidata, `https://www.wikidata.org/wiki/${e.wikidata}`)));
  const other = Object.keys(e.fields).filter((k) => !KNOWN_FIELDS.has(k));
  if (other.length > 0) lines.push(`**Other fields:**\n${bullets(other.map((k) => `${escapeMarkdown(k)}: ${plainValue(e.fields[k])}`))}`);
  return lines;
}

/** The hover card of a gazetteer entity; `date` is the reference date (article or sentence), if known. */
export function entityHover(entity: GazetteerEntity, gazetteer: Gazetteer, date: PreciseDate | null): HoverText {
  const kind = KIND_LABELS[entity.kind] ?? entity.kind;
  const header = `**${escapeMarkdown(entity.name)}** — ${escapeMarkdown(entity.type ? `${kind}, ${entity.type}` : kind)} ${code(entity.id)}`;
  const aliases = entity.aliases.length > 0 ? field('Also', entity.aliases.map(escapeMarkdown).join(', ')) : null;
  const demonyms = entity.demonyms && entity.demonyms.length > 0 ? field('Demonyms', entity.demonyms.map(escapeMarkdown).join(', ')) : null;
  const specific: string[] = [];
  switch (entity.kind) {
    case 'base':
      specific.push(...placeLines(entity, gazetteer), ...operatorLines(entity, gazetteer, date));
      break;
    case 'place':
      specific.push(...placeLines(entity, gazetteer), ...operatorLines(entity, gazetteer, date));
      break;
    case 'person':
      specific.push(...personLines(entity, gazetteer, date));
      break;
    case 'organization':
      specific.push(...organizationLines(entity, gazetteer));
      break;
    case 'event':
      specific.push(...eventLines(entity, gazetteer));
      break;
    case 'figure':
      specific.push(...figureValuesText(entity, gazetteer, date));
      break;
  }
  return {
    markdown: paragraphs([
      header,
      aliases,
      demonyms,
      ...specific,
      ...commonLines(entity),
      `*${escapeMarkdown(`Defined in ${entryLocationLabel(entity, gazetteer)}`)}*`,
    ]),
  };
}
