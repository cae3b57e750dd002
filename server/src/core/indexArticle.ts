import type { LoadedGazetteer, Logger } from './analyze';
import { parseArticle } from './article/parseArticle';
import { findDates } from './dates/findDates';
import { findFigures } from './figures/findFigures';
import type { AnalysisSettings } from './settings';
import type { SourceFile } from './types';
import type { IndexedArticle } from './analysisKinds';

/**
 * What a workspace index needs of an article it is not showing: the same parse, entity mentions,
 * dates and figures (keys, values, dates) as `analyzeArticle`, without the checks that only
 * produce diagnostics (candidate names, date, figure and person checks, suppression). Those are
 * about two thirds of the cost of a full analysis and nobody reads them for a closed article
 * until it is opened, when it is analysed in full.
 *
 * The result is an `IndexedArticle`: the same summaries can be made from it as from a whole
 * analysis, but it has no diagnostics and no editor feature accepts it.
 */
export function indexArticle(file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, logger?: Logger): IndexedArticle {
  const article = parseArticle(file);
  const { gazetteer, matcher } = loaded;
  // The same guards (and fallbacks) as `analyzeArticle`, so a failing stage leaves the same result.
  const guard = <T>(stage: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (err) {
      logger?.log(`newsmd: ${stage} failed on ${file.uri}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };
  const entities = guard('entity matching', { mentions: [], diagnostics: [] }, () => matcher.find(article)).mentions;
  const dates = guard('date recognition', [], () => findDates(article));
  const figures = guard('figure recognition', [], () => findFigures(article, entities, dates, gazetteer, settings));
  return { form: 'index', article, entities, dates, figures };
}
