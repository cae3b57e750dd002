import type { LocatedDiagnostic } from './report';

// Compiler-style lines (`path:line:col: severity code message`, one-based like gcc and tsc, so
// terminals and editors can jump to them), related locations indented below, and a summary.

export function formatText(diagnostics: LocatedDiagnostic[], fileCount: number): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics) {
    counts[d.diagnostic.severity]++;
    const { line, character } = d.range.start;
    lines.push(`${d.path}:${line + 1}:${character + 1}: ${d.diagnostic.severity} ${d.diagnostic.code} ${oneLine(d.diagnostic.message)}`);
    for (const r of d.related) {
      lines.push(`  ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}: note: ${oneLine(r.message)}`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(fileCount, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${counts.information} information, ${plural(counts.hint, 'hint')}`,
  );
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
