import { parseArticle } from './article/parseArticle';
import { checkDates } from './dates/dateChecks';
import { findDates } from './dates/findDates';
import { codeInfo } from './diagnostics/codes';
import { findEntityCandidates } from './entities/candidates';
import { buildEntityMatcher, type EntityMatcher } from './entities/entityMatcher';
import { checkCorpus, checkFigureMismatches, checkFiguresInDocument } from './figures/figureChecks';
import { findFigures } from './figures/findFigures';
import { loadGazetteer } from './gazetteer/loadGazetteer';
import { checkPersons } from './persons/personChecks';
import { surnameReferences } from './persons/surnameReferences';
import { mergeSorted } from './text/mergeSorted';
import { SpanOverlaps } from './text/spanOverlaps';
import { type AnalysisSettings, type DeepPartial, withDefaults } from './settings';
import { LineIndex } from './text/lineIndex';
import type { CoreDiagnostic, DateMention, EntityMention, FigureMention, Gazetteer, ParsedArticle, SourceFile } from './types';
import type { ArticleAnalysis, CorpusSide } from './analysisKinds';

/** Where the core reports what it could not do; front ends pass their own (console, LSP log). */
export interface Logger {
  log(message: string): void;
}

/** A gazetteer with what analysis derives from it once (the name matcher). */
export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  matcher: EntityMatcher;
}

export function prepareGazetteer(files: SourceFile[]): LoadedGazetteer {
  const gazetteer = loadGazetteer(files);
  return { gazetteer, matcher: buildEntityMatcher(gazetteer) };
}

/**
 * Runs every recogniser and per-article check on one article. Pure: same inputs, same output.
 * Each stage runs inside a guard, so a bug in one check costs that check, not the analysis.
 */
export function analyzeArticle(file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, logger?: Logger): ArticleAnalysis {
  return analyzeArticleParts(file, loaded, settings, logger).analysis;
}

/**
 * What the recognisers and the checks that read one stretch of text at a time found, before
 * suppression: an incremental analysis keeps these for the text an edit did not touch.
 */
export interface LocalFindings {
  entities: EntityMention[];
  dates: DateMention[];
  figures: FigureMention[];
  /** `entity-unknown-id`, `entity-ambiguous` (from the name matcher). */
  entityDiagnostics: CoreDiagnostic[];
  dateDiagnostics: CoreDiagnostic[];
  /** `figure-gazetteer-mismatch`. */
  mismatchDiagnostics: CoreDiagnostic[];
  personDiagnostics: CoreDiagnostic[];
}

/** A stage runner that logs and falls back when a stage throws, and remembers that one did. */
export interface StageGuard {
  <T>(stage: string, fallback: T, run: () => T): T;
  failed: boolean;
}

