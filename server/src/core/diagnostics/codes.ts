import type { DiagnosticCode, Severity } from '../types';

/** One row per diagnostic code: its default severity and a one-line summary for docs and settings. */
export interface CodeInfo {
  code: DiagnosticCode;
  severity: Severity;
  summary: string;
}

export const DIAGNOSTIC_CODES: readonly CodeInfo[] = [
  { code: 'figure-gazetteer-mismatch', severity: 'warning', summary: "A figure misses the gazetteer value valid at the figure's date." },
  { code: 'figure-document-conflict', severity: 'warning', summary: 'Two figures of the same key and date in one article do not overlap.' },
  { code: 'figure-corpus-conflict', severity: 'information', summary: 'Another article of the same days gives a non-overlapping figure of the same key.' },
  { code: 'figure-parts-exceed-total', severity: 'error', summary: 'The parts of a figure add up to more than its total.' },
  { code: 'date-weekday-mismatch', severity: 'warning', summary: 'A weekday written next to a date is not that date’s weekday.' },
  { code: 'person-age-mismatch', severity: 'warning', summary: 'A stated age disagrees with the person’s birth date.' },
  { code: 'person-role-mismatch', severity: 'warning', summary: 'A title next to a name is not a role the person held on that date.' },
  { code: 'date-after-publication', severity: 'warning', summary: 'An explicit date later than the publication date, with no future cue.' },
  { code: 'person-deceased', severity: 'warning', summary: 'A person speaks after their recorded death.' },
  { code: 'missing-publication-date', severity: 'warning', summary: 'No valid `published` date; relative dates stay unresolved.' },
  { code: 'front-matter-invalid', severity: 'error', summary: 'The front matter is not valid YAML or has wrong types.' },
  { code: 'entity-unknown-id', severity: 'error', summary: 'An annotation names an id the gazetteer does not have.' },
  { code: 'entity-ambiguous', severity: 'information', summary: 'An alias shared by several entities.' },
  { code: 'entity-candidate', severity: 'hint', summary: 'A titled or organisation-like name the gazetteer lacks.' },
  { code: 'scrape-residue', severity: 'information', summary: 'Page residue (teasers, related links, share rows, comment prompts) around or inside the article.' },
  { code: 'gazetteer-syntax', severity: 'error', summary: 'A YAML syntax error in a gazetteer file.' },
  { code: 'gazetteer-schema', severity: 'error', summary: 'A gazetteer entry breaks the schema.' },
  { code: 'gazetteer-duplicate-id', severity: 'error', summary: 'The same id defined twice, across files or kinds.' },
  { code: 'gazetteer-alias-collision', severity: 'warning', summary: 'The same alias on two entities.' },
];

const BY_CODE = new Map(DIAGNOSTIC_CODES.map((c) => [c.code, c]));

export function codeInfo(code: DiagnosticCode): CodeInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`unknown diagnostic code ${code}`);
  return info;
}

export function isDiagnosticCode(text: string): text is DiagnosticCode {
  return BY_CODE.has(text as DiagnosticCode);
}

/** Where each code is documented; front ends put it in `codeDescription.href`. */
export const DOCS_BASE_URL = 'https://github.com/news-annotator/news-annotator/blob/main/docs/diagnostics/';

export function docsUrl(code: DiagnosticCode): string {
  return `${DOCS_BASE_URL}${code}.md`;
}
