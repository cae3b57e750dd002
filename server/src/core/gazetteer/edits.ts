import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { KIND_SECTIONS, type EntityKind, type Gazetteer, type GazetteerEntity, type GazetteerFile, type Span } from '../types';
import { readGazetteerDate } from './entryReader';
import { parseGazetteerDocument } from './gazetteerReaders';
import { isValidId } from './references';
import { keyText } from './yamlNodes';
import { columnOf, formatBlockFields, formatFlow, lineEndingOf, lineStartOf, nextLineStart } from './yamlText';

// Edits to gazetteer files as plain text insertions and replacements, so comments, order and
// formatting outside the inserted text stay exactly as the user wrote them. They work from the
// file text and entity locations alone (no parsed document is kept), so they also work on a
// gazetteer restored from a cache; an entry is re-parsed on its own when its structure matters.

export interface GazetteerTextEdit {
  uri: string;
  span: Span;
  newText: string;
}

const SECTION_OF_KIND = Object.fromEntries(Object.entries(KIND_SECTIONS).map(([section, kind]) => [kind, section])) as Record<EntityKind, string>;

/** Fields that hold ids of other entries; renames follow them whatever the entry's kind. */
const REFERENCE_FIELDS = ['country', 'place', 'parent', 'nationality'] as const;
const REFERENCE_LISTS = ['about'] as const;
const SPELL_LISTS = ['operators', 'roles'] as const;

/** Null if `id` can become a new id; else why not (for prepare-rename and add-entry fixes). */
export function newIdProblem(gazetteer: Gazetteer, id: string): string | null {
  if (!isValidId(id)) return `\`${id}\` is not a valid id: use lower-case kebab-case such as \`ain-al-asad\`.`;
  if (gazetteer.entities.has(id)) return `\`${id}\` is already an id in the gazetteer.`;
  return null;
}

/**
 * Appends `id:` with `fields` at the end of the `kind`'s section of the first file that has one
 * (block style), in that file's indentation; without such a file, appends the section to the
 * first file. Null when the id is taken or invalid, or no file can take the entry.
 */
