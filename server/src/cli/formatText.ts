import type { Severity } from '../core';
import type { LocatedDiagnostic } from './report';

// Compiler-style lines (`path:line:col: severity code message`, one-based like gcc and tsc, so
// terminals and editors can jump to them), related locations indented below, and a summary.

const SGR = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', underline: '\x1b[4m' };
const SEVERITY_COLOR = { error: SGR.red, warning: SGR.yellow, information: SGR.blue, hint: SGR.dim };

export type SeverityCounts = Record<Severity, number>;

/** Colours as ESLint's stylish output does: the path underlined, the severity by level, the code dim. */
export function formatText(diagnostics: LocatedDiagnostic[], fileCount: number, options: { color?: boolean } = {}): string {
  const lines: string[] = [];
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics) {
    counts[d.diagnostic.severity]++;
    lines.push(formatTextDiagnostic(d, options));
  }
  lines.push(formatTextSummary(counts, fileCount, options));
  return lines.join('\n') + '\n';
}

/** One diagnostic's line and its related locations' lines, joined by newlines (no newline at the end). */
export function formatTextDiagnostic(d: LocatedDiagnostic, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${SGR.reset}` : text);
  const { line, character } = d.range.start;
  const severity = paint(SEVERITY_COLOR[d.diagnostic.severity], d.diagnostic.severity);
  const lines = [`${paint(SGR.underline, `${d.path}:${line + 1}:${character + 1}`)}: ${severity} ${paint(SGR.dim, d.diagnostic.code)} ${oneLine(d.diagnostic.message)}`];
  for (const r of d.related) {
    lines.push(`  ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}: note: ${oneLine(r.message)}`);
  }
  return lines.join('\n');
}

/** `N files checked: …`, counting the diagnostics shown. */
export function formatTextSummary(counts: SeverityCounts, fileCount: number, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${SGR.reset}` : text);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(fileCount, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
    `${counts.information} information, ${plural(counts.hint, 'hint')}`;
  return paint(SGR.bold + (counts.error > 0 ? SGR.red : counts.warning > 0 ? SGR.yellow : ''), summary);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
