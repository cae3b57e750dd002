import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { type CoreDiagnostic, type LineIndex, type Severity, docsUrl } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Resolves spans of any file the diagnostic may point to (related information can be elsewhere). */
export type LinesOf = (uri: string) => LineIndex | undefined;

/**
 * A core diagnostic as the client sees it: a documented code, related information, and the
 * core's `data` passed through (code actions re-derive it from the cache anyway, since not every
 * client sends `data` back).
 */
export function toLspDiagnostic(d: CoreDiagnostic, lines: LineIndex, linesOf: LinesOf): Diagnostic {
  const out: Diagnostic = {
    range: lines.rangeOf(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: docsUrl(d.code) },
    source: 'newsmd',
    message: d.message,
  };
  if (d.code === 'scrape-residue') out.tags = [DiagnosticTag.Unnecessary];
  const related = (d.related ?? []).flatMap((r) => {
    const other = r.uri === d.uri ? lines : linesOf(r.uri);
    return other ? [{ location: { uri: r.uri, range: other.rangeOf(r.span) }, message: r.message }] : [];
  });
  if (related.length > 0) out.relatedInformation = related;
  if (d.data !== undefined) out.data = d.data;
  return out;
}
