import type { ArticleAnalysis, CoreDiagnostic } from '../core';
import type { OutputFormat } from './args';
import { sarifLog, sarifResult, sarifRuleIndex } from './formatSarif';
import { formatTextDiagnostic, formatTextSummary, type SeverityCounts } from './formatText';
import { articleToJson, diagnosticToJson, gazetteerToJson, locate, type Ranges } from './report';

// One file's share of a `check` report, rendered as soon as the file is analysed, and the report
// written file by file. The text, JSON and SARIF outputs are exactly what formatting the whole run
// at once gives (`formatText`, `JSON.stringify(…, null, 2)`, `formatSarif`): a JSON document is
// written piece by piece with the indentation `JSON.stringify` would give each piece in place.

export interface RenderOptions {
  format: OutputFormat;
  /** `--quiet`: errors only. */
  quiet: boolean;
  color: boolean;
}

/**
 * A file's part of the report: `head` (JSON: the file object up to its `diagnostics` list; empty
 * for text and SARIF) and one rendered item per diagnostic shown. A record that may still get
 * corpus diagnostics keeps each item's sort keys (span start and code), to merge them in order.
 */
export interface FileRecord {
  head: string;
  items: string[];
  starts?: number[];
  codes?: string[];
}

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

export function addCounts(into: SeverityCounts, from: SeverityCounts): void {
  into.error += from.error;
  into.warning += from.warning;
  into.information += from.information;
  into.hint += from.hint;
}

export function countSeverities(diagnostics: readonly CoreDiagnostic[], into: SeverityCounts = emptyCounts()): SeverityCounts {
  for (const d of diagnostics) into[d.severity]++;
  return into;
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` spaces deep. */
function jsonAt(value: unknown, depth: number): string {
  const pad = ' '.repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

// Depths in the pretty-printed documents: a file object of `{ "files": [ … ] }`, a diagnostic in
// its `diagnostics`, a result in the SARIF log's `runs[0].results`.
const FILE_DEPTH = 4;
const DIAGNOSTIC_DEPTH = 8;
const RESULT_DEPTH = 8;
const JSON_DIAGNOSTICS_END = `]\n${' '.repeat(FILE_DEPTH)}}`;

export class FileRenderer {
  private ruleIndex: Map<string, number> | undefined;

  constructor(readonly options: RenderOptions) {}

  /** The diagnostics the report shows (`--quiet`: errors only). */
  shown(diagnostics: CoreDiagnostic[]): CoreDiagnostic[] {
    return this.options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  }

  /** One diagnostic, rendered for the format. */
  item(d: CoreDiagnostic, ranges: Ranges): string {
    switch (this.options.format) {
      case 'text':
        return `${formatTextDiagnostic(locate(d, ranges), { color: this.options.color })}\n`;
      case 'json':
        return jsonAt(diagnosticToJson(d, ranges), DIAGNOSTIC_DEPTH);
      case 'sarif':
        this.ruleIndex ??= sarifRuleIndex();
        return jsonAt(sarifResult(locate(d, ranges), this.ruleIndex), RESULT_DEPTH);
    }
  }

  /** An article's record; `mergeable` keeps the sort keys (it has figures in the corpus index). */
  article(a: ArticleAnalysis, ranges: Ranges, mergeable: boolean): FileRecord {
    const shown = this.shown(a.diagnostics);
    const head = this.options.format === 'json' ? jsonHead(articleToJson({ ...a, diagnostics: [] }, ranges)) : '';
    return this.record(head, shown, ranges, mergeable);
  }

  gazetteer(uri: string, diagnostics: CoreDiagnostic[], ranges: Ranges): FileRecord {
    const head = this.options.format === 'json' ? jsonHead(gazetteerToJson(uri, [], ranges)) : '';
    return this.record(head, this.shown(diagnostics), ranges, false);
  }

  private record(head: string, shown: CoreDiagnostic[], ranges: Ranges, mergeable: boolean): FileRecord {
    const record: FileRecord = { head, items: shown.map((d) => this.item(d, ranges)) };
    if (mergeable) {
      record.starts = shown.map((d) => d.span.start);
      record.codes = shown.map((d) => d.code);
    }
    return record;
  }
}

/** The file object up to and including `"diagnostics": [`. */
function jsonHead(file: object): string {
  const whole = jsonAt(file, FILE_DEPTH);
  return whole.slice(0, whole.length - JSON_DIAGNOSTICS_END.length);
}

/**
 * The record with `extra` (its corpus diagnostics shown, in their order, with their sort keys)
 * merged in as a batch check merges them: when the article got any corpus diagnostic (`resort`,
 * even one `--quiet` hides), own diagnostics then the corpus ones, stably sorted by span start
 * and code; else the record as it is.
 */
export function mergeItems(record: FileRecord, extra: { start: number; code: string; item: string }[], resort: boolean): FileRecord {
  if (!resort) return record;
  const starts = record.starts ?? [];
  const codes = record.codes ?? [];
  const all = record.items.map((item, i) => ({ start: starts[i], code: codes[i], item }));
  all.push(...extra);
  all.sort((x, y) => x.start - y.start || x.code.localeCompare(y.code));
  return { head: record.head, items: all.map((x) => x.item) };
}

/** A record's text in the document: a file object (JSON), results (SARIF) or lines (text). */
export function composeRecord(record: FileRecord, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return record.items.join('');
    case 'sarif':
      return record.items.join(',\n');
    case 'json':
      return record.head + (record.items.length > 0 ? `\n${record.items.join(',\n')}\n${' '.repeat(FILE_DEPTH + 2)}]` : ']') + `\n${' '.repeat(FILE_DEPTH)}}`;
  }
}

/**
 * Writes a report file by file through `out`, in chunks of about `chunkChars`: the opening of
 * the document, each file's part, and the end (the text summary, closing brackets).
 */
export class ReportWriter {
  private buffer: string[] = [];
  private buffered = 0;
  private empty = true;
  private readonly sarifEnds: [string, string] | null;

  constructor(private readonly format: OutputFormat, private readonly out: (text: string) => void, version: string, private readonly chunkChars = 1 << 16) {
    if (format === 'sarif') {
      const doc = JSON.stringify(sarifLog(version, []), null, 2);
      const at = doc.lastIndexOf('"results": []') + '"results": ['.length;
      this.sarifEnds = [doc.slice(0, at), doc.slice(at + 1)];
    } else {
      this.sarifEnds = null;
    }
    if (format === 'json') this.write('{\n  "files": [');
    if (this.sarifEnds) this.write(this.sarifEnds[0]);
  }

  file(record: FileRecord): void {
    const text = composeRecord(record, this.format);
    if (this.format === 'text') {
      if (text !== '') this.write(text);
      return;
    }
    if (this.format === 'sarif' && text === '') return;
    this.write(this.empty ? `\n${text}` : `,\n${text}`);
    this.empty = false;
  }

  /** Ends the document; `summary` is the text format's last line. */
  end(summary: { counts: SeverityCounts; fileCount: number; color: boolean }): void {
    switch (this.format) {
      case 'text':
        this.write(`${formatTextSummary(summary.counts, summary.fileCount, { color: summary.color })}\n`);
        break;
      case 'json':
        this.write(this.empty ? ']\n}\n' : '\n  ]\n}\n');
        break;
      case 'sarif':
        this.write(`${this.empty ? ']' : '\n      ]'}${this.sarifEnds?.[1]}\n`);
        break;
    }
    this.flush();
  }

  private write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= this.chunkChars) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    this.out(this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }
}
