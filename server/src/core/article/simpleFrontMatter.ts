import type { FrontMatterField, Span } from '../types';

/** `key: value` on one line, the shape nearly every front matter has. */
const FIELD = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+(\S(?:.*\S)?)[ ]*$/;
/** Plain scalars the YAML core schema reads as something other than text, and those that are not plain. */
const NOT_PLAIN_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-?:,[\]{}#&*!|>'"%@`.+]|[0-9])/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a front matter whose every line is `key: text` (plain, one-line text values: titles,
 * URLs, ISO days) without the YAML parser, which costs more than the rest of a 1,000-word analysis
 * needs. Returns null for anything else (comments, blank lines, nesting, lists, quotes, numbers,
 * booleans, `newsmd:`, duplicate keys …): then the YAML parser reads it, so results never differ.
 */
export function readSimpleFrontMatter(text: string, contentSpan: Span): { data: Record<string, unknown>; fields: Map<string, FrontMatterField> } | null {
  const data: Record<string, unknown> = {};
  const fields = new Map<string, FrontMatterField>();
  for (let pos = contentSpan.start; pos < contentSpan.end; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1 || end > contentSpan.end) end = contentSpan.end;
    const next = end + 1;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const m = FIELD.exec(text.slice(pos, end));
    if (!m) return null;
    const [, key, value] = m;
    if (key === 'newsmd' || key === '__proto__' || fields.has(key)) return null;
    if (NOT_PLAIN_TEXT.test(value) && !ISO_DAY.test(value)) return null;
    // Other spaces (tab, no-break space …) and control characters are read differently by YAML.
    if (/: |:$| #|[^\S ]|[\u0000-\u001f\u007f]/.test(value)) return null;
    const valueStart = pos + m[0].indexOf(value, key.length + 1);
    data[key] = value;
    fields.set(key, { key, value, keySpan: { start: pos, end: pos + key.length }, valueSpan: { start: valueStart, end: valueStart + value.length } });
    pos = next;
  }
  return fields.size > 0 ? { data, fields } : null;
}
