import { analyzeArticle, analyzeCorpus, finalizeDiagnostics, type Logger, type LoadedGazetteer, prepareGazetteer } from './analyze';
import { type AnalysisSettings, type DeepPartial, withDefaults } from './settings';
import type { CoreDiagnostic, SourceFile } from './types';
import type { ArticleAnalysis } from './analysisKinds';

export interface CheckFilesInput {
  articles: SourceFile[];
  gazetteerFiles: SourceFile[];
  settings?: DeepPartial<AnalysisSettings>;
  logger?: Logger;
}

export interface CheckFilesResult {
  gazetteer: LoadedGazetteer;
  /** One per article, in input order; `diagnostics` include the cross-article ones. */
  articles: ArticleAnalysis[];
  /** Gazetteer diagnostics by gazetteer file uri, after severity settings. */
  gazetteerDiagnostics: Map<string, CoreDiagnostic[]>;
}

/**
 * A whole batch check, as the command line runs it: load the gazetteer once, analyse each
 * article, then run the cross-article checks over all of them.
 */
export function checkFiles(input: CheckFilesInput): CheckFilesResult {
  const settings = withDefaults(input.settings);
  const gazetteer = prepareGazetteer(input.gazetteerFiles);
  const analyses = input.articles.map((file) => analyzeArticle(file, gazetteer, settings, input.logger));
  const corpus = analyzeCorpus(analyses, settings);
  const articles = analyses.map((a) => {
    const extra = corpus.get(a.article.uri) ?? [];
    if (extra.length === 0) return a;
    const diagnostics = [...a.diagnostics, ...extra].sort((x, y) => x.span.start - y.span.start || x.code.localeCompare(y.code));
    return { ...a, diagnostics };
  });
  const gazetteerDiagnostics = new Map<string, CoreDiagnostic[]>();
  for (const file of gazetteer.gazetteer.files) {
    gazetteerDiagnostics.set(file.uri, finalizeDiagnostics(null, file.diagnostics, settings));
  }
  return { gazetteer, articles, gazetteerDiagnostics };
}
