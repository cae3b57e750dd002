// The rows of a benchmark run and their table.

export interface BenchSizes {
  /** True for the full run against SPEC §8; smoke runs have no targets. */
  full: boolean;
  gazetteerEntries: number;
  gazetteerFiles: number;
  articles: number;
  wordsPerArticle: number;
  longArticleWords: number;
  analysisRuns: number;
  cacheRuns: number;
  keystrokes: number;
}

export const FULL_SIZES: BenchSizes = {
  full: true,
  gazetteerEntries: 100_000,
  gazetteerFiles: 8,
  articles: 10_000,
  wordsPerArticle: 400,
  longArticleWords: 50_000,
  analysisRuns: 300,
  cacheRuns: 5,
  keystrokes: 15,
};

export const SMOKE_SIZES: BenchSizes = {
  full: false,
  gazetteerEntries: 2_000,
  gazetteerFiles: 4,
  articles: 40,
  wordsPerArticle: 200,
  longArticleWords: 3_000,
  analysisRuns: 20,
  cacheRuns: 2,
  keystrokes: 3,
};

export interface BenchRow {
  step: string;
  /** The measurement: milliseconds, or bytes when `bytes` is set. */
  ms: number;
  bytes?: boolean;
  /** SPEC §8 target in the same unit; undefined for smoke runs and rows without a target. */
  targetMs?: number;
  /** The naive way of doing this step, same unit, and what it is. */
  naiveMs?: number;
  naive?: string;
  /** A bare `charCodeAt` pass over the same text. */
  scanMs?: number;
  note?: string;
  /** A row measured on its own (the 100,000-article and the web runs), with no naive or scan column. */
  standalone?: boolean;
}

export function passes(row: BenchRow): boolean | undefined {
  return row.targetMs === undefined ? undefined : row.ms <= row.targetMs;
}

function amount(value: number, bytes: boolean | undefined): string {
  if (bytes) return `${(value / 1e6).toFixed(0)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 10) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(2)} ms`;
}

function ratio(a: number, b: number): string {
  const r = a / b;
  return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

/** A Markdown table: measured, target, PASS/FAIL, naive as a ratio, and the scan limit. */
export function formatTable(rows: BenchRow[]): string {
  const lines = [
    '| step | measured | target (SPEC §8) | result | naive way (its time, ours is N× faster) | scan limit (ours is N× slower) | notes |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const pass = passes(row);
    const result = pass === undefined ? '—' : pass ? 'PASS' : '**FAIL**';
    const naive = row.naiveMs === undefined ? '—' : `${amount(row.naiveMs, row.bytes)}, ${ratio(row.naiveMs, row.ms)} (${row.naive ?? ''})`;
    const scan = row.scanMs === undefined ? '—' : `${amount(row.scanMs, false)}, ${ratio(row.ms, row.scanMs)}`;
    const target = row.targetMs === undefined ? '—' : `≤ ${amount(row.targetMs, row.bytes)}`;
    lines.push(`| ${row.step} | ${amount(row.ms, row.bytes)} | ${target} | ${result} | ${naive} | ${scan} | ${row.note ?? ''} |`);
  }
  return lines.join('\n');
}
