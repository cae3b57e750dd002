import { DIAGNOSTIC_CODES } from '../core';
import { SARIF_LEVEL as LEVEL, sarifRules } from '../core/diagnostics/sarifRules';
import type { LocatedDiagnostic } from './report';

// SARIF 2.1.0, so results can feed code scanning. Regions are one-based with UTF-16 columns,
// which is SARIF's default `columnKind`.

export function formatSarif(diagnostics: LocatedDiagnostic[], version: string): string {
  const ruleIndex = sarifRuleIndex();
  return JSON.stringify(sarifLog(version, diagnostics.map((d) => sarifResult(d, ruleIndex))), null, 2) + '\n';
}

/** The rules' positions in the log's rule list, by id. */
export function sarifRuleIndex(): Map<string, number> {
  return new Map(sarifRules(DIAGNOSTIC_CODES).map((r, i) => [r.id, i]));
}

/** One diagnostic as a SARIF result. */
export function sarifResult(d: LocatedDiagnostic, ruleIndex: Map<string, number>): object {
  const region = (r: LocatedDiagnostic['range']) => ({
    startLine: r.start.line + 1, startColumn: r.start.character + 1,
    endLine: r.end.line + 1, endColumn: r.end.character + 1,
  });
  return {
    ruleId: d.diagnostic.code,
    ruleIndex: ruleIndex.get(d.diagnostic.code),
    level: LEVEL[d.diagnostic.severity],
    message: { text: d.diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(d.path) }, region: region(d.range) } }],
    ...(d.related.length > 0
      ? {
          relatedLocations: d.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: encodePath(r.path) }, region: region(r.range) },
          })),
        }
      : {}),
  };
}

/** The whole log around `results`. */
export function sarifLog(version: string, results: unknown[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'newsmd', version, informationUri: 'https://github.com/news-annotator/news-annotator', rules: sarifRules(DIAGNOSTIC_CODES) } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** SARIF artifact URIs are URI references: keep the relative path, escape what URIs reserve. */
function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
