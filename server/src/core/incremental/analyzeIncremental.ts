// Incremental analysis: after an edit, only the paragraphs around it are read again.
//
// The recognisers (names, dates, figures) and the checks that read one sentence at a time see at
// most the sentence before (a figure's `about`), never past a blank line, so an edit changes
// what they find only in its own paragraphs and the paragraph after. Those paragraphs ("the
// stretch") are re-read with a paragraph of context on either side; what was found before the
// stretch is kept, what was found after it is kept moved by the edit's length change. Then the
// passes over the whole document run again on the merged lists: figure conflicts and parts, the
// first-occurrence rule of entity candidates, suppression, severities and the cap. Anything this
// cannot vouch for (front matter, page residue, a sentence layout that changed outside the
// stretch, a mention that crosses into it, a stage that failed) falls back to a whole analysis,
// so the result is always the one `analyzeArticle` gives.

import { type LoadedGazetteer, type LocalFindings, type Logger, analyzeArticleParts, assembleAnalysis, findLocal, stageGuard } from '../analyze';
import { parseArticle } from '../article/parseArticle';
import { findEntityCandidates } from '../entities/candidates';
import { checkFiguresInDocument } from '../figures/figureChecks';
import type { AnalysisSettings } from '../settings';
import type { CoreDiagnostic, SourceFile } from '../types';
import type { ArticleAnalysis } from '../analysisKinds';
import { Blocks } from './blocks';
import { blockCandidates } from './blockCandidates';
import { restrict } from './restrict';
import { Merger, mergeEntities } from './merger';
import { Shift } from './shift';
import { crossesEdge, sameLayoutOutside, stretchFor } from './stretch';
import { changedStretch } from '../text/textDiff';

interface IncrementalState {
  loaded: LoadedGazetteer;
  settings: AnalysisSettings;
  local: LocalFindings;
  /**
   * Entity candidates found paragraph by paragraph, each read as if the article began there
   * (no first-occurrence rule across paragraphs yet).
   */
  candidates: CoreDiagnostic[];
}

/**
 * How many analyses were made incrementally and how many whole (first versions, front matter
 * edits, fallbacks): for tests and measurements, which check that typing takes the short way.
 */
export const incrementalCounts = { incremental: 0, whole: 0, candidatePasses: 0 };

/** What an incremental analysis keeps of each analysis it made (dropped with the analysis). */
const states = new WeakMap<ArticleAnalysis, IncrementalState>();

/**
 * The analysis of `file`, the same as `analyzeArticle(file, …)` gives, computed from `previous`
 * (an earlier result of this function for an earlier version of the same document) when it can.
 */
export function analyzeArticleIncremental(
  previous: ArticleAnalysis | undefined, file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, logger?: Logger,
): ArticleAnalysis {
  const state = previous ? states.get(previous) : undefined;
  if (previous && state && state.loaded === loaded && state.settings === settings && previous.article.uri === file.uri) {
    const next = reanalyze(previous, state, file, logger);
    if (next) {
      incrementalCounts.incremental++;
      return next;
    }
  }
  incrementalCounts.whole++;
  const parts = analyzeArticleParts(file, loaded, settings, logger);
  if (!parts.failed) {
    // The per-paragraph candidates are read now, with the whole analysis, not on the first edit:
    // an open costs a little more and the first keystroke no more than the others (issue 15).
    const article = parts.analysis.article;
    const guard = stageGuard(file.uri, logger);
    const candidates = blockCandidates(article, new Blocks(article.maskedText, article.sentences), 0, article.sentences.length - 1, parts.local.entities, loaded, guard);
    if (!guard.failed) states.set(parts.analysis, { loaded, settings, local: parts.local, candidates });
  }
  return parts.analysis;
}

