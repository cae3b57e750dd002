import { LineIndex, type ArticleAnalysis, type CoreDiagnostic, type Range, type Severity, type Span } from '../core';

// The machine-readable shape of SPEC §7, built from core results. Ranges are LSP ranges in the
// file as it is on disk (front matter included), zero-based, UTF-16 columns.

export interface JsonDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
}

export interface JsonFile {
  path: string;
  published: string | null;
  entities: { id: string | null; kind: string | null; text: string; range: Range }[];
  dates: { text: string; value: string | null; precision: string | null; range: Range }[];
  figures: {
    text: string; key: string | null; unit: string; noun: string | null; min: number | null; max: number | null;
    minInclusive: boolean; maxInclusive: boolean; asOf: string | null; range: Range;
  }[];
  diagnostics: JsonDiagnostic[];
}

/** A diagnostic with its file's line index at hand, for formats that need positions. */
export interface LocatedDiagnostic {
  path: string;
  diagnostic: CoreDiagnostic;
  range: Range;
  related: { path: string; range: Range; message: string }[];
}

/** Where a span of a file is as an LSP range; files it does not know give 0:0–0:0. */
export interface Ranges {
  range(uri: string, span: Span): Range;
}

export class RangeResolver implements Ranges {
  private readonly indexes = new Map<string, LineIndex>();

  constructor(texts: Map<string, string>) {
    for (const [uri, text] of texts) this.indexes.set(uri, new LineIndex(text));
  }

  range(uri: string, span: Span): Range {
    const index = this.indexes.get(uri);
    if (!index) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return index.rangeOf(span);
  }

  locate(d: CoreDiagnostic): LocatedDiagnostic {
    return locate(d, this);
  }
}

export function locate(d: CoreDiagnostic, ranges: Ranges): LocatedDiagnostic {
  return {
    path: d.uri,
    diagnostic: d,
    range: ranges.range(d.uri, d.span),
    related: (d.related ?? []).map((r) => ({ path: r.uri, range: ranges.range(r.uri, r.span), message: r.message })),
  };
}

export function articleToJson(a: ArticleAnalysis, resolver: Ranges): JsonFile {
  const uri = a.article.uri;
  const r = (span: Span) => resolver.range(uri, span);
  return {
    path: uri,
    published: a.article.published?.value ?? null,
    entities: a.entities.map((e) => ({ id: e.id, kind: e.kind, text: e.text, range: r(e.span) })),
    dates: a.dates.map((d) => ({
      text: d.text, value: d.date?.value ?? null, precision: d.date?.precision ?? null, range: r(d.span),
    })),
    figures: a.figures.map((f) => ({
      text: f.text, key: f.key, unit: f.unit, noun: f.noun, min: f.min, max: f.max,
      minInclusive: f.minInclusive, maxInclusive: f.maxInclusive, asOf: f.date?.value ?? null, range: r(f.span),
    })),
    diagnostics: a.diagnostics.map((d) => diagnosticToJson(d, resolver)),
  };
}

export function gazetteerToJson(path: string, diagnostics: CoreDiagnostic[], resolver: Ranges): JsonFile {
  return {
    path, published: null, entities: [], dates: [], figures: [],
    diagnostics: diagnostics.map((d) => diagnosticToJson(d, resolver)),
  };
}

export function diagnosticToJson(d: CoreDiagnostic, resolver: Ranges): JsonDiagnostic {
  return { code: d.code, severity: d.severity, message: d.message, range: resolver.range(d.uri, d.span) };
}