export function stageGuard(uri: string, logger?: Logger): StageGuard {
  const guard = (<T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (err) {
      guard.failed = true;
      logger?.log(`newsmd: ${stage} failed on ${uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  }) as StageGuard;
  guard.failed = false;
  return guard;
}

/** The recognisers and one-stretch checks over `article` (whole, or a stretch of it). */
export function findLocal(article: ParsedArticle, loaded: LoadedGazetteer, settings: AnalysisSettings, guard: StageGuard): LocalFindings {
  const { gazetteer, matcher } = loaded;
  const found = guard('entity matching', { mentions: [], diagnostics: [] }, () => matcher.find(article));
  const entities = found.mentions;
  const dates = guard('date recognition', [], () => findDates(article));
  const figures = guard('figure recognition', [], () => findFigures(article, entities, dates, gazetteer, settings));
  return {
    entities,
    dates,
    figures,
    entityDiagnostics: found.diagnostics,
    dateDiagnostics: guard('date checks', [], () => checkDates(article, dates)),
    mismatchDiagnostics: guard('figure checks', [], () => checkFigureMismatches(article, figures, gazetteer, settings)),
    personDiagnostics: guard('person checks', [], () => checkPersons(article, entities, dates, gazetteer)),
  };
}

/** Puts an analysis together from its parts, in the order a whole analysis reports them. */
export function assembleAnalysis(
  article: ParsedArticle, local: LocalFindings, candidates: CoreDiagnostic[], inDocument: CoreDiagnostic[], settings: AnalysisSettings,
  gazetteer: Gazetteer, guard: StageGuard,
): ArticleAnalysis {
  const raw: CoreDiagnostic[] = [
    ...article.diagnostics,
    ...local.entityDiagnostics,
    ...candidates,
    ...local.dateDiagnostics,
    ...local.mismatchDiagnostics,
    ...inDocument,
    ...local.personDiagnostics,
  ];
  const { dates, figures } = local;
  // Family names on second reference need the whole article (the full name comes first), so they
  // join here, where the whole and the incremental analysis meet.
  const laterReferences = surnameReferences(article, local.entities);
  const entities = laterReferences.length === 0 ? local.entities : mergeSorted(local.entities, laterReferences, (e) => e.span.start);
  const linked = laterReferences.length === 0 ? null : new SpanOverlaps(laterReferences);
  const reported = linked === null ? raw : raw.filter((d) => d.code !== 'entity-candidate' || !linked.overlaps(d.span));
  // Their titles, ages and speech are checked here too ("The 54-year-old Sudani"): only the
  // sentences they stand in, so an incremental analysis pays for those alone.
  if (laterReferences.length > 0) reported.push(...guard('person checks', [], () => checkPersons(article, entities, dates, gazetteer, laterReferences)));
  return { form: 'full', article, entities, dates, figures, diagnostics: finalizeDiagnostics(article, reported, settings) };
}

/** `analyzeArticle`, also returning the parts it was assembled from. */
export function analyzeArticleParts(
  file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, logger?: Logger,
): { analysis: ArticleAnalysis; local: LocalFindings; candidates: CoreDiagnostic[]; failed: boolean } {
  const article = parseArticle(file);
  const guard = stageGuard(file.uri, logger);
  const local = findLocal(article, loaded, settings, guard);
  const candidates = guard('entity candidates', [], () => findEntityCandidates(article, local.entities, loaded.gazetteer));
  const inDocument = guard('figure checks', [], () => checkFiguresInDocument(article, local.figures));
  const analysis = assembleAnalysis(article, local, candidates, inDocument, settings, loaded.gazetteer, guard);
  return { analysis, local, candidates, failed: guard.failed };
}

/**
 * Applies suppression comments, `newsmd.lint.*` severities and the per-file cap, and sorts by
 * position. Diagnostics for other files (none today) pass through untouched.
 */
export function finalizeDiagnostics(article: ParsedArticle | null, diagnostics: CoreDiagnostic[], settings: AnalysisSettings): CoreDiagnostic[] {
  let lines: LineIndex | undefined; // built only when a diagnostic needs its line
  const out: CoreDiagnostic[] = [];
  for (const d of diagnostics) {
    const level = settings.lint[d.code] ?? codeInfo(d.code).severity;
    if (level === 'off') continue;
    if (article && d.uri === article.uri) {
      lines ??= LineIndex.of(article.text);
      const line = lines.positionAt(d.span.start).line;
      if (article.suppressions.isSuppressed(d.code, line)) continue;
    }
    out.push(level === d.severity ? d : { ...d, severity: level });
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return out.slice(0, settings.maxDiagnosticsPerFile);
}

/**
 * Cross-article checks, after suppression and severity, grouped by the article they belong to.
 * With `only`, just that article's diagnostics are finalized (a server checking one open article
 * against `corpusView`s of the rest).
 */
export function analyzeCorpus(analyses: CorpusSide[], settings: AnalysisSettings, only?: string): Map<string, CoreDiagnostic[]> {
  const byUri = new Map<string, CoreDiagnostic[]>();
  let corpus: CoreDiagnostic[] = [];
  try {
    corpus = checkCorpus(analyses, settings);
  } catch {
    corpus = [];
  }
  // Grouped once: with thousands of articles, filtering the whole list per article is quadratic.
  const found = new Map<string, CoreDiagnostic[]>();
  for (const d of corpus) {
    const list = found.get(d.uri);
    if (list) list.push(d);
    else found.set(d.uri, [d]);
  }
  for (const a of analyses) {
    if (only !== undefined && a.article.uri !== only) continue; // the others may be `corpusView`s
    const own = found.get(a.article.uri);
    byUri.set(a.article.uri, own ? finalizeDiagnostics(a.article, own, settings) : []);
  }
  return byUri;
}

export { withDefaults };
export type { AnalysisSettings, DeepPartial };
