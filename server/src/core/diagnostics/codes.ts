import type { Severity } from '../types';
import { type DefaultSeverity, type DiagnosticCode, type RegistryRow, DOCS_FOLDER, REGISTRY } from './registry';

// Lookups over the registry (registry.ts), for the analysis and the front ends.

/** One registry row, with its code narrowed to the union. */
export type CodeInfo = RegistryRow & { code: DiagnosticCode; severity: Severity };

// registry.ts cannot import `Severity`; fail to compile if the two ever part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const SEVERITIES_AGREE: Same<Severity, DefaultSeverity> = true;
void SEVERITIES_AGREE;

export const DIAGNOSTIC_CODES: readonly CodeInfo[] = REGISTRY;

const BY_CODE = new Map(DIAGNOSTIC_CODES.map((c) => [c.code, c]));

export function codeInfo(code: DiagnosticCode): CodeInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`unknown diagnostic code ${code}`);
  return info;
}

export function isDiagnosticCode(text: string): text is DiagnosticCode {
  return BY_CODE.has(text as DiagnosticCode);
}

/** Where each code is documented; front ends put it in `codeDescription.href`, generators in links. */
export const DOCS_BASE_URL = `https://github.com/news-annotator/news-annotator/blob/main/${DOCS_FOLDER}`;

export function docsUrl(code: string): string {
  return `${DOCS_BASE_URL}${code}.md`;
}
