import { parse } from 'yaml';

// Writing small pieces of YAML by hand, so inserted text matches the spec's hand-written style
// (`aliases: [A, B]`, `- { value: 64, as_of: 2020-01-30 }`) and nothing else in the file moves.

const PLAIN_UNSAFE_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const FLOW_INDICATORS = /[,[\]{}]/;

/** A scalar as YAML text: plain when it reads back as the same value, else double-quoted. */
export function formatScalar(value: unknown, inFlow: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return isPlainSafe(text, inFlow) ? text : JSON.stringify(text);
}

function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || text !== text.trim() || PLAIN_UNSAFE_START.test(text)) return false;
  if (/[\n\r\t]/.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (inFlow && (FLOW_INDICATORS.test(text) || /:[,[\]{}]/.test(text))) return false;
  // YAML 1.1 tools (and people) read these as booleans even where our core schema does not.
  if (YAML11_BOOLEANS.test(text)) return false;
  try {
    // `2003`, `true`, `null`, `~` would read back as something else.
    return inFlow ? sameList(parse(`[${text}]`, { schema: 'core' }), text) : parse(text, { schema: 'core' }) === text;
  } catch {
    return false;
  }
}

const YAML11_BOOLEANS = /^(?:y|n|yes|no|on|off)$/i;

function sameList(value: unknown, text: string): boolean {
  return Array.isArray(value) && value.length === 1 && value[0] === text;
}

/** A value in flow style: `[a, b]`, `{ value: 64, as_of: 2020-01-30 }`. */
export function formatFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatFlow).join(', ')}]`;
  if (isRecord(value)) {
    const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${formatScalar(k, true)}: ${formatFlow(v)}`);
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return formatScalar(value, true);
}

/**
 * Fields of an entry as block lines at `indent`: scalars and lists of scalars inline, lists of
 * maps as `- { … }` items one step deeper, maps as nested blocks.
 */
export function formatBlockFields(fields: Record<string, unknown>, indent: string, step: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const head = `${indent}${formatScalar(key, false)}:`;
    if (Array.isArray(value) && value.some((item) => Array.isArray(item) || isRecord(item))) {
      lines.push(head);
      for (const item of value) lines.push(`${indent}${step}- ${formatFlow(item)}`);
    } else if (isRecord(value) && Object.keys(value).length > 0) {
      lines.push(head, ...formatBlockFields(value, indent + step, step));
    } else {
      lines.push(`${head} ${Array.isArray(value) || isRecord(value) ? formatFlow(value) : formatScalar(value, false)}`);
    }
  }
  return lines;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line ending the file already uses. */
export function lineEndingOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Offset just after the line break that ends the line holding `offset` (text length at EOF). */
export function nextLineStart(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf === -1 ? text.length : lf + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}
