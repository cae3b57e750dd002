import { finalizeDiagnostics, type AnalysisSettings, type CoreDiagnostic, type PreciseDate, type Range, type Span } from '../core';
import { corpusDiagnostics, type CorpusEntry, type CorpusEntryFigure } from '../core/corpusEntries';
import type { Ranges } from './report';

// The corpus index of one workspace group in a streamed `check`: every keyed, dated figure of
// the run in columns (typed arrays; keys, dates and units interned), the uri and title of each
// article that has one. About 100 bytes a figure and 100 an article with figures, where the
// entries as objects would take several hundred; a million articles fit. The corpus check runs
// one key at a time (figures of different keys are never compared), on entries rebuilt for that
// key only, so the objects `checkCorpus` needs exist for one key's figures at a time.

class Column<T extends Float64Array | Uint32Array | Uint8Array> {
  constructor(public data: T, private readonly make: (n: number) => T) {}

  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const grown = this.make(Math.max(i + 1, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] = value;
  }
}

const f64 = () => new Column(new Float64Array(256), (n) => new Float64Array(n));
const u32 = () => new Column(new Uint32Array(256), (n) => new Uint32Array(n));
const u8 = () => new Column(new Uint8Array(256), (n) => new Uint8Array(n));

const MIN_INCLUSIVE = 1;
const MAX_INCLUSIVE = 2;
const SUPPRESSED = 4;

class Interned<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string, value: T): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(name, id);
    }
    return id;
  }
}

export class CorpusIndex {
  private readonly uris: string[] = [];
  private readonly titles: (string | undefined)[] = [];
  private readonly seqs = u32();
  private figures = 0;
  private readonly article = u32();
  private readonly start = u32();
  private readonly end = u32();
  private readonly min = f64();
  private readonly max = f64();
  private readonly flags = u8();
  /** start line, start character, end line, end character */
  private readonly range = u32();
  private readonly key = u32();
  private readonly date = u32();
  private readonly unit = u32();
  private readonly text: string[] = [];
  private readonly keys = new Interned<string>();
  private readonly dates = new Interned<PreciseDate>();
  private readonly units = new Interned<CorpusEntryFigure['unit']>();

  /** Adds article `seq`'s entry (articles may arrive in any order). */
  add(seq: number, entry: CorpusEntry): void {
    const a = this.uris.length;
    this.uris.push(entry.uri);
    this.titles.push(entry.title);
    this.seqs.set(a, seq);
    for (const f of entry.figures) {
      const i = this.figures++;
      this.article.set(i, a);
      this.start.set(i, f.span.start);
      this.end.set(i, f.span.end);
      this.min.set(i, f.min ?? NaN);
      this.max.set(i, f.max ?? NaN);
      this.flags.set(i, (f.minInclusive ? MIN_INCLUSIVE : 0) | (f.maxInclusive ? MAX_INCLUSIVE : 0) | (f.suppressed ? SUPPRESSED : 0));
      const r = f.range;
      this.range.set(4 * i + 3, r.end.character);
      this.range.set(4 * i, r.start.line);
      this.range.set(4 * i + 1, r.start.character);
      this.range.set(4 * i + 2, r.end.line);
      this.key.set(i, this.keys.id(f.key, f.key));
      const d = f.date;
      this.date.set(i, this.dates.id(`${d.value}|${d.precision}|${d.start}|${d.end}`, d));
      this.unit.set(i, this.units.id(f.unit, f.unit));
      this.text.push(f.text);
    }
  }

  private figure(i: number): CorpusEntryFigure {
    const min = this.min.data[i];
    const max = this.max.data[i];
    const flags = this.flags.data[i];
    const r = this.range.data;
    return {
      span: { start: this.start.data[i], end: this.end.data[i] },
      text: this.text[i],
      unit: this.units.values[this.unit.data[i]],
      min: Number.isNaN(min) ? null : min,
      max: Number.isNaN(max) ? null : max,
      minInclusive: (flags & MIN_INCLUSIVE) !== 0,
      maxInclusive: (flags & MAX_INCLUSIVE) !== 0,
      key: this.keys.values[this.key.data[i]],
      date: this.dates.values[this.date.data[i]],
      suppressed: (flags & SUPPRESSED) !== 0,
      range: { start: { line: r[4 * i], character: r[4 * i + 1] }, end: { line: r[4 * i + 2], character: r[4 * i + 3] } },
    };
  }

  /**
   * `figure-corpus-conflict` for every article, by its `seq`, finalized as `analyzeCorpus`
   * finalizes it; `render` sees each diagnostic with the ranges of its key's figures (the only
   * places corpus diagnostics point at) and returns what the report keeps of it.
   */
  check<T>(settings: AnalysisSettings, render: (d: CoreDiagnostic, ranges: Ranges) => T): Map<number, { diagnostics: CoreDiagnostic[]; rendered: Map<CoreDiagnostic, T> }> {
    // Figures by key, in input order: article seq, then position in the article.
    const order = Array.from({ length: this.figures }, (_, i) => i);
    const seqOf = (i: number) => this.seqs.data[this.article.data[i]];
    order.sort((x, y) => this.key.data[x] - this.key.data[y] || seqOf(x) - seqOf(y) || x - y);
    const out = new Map<number, { diagnostics: CoreDiagnostic[]; rendered: Map<CoreDiagnostic, T> }>();
    for (let from = 0; from < order.length;) {
      let to = from + 1;
      while (to < order.length && this.key.data[order[to]] === this.key.data[order[from]]) to++;
      if (to - from >= 2) this.checkKey(order.slice(from, to), settings, render, out);
      from = to;
    }
    // An article with figures of several keys: one finalized list (sorted, capped) over all.
    for (const found of out.values()) {
      if (found.diagnostics.length > 1) found.diagnostics = finalizeDiagnostics(null, found.diagnostics, settings);
    }
    return out;
  }

  private checkKey<T>(figures: number[], settings: AnalysisSettings, render: (d: CoreDiagnostic, ranges: Ranges) => T,
    out: Map<number, { diagnostics: CoreDiagnostic[]; rendered: Map<CoreDiagnostic, T> }>): void {
    const entries: CorpusEntry[] = [];
    const seqByUri = new Map<string, number>();
    let last = -1;
    for (const i of figures) {
      const a = this.article.data[i];
      if (a !== last) {
        const title = this.titles[a];
        entries.push(title === undefined ? { uri: this.uris[a], figures: [] } : { uri: this.uris[a], title, figures: [] });
        seqByUri.set(this.uris[a], this.seqs.data[a]);
        last = a;
      }
      entries[entries.length - 1].figures.push(this.figure(i));
    }
    const found = corpusDiagnostics(entries, settings);
    if (found.size === 0) return;
    const byUri = new Map(entries.map((e) => [e.uri, e]));
    const ranges: Ranges = {
      range(uri: string, span: Span): Range {
        const f = byUri.get(uri)?.figures.find((x) => x.span.start === span.start && x.span.end === span.end);
        return f ? f.range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      },
    };
    for (const [uri, list] of found) {
      const seq = seqByUri.get(uri);
      if (seq === undefined) continue;
      let slot = out.get(seq);
      if (!slot) out.set(seq, (slot = { diagnostics: [], rendered: new Map() }));
      for (const d of list) {
        slot.diagnostics.push(d);
        slot.rendered.set(d, render(d, ranges));
      }
    }
  }
}
