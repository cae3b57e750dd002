import type { CheckKind, RegistryRow } from './registry';

// The table of codes in docs/diagnostics/README.md, between two marker comments, and the header
// row each code's own page repeats (pages are hand-written; the drift test compares that row).

export const INDEX_START = '<!-- codes:start -->';
export const INDEX_END = '<!-- codes:end -->';

export function docsIndexTable(rows: readonly RegistryRow[]): string {
  return [
    '| code | default severity | area | meaning |',
    '|---|---|---|---|',
    ...rows.map((r) => `| [\`${r.code}\`](${r.code}.md) | ${r.severity} | ${r.area} | ${r.meaning} |`),
  ].join('\n');
}

/** The README with the text between the markers replaced by the table (blank lines around it, so Markdown sees a table). */
export function rewriteDocsIndex(text: string, rows: readonly RegistryRow[]): string {
  const start = text.indexOf(INDEX_START);
  const end = text.indexOf(INDEX_END, start);
  if (start < 0 || end < 0) throw new Error(`docs/diagnostics/README.md needs the markers ${INDEX_START} and ${INDEX_END} around the table of codes`);
  return `${text.slice(0, start + INDEX_START.length)}\n\n${docsIndexTable(rows)}\n\n${text.slice(end)}`;
}

const WHERE: Record<CheckKind, string> = {
  article: 'articles (`*.news.md`)',
  corpus: 'articles (`*.news.md`)',
  gazetteer: 'gazetteer files',
};

/** The body row of the small table under a page's title: `| **warning** | Figures | articles (…) |`. */
export function pageHeaderRow(row: RegistryRow): string {
  return `| **${row.severity}** | ${row.area} | ${WHERE[row.check.kind]} |`;
}
