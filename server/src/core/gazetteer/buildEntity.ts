import type { Node } from 'yaml';
import { isMap, isScalar } from './nodeChecks';
import type { EntityKind, FigureValue, GazetteerEntity, OperatorSpell, PreciseDate, RoleSpell, Span } from '../types';
import type { FileContext } from './fileContext';
import { EntryReader, describe } from './entryReader';
import type { PlainConverter } from './plainData';
import { isValidId, type PendingReference } from './references';
import { spanOf } from './yamlNodes';

/** A name or alias of an entity where it is written, for the alias-collision check. */
export interface NameOccurrence {
  id: string;
  text: string;
  uri: string;
  span: Span;
  isName: boolean;
}

export interface EntryInput {
  id: string;
  kind: EntityKind;
  keySpan: Span;
  entrySpan: Span;
  value: Node | null;
}

export interface BuiltEntry {
  /** Null when the entry is not a map at all; its id still counts as defined. */
  entity: GazetteerEntity | null;
  references: PendingReference[];
  names: NameOccurrence[];
}

// Which entity kinds a reference field may name. `place` of an event may be a base (a strike on
// Ain al-Asad); a role's or operator's `org` may be a state (a place) as well as an organisation.
const PLACE: readonly EntityKind[] = ['place'];
const SITE: readonly EntityKind[] = ['place', 'base'];
const BODY: readonly EntityKind[] = ['organization', 'place'];

/**
 * Builds one typed entity from its YAML entry, reporting `gazetteer-schema` problems. Only the
 * fields SPEC §3 lists for the entry's kind are typed and checked; every field, known or not,
 * is kept as plain data in `fields`. May throw `PlainDataError` (alias bomb, deep nesting).
 */
export function buildEntity(file: FileContext, converter: PlainConverter, input: EntryInput): BuiltEntry {
  const { id, kind, keySpan, entrySpan, value } = input;
  const nameField = kind === 'figure' ? 'label' : 'name';

  if (value === null || (isScalar(value) && value.value === null)) {
    file.report('gazetteer-schema', keySpan, `\`${id}\` has no fields; an entry needs at least \`${nameField}:\`.`, { data: { id, missing: nameField } });
    return notLoaded();
  }
  if (!isMap(value)) {
    file.report('gazetteer-schema', spanOf(value, keySpan),
      `\`${id}\` must be a map of fields such as \`${nameField}:\`; found ${describe(converter.toPlain(value))}.`, { data: { id } });
    return notLoaded();
  }

  const fields = converter.toPlain(value) as Record<string, unknown>;
  const read = new EntryReader(file, id, keySpan, fields, value.items);
  const names: NameOccurrence[] = [];

  let name = readName(read, kind);
  if (name === undefined) {
    // A name that is there but wrong was reported where it is written; only a missing one here.
    if (!read.has(nameField) && !(kind === 'figure' && read.has('name'))) file.report('gazetteer-schema', keySpan, `\`${id}\` has no \`${nameField}\`; every ${kind === 'figure' ? 'figure needs a `label`' : 'entry needs a `name`'}.`, { data: { id, missing: nameField } });
    // The id stands in, so annotations and go-to-definition still work while the name is missing.
    name = id;
  } else {
    names.push({ id, text: name, uri: file.uri, span: read.spanAt(kind === 'figure' && !read.has('label') ? 'name' : nameField), isName: true });
  }

  const aliases = read.textList('aliases') ?? [];
  const aliasList = fields.aliases;
  if (Array.isArray(aliasList)) {
    aliasList.forEach((alias, i) => {
      if (typeof alias === 'string' && alias.trim() !== '') names.push({ id, text: alias, uri: file.uri, span: read.spanAt('aliases', i), isName: false });
    });
  }

  const entity: GazetteerEntity = { id, kind, name, aliases, location: { uri: file.uri, keySpan, entrySpan }, fields };
  assign(entity, 'type', read.text('type'));
  read.text('notes');
  assign(entity, 'sources', read.textList('sources'));
  assign(entity, 'wikidata', read.wikidata('wikidata'));

  switch (kind) {
    case 'base':
      readSite(read, entity);
      assign(entity, 'operators', readOperators(read));
      break;
    case 'place':
      readSite(read, entity);
      assign(entity, 'demonyms', read.textList('demonyms'));
      break;
    case 'person':
      assign(entity, 'born', read.date('born'));
      assign(entity, 'died', read.date('died'));
      read.checkOrder(entity.born, entity.died, () => read.spanAt('died'), '`born`', '`died`', `\`${id}\``);
      assign(entity, 'nationality', readNationality(read));
      assign(entity, 'roles', readRoles(read));
      break;
    case 'organization':
      assign(entity, 'parent', read.ref('parent', BODY));
      assign(entity, 'founded', read.date('founded'));
      assign(entity, 'dissolved', read.date('dissolved'));
      read.checkOrder(entity.founded, entity.dissolved, () => read.spanAt('dissolved'), '`founded`', '`dissolved`', `\`${id}\``);
      break;
    case 'event':
      assign(entity, 'date', read.date('date'));
      assign(entity, 'place', read.ref('place', SITE));
      break;
    case 'figure':
      assign(entity, 'units', read.textList('units'));
      assign(entity, 'about', read.refList('about', null));
      assign(entity, 'values', readFigureValues(read));
      break;
  }
  return { entity, references: read.references, names: kind === 'figure' ? [] : names };
}