export function addEntryEdit(gazetteer: Gazetteer, kind: EntityKind, id: string, fields: Record<string, unknown>): GazetteerTextEdit | null {
  if (newIdProblem(gazetteer, id) !== null) return null;
  const section = SECTION_OF_KIND[kind];
  for (const file of gazetteer.files) {
    const header = topLevelKeys(file.text).find((key) => key.name === section);
    if (!header) continue;
    if (header.inlineValue) continue; // `places: {}` or a flow section: not ours to reshape
    return appendToSection(file, header, id, fields);
  }
  const first = gazetteer.files[0];
  if (!first || /^\s*[{[]/.test(stripComments(first.text))) return null;
  const { text } = first;
  const eol = lineEndingOf(text);
  const step = indentStep(text);
  const lines = [`${section}:`, `${step}${id}:`, ...formatBlockFields(fields, step + step, step)];
  const separator = text.length === 0 ? '' : (/\r?\n$/.test(text) ? '' : eol) + (/\S/.test(text) ? eol : '');
  return { uri: first.uri, span: { start: text.length, end: text.length }, newText: separator + lines.join(eol) + eol };
}

/**
 * Inserts `{ value, as_of, source }` into the figure's `values`, before the first value dated
 * after it (after values of the same date), in the list's own style: flow items
 * `- { value: 64, as_of: 2020-01-30 }`, block items, or a flow list `[…]`. Adds `values:` when
 * the figure has none. Null if the figure is unknown, `as_of` is not a gazetteer date, or the
 * entry is written in a shape we do not edit (a flow entry).
 */
export function recordFigureValueEdit(
  gazetteer: Gazetteer,
  figureId: string,
  reported: { value: number; as_of: string; source?: string },
): GazetteerTextEdit | null {
  const entity = gazetteer.entities.get(figureId);
  const date = readGazetteerDate(reported.as_of);
  if (!entity || entity.kind !== 'figure' || !date || !Number.isFinite(reported.value)) return null;
  const located = parseEntry(gazetteer, entity);
  if (!located) return null;
  const { file, body, base, source } = located;
  const { text } = file;
  const eol = lineEndingOf(text);
  // A bare year is written as YAML writes years by hand: `as_of: 2023`, not `"2023"`.
  const item: Record<string, unknown> = { value: reported.value, as_of: date.precision === 'year' ? Number(reported.as_of) : reported.as_of };
  if (reported.source !== undefined) item.source = reported.source;

  const valuesPair = body.items.find((pair) => keyText(pair.key, source) === 'values');
  if (!valuesPair || valuesPair.value === null || (isScalar(valuesPair.value) && valuesPair.value.value === null)) {
    if (body.flow) return null;
    const firstKey = body.items[0]?.key as Node | undefined;
    if (!firstKey?.range) return null;
    const fieldIndent = ' '.repeat(columnOf(text, base + firstKey.range[0]));
    const step = indentStep(text);
    const block = `${fieldIndent}${step}- ${formatFlow(item)}${eol}`;
    if (valuesPair) {
      const keyEnd = base + (valuesPair.key as Node).range![1];
      return insertAt(file, text, nextLineStart(text, keyEnd), block, eol);
    }
    const entryEnd = entity.location.entrySpan.end;
    return insertAt(file, text, nextLineStart(text, entryEnd), `${fieldIndent}values:${eol}${block}`, eol);
  }
  const list = valuesPair.value;
  if (!isSeq(list)) return null;
  return insertIntoValues(file, list as YAMLSeq, base, source, item, date.start, eol);
}

function insertIntoValues(
  file: GazetteerFile, list: YAMLSeq, base: number, slice: string, item: Record<string, unknown>, start: string, eol: string,
): GazetteerTextEdit | null {
  const { text } = file;
  const items = list.items as Node[];
  // Index of the first value dated after the new one.
  let index = items.length;
  for (let i = 0; i < items.length; i++) {
    const existing = items[i];
    const asOf = isMap(existing) ? existing.items.find((p) => keyText(p.key, slice) === 'as_of') : undefined;
    const existingDate = asOf && isScalar(asOf.value) ? readGazetteerDate(asOf.value.value) : null;
    if (existingDate && existingDate.start > start) {
      index = i;
      break;
    }
  }
  const flowItem = formatFlow(item);
  if (list.flow) {
    if (items.length === 0) {
      const span = { start: base + list.range![0], end: base + list.range![1] };
      return { uri: file.uri, span, newText: `[${flowItem}]` };
    }
    if (index < items.length) {
      const at = base + items[index].range![0];
      return { uri: file.uri, span: { start: at, end: at }, newText: `${flowItem}, ` };
    }
    const at = base + items[items.length - 1].range![1];
    return { uri: file.uri, span: { start: at, end: at }, newText: `, ${flowItem}` };
  }
  if (items.length === 0) return null;
  const reference = items[Math.min(index, items.length - 1)];
  const itemStart = base + reference.range![0];
  const dash = dashBefore(text, itemStart);
  if (dash === -1) return null;
  const dashIndent = ' '.repeat(columnOf(text, dash));
  let newText: string;
  if (isMap(reference) && !reference.flow) {
    // Block items: `- value: 64` with the other keys aligned under `value`.
    const keyIndent = ' '.repeat(columnOf(text, itemStart));
    const [first, ...rest] = formatBlockFields(item, '', '  ');
    newText = [`${dashIndent}- ${first}`, ...rest.map((line) => keyIndent + line)].join(eol) + eol;
  } else {
    newText = `${dashIndent}- ${flowItem}${eol}`;
  }
  const at = index < items.length ? lineStartOf(text, dash) : nextLineStart(text, base + items[items.length - 1].range![1]);
  return insertAt(file, text, at, newText, eol);
}

/**
 * Renames an id: its key, and every reference to it in gazetteer files (`country`, `place`,
 * `parent`, id-like `nationality`, `about` items, `org` of operators and roles — in any entry,
 * whatever its kind). Empty when the id is unknown or the new id is invalid or taken. Mentions
 * in articles are the language server's part.
 */
export function renameIdEdits(gazetteer: Gazetteer, oldId: string, newId: string): GazetteerTextEdit[] {
  const entity = gazetteer.entities.get(oldId);
  if (!entity || newIdProblem(gazetteer, newId) !== null) return [];
  const edits: GazetteerTextEdit[] = [{ uri: entity.location.uri, span: entity.location.keySpan, newText: newId }];
  for (const other of gazetteer.entities.values()) {
    if (!mentionsId(other.fields, oldId)) continue;
    const located = parseEntry(gazetteer, other);
    if (!located) continue;
    const { file, body, base, source } = located;
    for (const span of referenceSpans(body, source, oldId)) {
      edits.push({ uri: file.uri, span: { start: base + span.start, end: base + span.end }, newText: newId });
    }
  }
  return edits;
}

function mentionsId(fields: Record<string, unknown>, id: string): boolean {
  for (const key of REFERENCE_FIELDS) if (fields[key] === id) return true;
  for (const key of REFERENCE_LISTS) {
    const list = fields[key];
    if (Array.isArray(list) && list.includes(id)) return true;
  }
  for (const key of SPELL_LISTS) {
    const list = fields[key];
    if (Array.isArray(list) && list.some((spell) => typeof spell === 'object' && spell !== null && (spell as Record<string, unknown>).org === id)) return true;
  }
  return false;
}

function referenceSpans(body: YAMLMap, slice: string, id: string): Span[] {
  const spans: Span[] = [];
  const scalarSpan = (node: unknown): void => {
    if (isScalar(node) && node.value === id && node.range) spans.push({ start: node.range[0], end: node.range[1] });
  };
  for (const pair of body.items as Pair[]) {
    const key = keyText(pair.key, slice);
    if (key === null) continue;
    if ((REFERENCE_FIELDS as readonly string[]).includes(key)) scalarSpan(pair.value);
    else if ((REFERENCE_LISTS as readonly string[]).includes(key) && isSeq(pair.value)) pair.value.items.forEach(scalarSpan);
    else if ((SPELL_LISTS as readonly string[]).includes(key) && isSeq(pair.value)) {
      for (const spell of pair.value.items) {
        if (!isMap(spell)) continue;
        for (const field of spell.items) if (keyText(field.key, slice) === 'org') scalarSpan(field.value);
      }
    }
  }
  return spans;
}

/** Re-parses one entry (from its key to the end of its value); offsets in it are relative to `base`. */
function parseEntry(gazetteer: Gazetteer, entity: GazetteerEntity): { file: GazetteerFile; body: YAMLMap; base: number; source: string } | null {
  const file = gazetteer.files.find((f) => f.uri === entity.location.uri);
  if (!file) return null;
  const base = entity.location.keySpan.start;
  const source = file.text.slice(base, entity.location.entrySpan.end);
  const doc = parseGazetteerDocument(source);
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root) || root.items.length === 0) return null;
  const body = root.items[0].value;
  return isMap(body) ? { file, body: body as YAMLMap, base, source } : null;
}

