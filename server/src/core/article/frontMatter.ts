import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { isDiagnosticCode } from '../diagnostics/codes';
import type { CoreDiagnostic, DiagnosticCode, FrontMatter, FrontMatterField, Span } from '../types';
import { firstOffsetDeeperThan, MAX_YAML_DEPTH } from '../text/yamlNesting';
import { readSimpleFrontMatter } from './simpleFrontMatter';

/** What the front-matter reader found, with the offsets the rest of the parse needs. */
export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** Start of the body: after the closing fence line, or after the BOM when there is no front matter. */
  bodyStart: number;
  /** The opening `---` line (without its line break), or null when the file has none. */
  openingLine: Span | null;
  /** Start of the closing fence line (where a new key can be inserted), or null. */
  closingLineStart: number | null;
  /** True when the front matter exists but could not be read as a map (unclosed, YAML errors). */
  unreadable: boolean;
  /** Codes listed in `newsmd: { disable: [...] }`, valid ones only. */
  disabledCodes: DiagnosticCode[];
  diagnostics: CoreDiagnostic[];
}

/**
 * Front matter larger than this is not read as YAML: real ones are a few hundred bytes, and `yaml`
 * is quadratic in keys and anchors and needs ~100× the text in memory (a 50 MB scalar: 3.6 GB).
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** Keys whose value must be a string when present. */
const STRING_KEYS = ['title', 'source', 'url', 'dateline', 'language'];

interface Line {
  start: number;
  /** End of the content, before `\r\n` / `\n`. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  const next = end === -1 ? text.length : end + 1;
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

/**
 * Reads a YAML front matter block: a `---` line at the very start of the file (after an optional
 * BOM), closed by a `---` or `...` line. Parsed with the YAML core schema (no timestamps, no
 * custom tags), so `published: 2020-08-20` stays the text the user wrote.
 */
export function readFrontMatter(uri: string, text: string): FrontMatterResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const empty: FrontMatter = { span: null, contentSpan: null, fields: new Map(), data: {} };
  const result: FrontMatterResult = {
    frontMatter: empty, bodyStart: bom, openingLine: null, closingLineStart: null, unreadable: false, disabledCodes: [], diagnostics: [],
  };
  const first = lineAt(text, bom);
  if (text.slice(first.start, first.end).trimEnd() !== '---') return result;

  const diag = (span: Span, message: string): void => {
    result.diagnostics.push({ code: 'front-matter-invalid', severity: 'error', message, uri, span });
  };
  const fail = (span: Span, message: string): FrontMatterResult => {
    diag(span, message);
    result.unreadable = true;
    return result;
  };

  let close: Line | null = null;
  for (let pos = first.next; pos < text.length; ) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end).trimEnd();
    if (content === '---' || content === '...') {
      close = line;
      break;
    }
    pos = line.next;
  }
  if (!close) {
    // An unclosed fence: the file is read as all body, so nothing silently disappears.
    result.openingLine = { start: first.start, end: first.end };
    return fail(result.openingLine, 'The front matter is not closed: add a `---` line after its last field.');
  }

  const contentSpan = { start: first.next, end: close.start };
  const frontMatter: FrontMatter = { span: { start: first.start, end: close.end }, contentSpan, fields: new Map(), data: {} };
  result.frontMatter = frontMatter;
  result.bodyStart = close.next;
  result.openingLine = { start: first.start, end: first.end };
  result.closingLineStart = close.start;

  if (contentSpan.end - contentSpan.start > MAX_FRONT_MATTER_CHARS) {
    const kb = Math.ceil((contentSpan.end - contentSpan.start) / 1024);
    return fail({ start: first.start, end: first.end },
      `The front matter is ${kb} KB, more than the ${MAX_FRONT_MATTER_CHARS / 1024} KB it may have, so it is not read; move long text into the body.`);
  }
  const simple = readSimpleFrontMatter(text, contentSpan);
  if (simple) {
    frontMatter.data = simple.data;
    frontMatter.fields = simple.fields;
    return result; // text values only: nothing for the type checks below to report
  }
  const yamlText = text.slice(contentSpan.start, contentSpan.end);
  const at = (range: readonly number[] | undefined): Span =>
    range ? { start: contentSpan.start + range[0], end: contentSpan.start + Math.max(range[0], range[1]) } : { start: first.start, end: first.end };

  const deep = firstOffsetDeeperThan(yamlText, MAX_YAML_DEPTH);
  if (deep !== -1) {
    return fail({ start: contentSpan.start + deep, end: contentSpan.start + deep + 1 },
      `The front matter is nested more than ${MAX_YAML_DEPTH.toLocaleString('en-US')} levels deep here, so it is not read; a field is a value or a short list.`);
  }
  let doc;
  try {
    doc = parseDocument(yamlText, { schema: 'core', prettyErrors: false });
  } catch (err) {
    return fail({ start: first.start, end: first.end }, `The front matter could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) diag(at(e.pos), `Front matter YAML: ${e.message}`);
    result.unreadable = true;
    return result;
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return result; // empty front matter
  if (!isMap(root)) return fail(at(root.range ?? undefined), 'The front matter must be a map of `key: value` fields.');

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return fail(at(root.range ?? undefined), `The front matter could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  frontMatter.data = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    if (!isScalar(keyNode)) {
      diag(at(keyNode?.range ?? undefined), 'Front matter keys must be plain names.');
      continue;
    }
    const key = String(keyNode.value);
    const keySpan = at(keyNode.range ?? undefined);
    // A key with no value (`dateline:`) gets an empty value span right after its colon (the YAML
    // node of an empty value sits at the start of the next line).
    const emptyValue = !valueNode?.range || valueNode.range[0] === valueNode.range[1];
    const valueSpan = emptyValue ? afterColon(text, keySpan.end) : at(valueNode?.range ?? undefined);
    const field: FrontMatterField = { key, value: frontMatter.data[key], keySpan, valueSpan };
    frontMatter.fields.set(key, field);

    if (STRING_KEYS.includes(key) && field.value !== null && typeof field.value !== 'string') {
      diag(valueSpan, `\`${key}\` must be text, not ${describe(field.value)}.`);
    }
    if (key === 'newsmd') checkNewsmdField(valueNode, field, at, diag, result.disabledCodes);
  }
  return result;
}

function checkNewsmdField(
  node: YamlNode | null, field: FrontMatterField, at: (range: readonly number[] | undefined) => Span,
  diag: (span: Span, message: string) => void, disabled: DiagnosticCode[],
): void {
  if (!isMap(node)) {
    diag(field.valueSpan, '`newsmd` must be a map, e.g. `newsmd: { disable: [scrape-residue] }`.');
    return;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key !== 'disable') continue; // other settings may come later; unknown keys are kept
    if (!isSeq(value)) {
      diag(at(value?.range ?? (pair.key as YamlNode | null)?.range ?? undefined), '`newsmd.disable` must be a list of diagnostic codes.');
      continue;
    }
    for (const item of value.items as (YamlNode | null)[]) {
      const code = isScalar(item) ? item.value : undefined;
      if (typeof code === 'string' && isDiagnosticCode(code)) disabled.push(code);
      else diag(at(item?.range ?? value.range ?? undefined), `\`${isScalar(item) ? String(item.value) : 'this item'}\` is not a newsmd diagnostic code.`);
    }
  }
}

function afterColon(text: string, keyEnd: number): Span {
  const colon = text.indexOf(':', keyEnd);
  const lineBreak = text.indexOf('\n', keyEnd);
  const at = colon !== -1 && (lineBreak === -1 || colon < lineBreak) ? colon + 1 : keyEnd;
  return { start: at, end: at };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}