/** What an entry that is not a map builds (made only then: most entries are maps). */
function notLoaded(): BuiltEntry {
  return { entity: null, references: [], names: [] };
}

function readName(read: EntryReader, kind: EntityKind): string | undefined {
  // A figure may use `name` where SPEC asks for `label`; both mean the same to a reader.
  const field = kind === 'figure' && !read.has('label') && read.has('name') ? 'name' : kind === 'figure' ? 'label' : 'name';
  const name = read.text(field);
  if (name === undefined) return undefined;
  if (name.trim() === '') {
    read.problem(read.spanAt(field), `\`${field}\` of \`${read.id}\` is empty.`, { field });
    return undefined;
  }
  return name;
}

function readSite(read: EntryReader, entity: GazetteerEntity): void {
  assign(entity, 'country', read.ref('country', PLACE));
  assign(entity, 'region', read.text('region'));
  assign(entity, 'coordinates', read.coordinates('coordinates'));
}

/**
 * `nationality` is free text (`Iranian`) unless it is written like an id (lower-case
 * kebab-case, as demonyms never are); then it must name a place in the gazetteer.
 */
function readNationality(read: EntryReader): string | undefined {
  const value = read.text('nationality');
  if (value === undefined) return undefined;
  if (isValidId(value)) read.refValue(value, read.spanAt('nationality'), '`nationality`', PLACE);
  return value;
}

function readOperators(read: EntryReader): OperatorSpell[] | undefined {
  const items = read.mapItems('operators', '{ org: us-led-coalition, from: 2003, to: 2026-01 }');
  if (!items) return undefined;
  const out: OperatorSpell[] = [];
  for (const { item, index } of items) {
    const where = `operator ${index + 1}`;
    const from = item.from !== undefined && item.from !== null ? read.dateValue(item.from, read.spanAt('operators', index, 'from'), `\`from\` of ${where}`) : undefined;
    const to = item.to !== undefined && item.to !== null ? read.dateValue(item.to, read.spanAt('operators', index, 'to'), `\`to\` of ${where}`) : undefined;
    read.checkOrder(from, to, () => read.spanAt('operators', index, 'to'), '`from`', '`to`', `${where} of \`${read.id}\``);
    if (item.org === undefined || item.org === null) {
      read.problem(read.spanAt('operators', index), `Operator ${index + 1} of \`${read.id}\` has no \`org\` (the id of the organisation that operates it).`, { field: 'operators' });
      continue;
    }
    const org = read.refValue(item.org, read.spanAt('operators', index, 'org'), `\`org\` of ${where}`, BODY);
    if (org === undefined) continue;
    out.push(withDates<OperatorSpell>({ org }, from, to));
  }
  return out;
}