function reanalyze(previous: ArticleAnalysis, state: IncrementalState, file: SourceFile, logger?: Logger): ArticleAnalysis | null {
  const { loaded, settings } = state;
  const old = previous.article;
  const article = parseArticle(file, old);
  if (article.bodyStart !== old.bodyStart || article.sentences.length === 0) return null;
  const change = changedStretch([[old.text, article.text], [old.maskedText, article.maskedText]]);
  if (change.start < article.bodyStart) return null; // front matter: `published` and more may have changed
  const delta = article.text.length - old.text.length;
  const blocks = new Blocks(article.maskedText, article.sentences);
  const stretch = stretchFor(blocks, change.start, change.newEnd, delta);
  if (!sameLayoutOutside(old, article, stretch, change.newEnd, delta)) return null;
  if (crossesEdge(old.annotations, stretch.start, stretch.oldEnd) || crossesEdge(article.annotations, stretch.start, stretch.end)) return null;

  const guard = stageGuard(file.uri, logger);
  const sentences = article.sentences;
  const contextEnd = stretch.contextLast === sentences.length - 1 ? article.text.length : sentences[stretch.contextLast].end;
  const window = restrict(article, stretch.contextFirst === 0 ? article.bodyStart : sentences[stretch.contextFirst].start, contextEnd, stretch.contextFirst, stretch.contextLast);
  const fresh = findLocal(window, loaded, settings, guard);
  if (guard.failed) return null;

  const merge = new Merger(stretch, new Shift(stretch.oldEnd, delta));
  const local: LocalFindings = {
    entities: mergeEntities(merge, state.local.entities, fresh.entities),
    dates: merge.list(state.local.dates, fresh.dates, (d) => merge.shift.date(d)),
    figures: merge.list(state.local.figures, fresh.figures, (f) => merge.shift.figure(f)),
    entityDiagnostics: [
      ...merge.diagnostics(state.local.entityDiagnostics.filter(isUnknownId), fresh.entityDiagnostics.filter(isUnknownId)),
      ...merge.diagnostics(state.local.entityDiagnostics.filter((d) => !isUnknownId(d)), fresh.entityDiagnostics.filter((d) => !isUnknownId(d))),
    ],
    dateDiagnostics: merge.diagnostics(state.local.dateDiagnostics, fresh.dateDiagnostics),
    mismatchDiagnostics: merge.diagnostics(state.local.mismatchDiagnostics, fresh.mismatchDiagnostics),
    personDiagnostics: merge.diagnostics(state.local.personDiagnostics, fresh.personDiagnostics),
  };

  // Candidates: per paragraph, then the document's first-occurrence rule.
  const before = state.candidates;
  const freshCandidates = blockCandidates(article, blocks, stretch.first, stretch.last, local.entities, loaded, guard);
  const perBlock = merge.diagnostics(before, freshCandidates);
  const inDocument = guard('figure checks', [], () => checkFiguresInDocument(article, local.figures));
  if (guard.failed || merge.unsafe) return null;
  const candidates = firstOccurrences(perBlock) ?? guard('entity candidates', [], () => {
    incrementalCounts.candidatePasses++;
    return findEntityCandidates(article, local.entities, loaded.gazetteer);
  });
  if (guard.failed) return null;

  const analysis = assembleAnalysis(article, local, candidates, inDocument, settings, loaded.gazetteer, guard);
  if (guard.failed) return null;
  states.set(analysis, { loaded, settings, local, candidates: perBlock });
  return analysis;
}


function isUnknownId(d: CoreDiagnostic): boolean {
  return d.code === 'entity-unknown-id';
}

/**
 * The document's candidates from per-paragraph ones, when the first-occurrence rule drops none of
 * them (no name twice, no overlap): then they are exactly what one pass over the document finds.
 * Null otherwise: a dropped candidate may have hidden an overlapping one that the paragraph's own
 * pass never reported, so the caller reads the whole document instead.
 */
function firstOccurrences(perBlock: readonly CoreDiagnostic[]): CoreDiagnostic[] | null {
  const seen = new Set<unknown>();
  let lastEnd = -1;
  for (const d of perBlock) {
    const id = d.data?.suggestedId;
    if (seen.has(id) || d.span.start < lastEnd) return null;
    seen.add(id);
    lastEnd = d.span.end;
  }
  return perBlock.slice();
}