interface TopLevelKey {
  name: string;
  lineStart: number;
  lineEnd: number;
  /** True when the section's value starts on its own line (`places: {…}` is false). */
  inlineValue: boolean;
}

/** `name:` lines at column 0, found by a line scan (no YAML parse of a possibly huge file). */
function topLevelKeys(text: string): TopLevelKey[] {
  const keys: TopLevelKey[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const lf = text.indexOf('\n', lineStart);
    const lineEnd = lf === -1 ? text.length : lf;
    const c = text.charCodeAt(lineStart);
    // Skip indented lines, comments, list items and blank lines cheaply.
    if (c !== 32 && c !== 9 && c !== 35 && c !== 45 && c !== 10 && c !== 13) {
      const m = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
      if (m) keys.push({ name: m[1], lineStart, lineEnd, inlineValue: !/^\s*(#.*)?$/.test(m[2]) });
    }
    if (lf === -1) break;
    lineStart = lf + 1;
  }
  return keys;
}

function appendToSection(file: GazetteerFile, header: TopLevelKey, id: string, fields: Record<string, unknown>): GazetteerTextEdit {
  const { text } = file;
  const eol = lineEndingOf(text);
  const keys = topLevelKeys(text);
  const next = keys.find((key) => key.lineStart > header.lineStart);
  const sectionEnd = next ? next.lineStart : text.length;
  // The last indented, non-blank line of the section: the end of its last entry. Comments at
  // column 0 after it belong to whatever follows, so they stay after the new entry.
  let at = nextLineStart(text, header.lineEnd);
  let entryIndent: string | null = null;
  let fieldIndent: string | null = null;
  let lineStart = at;
  while (lineStart < sectionEnd) {
    const lf = text.indexOf('\n', lineStart);
    const lineEnd = lf === -1 ? text.length : lf;
    const line = text.slice(lineStart, lineEnd);
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.length > 0 && /\S/.test(line)) {
      at = lf === -1 ? text.length : lf + 1;
      if (!line.trimStart().startsWith('#')) {
        if (entryIndent === null) entryIndent = indent;
        else if (fieldIndent === null && indent.length > entryIndent.length) fieldIndent = indent;
      }
    }
    if (lf === -1) break;
    lineStart = lf + 1;
  }
  const entry = entryIndent ?? indentStep(text);
  const step = fieldIndent ? fieldIndent.slice(entry.length) : entry;
  const lines = [`${entry}${id}:`, ...formatBlockFields(fields, entry + step, step)];
  return insertAt(file, text, at, lines.join(eol) + eol, eol);
}

/** At the very end of a file without a final newline, the new lines need one first. */
function insertAt(file: GazetteerFile, text: string, offset: number, newText: string, eol: string): GazetteerTextEdit {
  const needsBreak = offset === text.length && text.length > 0 && !text.endsWith('\n');
  return { uri: file.uri, span: { start: offset, end: offset }, newText: needsBreak ? eol + newText : newText };
}

/** The file's indentation unit: the first indented line's indent, else two spaces. */
function indentStep(text: string): string {
  const m = /\n( +)\S/.exec(text);
  return m ? m[1] : '  ';
}

function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i >= 0 && text[i] === '-' ? i : -1;
}

function stripComments(text: string): string {
  return text.replace(/^\s*#.*$/gm, '');
}
