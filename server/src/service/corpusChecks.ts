import { type AnalysisSettings, type CoreDiagnostic, type CorpusSide, type CorpusView, analyzeCorpus } from '../core';
import type { Analysed } from './analysisCache';
import type { CorpusViews } from './corpusViews';

/** An article's own diagnostics plus its corpus conflicts with the other articles' views. */
export function withCorpusConflicts(analysed: Analysed, views: CorpusViews, settings: AnalysisSettings): CoreDiagnostic[] {
  const own = analysed.analysis.diagnostics;
  const keys = new Set(analysed.analysis.figures.map((f) => f.key).filter((k): k is string => k !== null));
  if (keys.size === 0) return own;
  const peers = views.peersOf(keys, analysed.uri);
  if (peers.length === 0) return own;
  const sides: CorpusSide[] = [analysed.analysis, ...peers.map((uri) => views.get(uri)).filter((a): a is CorpusView => !!a)];
  // Only this article's diagnostics are finalized: the peers are views, not whole analyses.
  const corpus = analyzeCorpus(sides, settings, analysed.uri).get(analysed.uri) ?? [];
  return corpus.length === 0 ? own : [...own, ...corpus].sort((a, b) => a.span.start - b.span.start);
}

/** What other articles' corpus checks see of an article (its keyed, dated figures), as a string to compare. */
export function corpusSignature(view: CorpusView | null | undefined): string {
  return view ? JSON.stringify(view.figures.map((f) => [f.key, f.unit, f.min, f.max, f.minInclusive, f.maxInclusive, f.date])) : '';
}
