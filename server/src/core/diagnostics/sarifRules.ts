import type { Severity } from '../types';
import { docsUrl } from './codes';
import type { RegistryRow } from './registry';

// The SARIF 2.1.0 `rules` of `newsmd check --format sarif`, one per registry row.

export type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has no hint or information level; both are notes. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = {
  error: 'error', warning: 'warning', information: 'note', hint: 'note',
};

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

/** `figure-gazetteer-mismatch` → `FigureGazetteerMismatch`: SARIF names are identifiers. */
function ruleName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_m, _dash, ch: string) => ch.toUpperCase());
}

export function sarifRules(rows: readonly RegistryRow[]): SarifRule[] {
  return rows.map((row) => ({
    id: row.code,
    name: ruleName(row.code),
    shortDescription: { text: row.summary },
    fullDescription: { text: row.meaning },
    helpUri: docsUrl(row.code),
    defaultConfiguration: { level: SARIF_LEVEL[row.severity] },
  }));
}
