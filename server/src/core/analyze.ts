import { parseArticle } from './article/parseArticle';
import { checkDates } from './dates/dateChecks';
import { findDates } from './dates/findDates';
import { codeInfo } from './diagnostics/codes';
import { findEntityCandidates } from './entities/candidates';
import { buildEntityMatcher, type EntityMatcher } from './entities/entityMatcher';
import { checkCorpus, checkFigures } from './figures/figureChecks';
import { findFigures } from './figures/findFigures';
import { loadGazetteer } from './gazetteer/loadGazetteer';
import { checkPersons } from './persons/personChecks';
import { type AnalysisSettings, type DeepPartial, withDefaults } from './settings';
import { LineIndex } from './text/lineIndex';
import type { ArticleAnalysis, CoreDiagnostic, Gazetteer, ParsedArticle, SourceFile } from './types';

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
  const article = parseArticle(file);
  const { gazetteer, matcher } = loaded;
  const guard = <T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (err) {
      logger?.log(`newsmd: ${stage} failed on ${file.uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };

  const found = guard('entity matching', { mentions: [], diagnostics: [] }, () => matcher.find(article));
  const entities = found.mentions;
  const dates = guard('date recognition', [], () => findDates(article));
  const figures = guard('figure recognition', [], () => findFigures(article, entities, dates, gazetteer, settings));

  const raw: CoreDiagnostic[] = [
    ...article.diagnostics,
    ...found.diagnostics,
    ...guard('entity candidates', [], () => findEntityCandidates(article, entities, gazetteer)),
    ...guard('date checks', [], () => checkDates(article, dates)),
    ...guard('figure checks', [], () => checkFigures(article, figures, gazetteer, settings)),
    ...guard('person checks', [], () => checkPersons(article, entities, dates, gazetteer)),
  ];
  return { article, entities, dates, figures, diagnostics: finalizeDiagnostics(article, raw, settings) };
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
 * With the gazetteer, two articles that each agree with the value valid on their own date (a
 * count that rose between them) are not reported as conflicting. With `only`, just that article's
 * diagnostics are finalized (a server checking one open article against `corpusView`s of the rest).
 */
export function analyzeCorpus(analyses: ArticleAnalysis[], settings: AnalysisSettings, gazetteer?: Gazetteer, only?: string): Map<string, CoreDiagnostic[]> {
  const byUri = new Map<string, CoreDiagnostic[]>();
  let corpus: CoreDiagnostic[] = [];
  try {
    corpus = checkCorpus(analyses, settings, gazetteer);
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
