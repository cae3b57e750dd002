import { createHash } from 'node:crypto';
import {
  LineIndex, analyzeArticle, finalizeDiagnostics, prepareGazetteerCached, type AnalysisSettings, type CachedGazetteer,
  type GazetteerCacheStore, type LoadedGazetteer, type Logger, type Range, type SourceFile, type Span,
} from '../core';
import { corpusEntry, type CorpusEntry } from '../core/corpusEntries';
import { EntityTable } from '../core/gazetteer/entityTable';
import { FileRenderer, countSeverities, type FileRecord, type RenderOptions } from './fileReport';
import type { SeverityCounts } from './formatText';
import type { Ranges } from './report';

// What `newsmd check` does with one article, in a worker thread or in the main thread alike:
// analyse it, render its part of the report, and keep of it only its counts and its compact
// corpus entry. The analysis is garbage as soon as this returns.

/** One workspace group, as a worker (or the main thread) holds it: the gazetteer loaded once. */
export interface GroupContext {
  loaded: LoadedGazetteer;
  settings: AnalysisSettings;
  gazetteerSources: SourceFile[];
  /** Line indexes of the gazetteer files, built when a range in them is first asked for. */
  gazetteerLines: Map<string, LineIndex>;
}

/** A loaded gazetteer in its cache form (plain data and typed arrays), for the other workers. */
export interface SharedGazetteer {
  key: string;
  value: CachedGazetteer;
}

/**
 * Opens a group: loads its gazetteer, from `shared` when another thread already loaded the same
 * files (the core's gazetteer cache format: restoring it builds nothing and takes a fraction of
 * the time and memory of reading the YAML), else from the files. Returns the cache form of what
 * it loaded when `share` asks for it.
 */
export function openGroupContext(gazetteerSources: SourceFile[], settings: AnalysisSettings, shared?: SharedGazetteer, share = false): { ctx: GroupContext; shared?: SharedGazetteer } {
  let written: SharedGazetteer | undefined;
  const store: GazetteerCacheStore = {
    digest: (text) => createHash('sha1').update(text).digest('hex'),
    build: 'newsmd-check-run',
    read: (key) => (shared && shared.key === key ? shared.value : undefined),
    write: (key, value) => {
      if (share) written = { key, value };
    },
  };
  const { loaded } = prepareGazetteerCached(gazetteerSources, store);
  // A check analyses one article at a time and never comes back to it: a thousand built entities
  // hold what one article names, and each analysing thread keeps ~3 MB less than with the default.
  if (loaded.gazetteer.entities instanceof EntityTable) loaded.gazetteer.entities.builtLimit = CHECK_BUILT_ENTITIES;
  return { ctx: { loaded, settings, gazetteerSources, gazetteerLines: new Map() }, shared: written };
}

/** Built entities a check thread keeps (see `EntityTable.builtLimit`). */
const CHECK_BUILT_ENTITIES = 1024;

const NOWHERE = (): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

/** Ranges in the group's gazetteer files and, when given, one article. */
function groupRanges(ctx: GroupContext, article?: { uri: string; lines: LineIndex }): Ranges {
  return {
    range(uri: string, span: Span): Range {
      if (article && uri === article.uri) return article.lines.rangeOf(span);
      let lines = ctx.gazetteerLines.get(uri);
      if (!lines) {
        const source = ctx.gazetteerSources.find((s) => s.uri === uri);
        if (!source) return NOWHERE();
        lines = new LineIndex(source.text);
        ctx.gazetteerLines.set(uri, lines);
      }
      return lines.rangeOf(span);
    },
  };
}

export interface GazetteerReport {
  uri: string;
  record: FileRecord;
  counts: SeverityCounts;
}

/** The group's gazetteer files' diagnostics (after severity settings), rendered, in the group's order. */
export function gazetteerReports(ctx: GroupContext, renderer: FileRenderer): GazetteerReport[] {
  const byUri = new Map<string, ReturnType<typeof finalizeDiagnostics>>();
  for (const file of ctx.loaded.gazetteer.files) byUri.set(file.uri, finalizeDiagnostics(null, file.diagnostics, ctx.settings));
  const ranges = groupRanges(ctx);
  return ctx.gazetteerSources.map((g) => {
    const diagnostics = byUri.get(g.uri) ?? [];
    return { uri: g.uri, record: renderer.gazetteer(g.uri, diagnostics, ranges), counts: countSeverities(diagnostics) };
  });
}

export interface CheckedArticle {
  /** Every diagnostic of the article by severity (shown or not), for the exit status. */
  counts: SeverityCounts;
  /** Its keyed, dated figures for the corpus check; null when it has none. */
  entry: CorpusEntry | null;
  record: FileRecord;
}

export function checkArticle(source: SourceFile, ctx: GroupContext, renderer: FileRenderer, logger?: Logger): CheckedArticle {
  const analysis = analyzeArticle(source, ctx.loaded, ctx.settings, logger);
  const entry = corpusEntry(analysis);
  const ranges = groupRanges(ctx, { uri: analysis.article.uri, lines: LineIndex.of(analysis.article.text) });
  return { counts: countSeverities(analysis.diagnostics), entry, record: renderer.article(analysis, ranges, entry !== null) };
}

export type { RenderOptions };