function readRoles(read: EntryReader): RoleSpell[] | undefined {
  const items = read.mapItems('roles', '{ title: Commander, org: quds-force, from: 1998, to: 2020-01-03 }');
  if (!items) return undefined;
  const out: RoleSpell[] = [];
  for (const { item, index } of items) {
    const where = `role ${index + 1}`;
    const from = item.from !== undefined && item.from !== null ? read.dateValue(item.from, read.spanAt('roles', index, 'from'), `\`from\` of ${where}`) : undefined;
    const to = item.to !== undefined && item.to !== null ? read.dateValue(item.to, read.spanAt('roles', index, 'to'), `\`to\` of ${where}`) : undefined;
    read.checkOrder(from, to, () => read.spanAt('roles', index, 'to'), '`from`', '`to`', `${where} of \`${read.id}\``);
    const org = item.org !== undefined && item.org !== null ? read.refValue(item.org, read.spanAt('roles', index, 'org'), `\`org\` of ${where}`, BODY) : undefined;
    if (typeof item.title !== 'string' || item.title.trim() === '') {
      read.problem(read.spanAt('roles', index, 'title'), `Role ${index + 1} of \`${read.id}\` needs a \`title\` (text such as "Commander"); found ${describe(item.title)}.`, { field: 'roles' });
      continue;
    }
    const role: RoleSpell = { title: item.title };
    if (org !== undefined) role.org = org;
    out.push(withDates(role, from, to));
  }
  return out;
}

function readFigureValues(read: EntryReader): FigureValue[] | undefined {
  const items = read.mapItems('values', '{ value: 64, as_of: 2020-01-30 }');
  if (!items) return undefined;
  const out: FigureValue[] = [];
  for (const { item, index } of items) {
    const span = read.spanAt('values', index);
    const value = item.value;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      read.problem(read.spanAt('values', index, 'value'),
        `Value ${index + 1} of \`${read.id}\` needs a numeric \`value\` (digits, no thousands separators); found ${describe(value)}.`, { field: 'values' });
      continue;
    }
    if (item.as_of === undefined || item.as_of === null) {
      read.problem(span, `Value ${index + 1} of \`${read.id}\` has no \`as_of\` date.`, { field: 'values' });
      continue;
    }
    const asOf = read.dateValue(item.as_of, read.spanAt('values', index, 'as_of'), `\`as_of\` of value ${index + 1}`);
    if (!asOf) continue;
    const figureValue: FigureValue = { value, asOf, span };
    if (item.source !== undefined && item.source !== null) {
      if (typeof item.source === 'string') figureValue.source = item.source;
      else read.problem(read.spanAt('values', index, 'source'), `\`source\` of value ${index + 1} of \`${read.id}\` must be text; found ${describe(item.source)}.`, { field: 'values' });
    }
    out.push(figureValue);
  }
  // Stable sort: values of the same date keep their written order, the last one being the latest.
  return out.sort((a, b) => (a.asOf.start < b.asOf.start ? -1 : a.asOf.start > b.asOf.start ? 1 : 0));
}

function withDates<T extends { from?: PreciseDate; to?: PreciseDate }>(spell: T, from: PreciseDate | undefined, to: PreciseDate | undefined): T {
  if (from !== undefined) spell.from = from;
  if (to !== undefined) spell.to = to;
  return spell;
}

function assign<K extends keyof GazetteerEntity>(entity: GazetteerEntity, key: K, value: GazetteerEntity[K] | undefined): void {
  if (value !== undefined) entity[key] = value;
}
