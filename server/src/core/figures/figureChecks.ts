// PLACEHOLDER — replaced by the figures work. Signature is the contract.
import type { AnalysisSettings } from '../settings';
import type { ArticleAnalysis, CoreDiagnostic, FigureMention, Gazetteer, ParsedArticle } from '../types';

/** `figure-gazetteer-mismatch`, `figure-document-conflict`, `figure-parts-exceed-total`. */
export function checkFigures(_article: ParsedArticle, _figures: FigureMention[], _gazetteer: Gazetteer, _settings: AnalysisSettings): CoreDiagnostic[] {
  return [];
}

/** `figure-corpus-conflict` across articles; returns diagnostics for any of the given articles. */
export function checkCorpus(_analyses: ArticleAnalysis[], _settings: AnalysisSettings): CoreDiagnostic[] {
  return [];
}
