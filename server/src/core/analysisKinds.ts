import type { CoreDiagnostic, DateMention, EntityMention, FigureMention, ParsedArticle } from './types';

// One type per kind of analysis, told apart by `form`, so that a partial one can never be shown
// as an article's analysis: the compiler refuses an `IndexedArticle` or a `CorpusView` where an
// editor feature wants an `ArticleAnalysis`.

/** What every kind has: the parsed article and what was recognised in it. */
export interface ArticleFacts {
  article: ParsedArticle;
  entities: EntityMention[];
  dates: DateMention[];
  figures: FigureMention[];
}

/** A whole analysis, checks included: what an editor shows and the command line reports. */
export interface ArticleAnalysis extends ArticleFacts {
  readonly form: 'full';
  /** After suppression and severity settings. */
  diagnostics: CoreDiagnostic[];
}

/**
 * What a workspace index makes of an article it is not showing (`indexArticle`): mentions,
 * dates and figures, none of the checks. It has no diagnostics, not even an empty list.
 */
export interface IndexedArticle extends ArticleFacts {
  readonly form: 'index';
}

/**
 * What a corpus check sees of another article (`corpusView`): its uri, title and publication
 * date, and its keyed, dated figures; the text and every other mention are dropped.
 */
export interface CorpusView extends ArticleFacts {
  readonly form: 'corpus';
}

/** What the workspace index can be made from. */
export type IndexableArticle = ArticleAnalysis | IndexedArticle;

/** One side of a cross-article comparison: the article being checked (whole) or another one (a view). */
export type CorpusSide = ArticleAnalysis | CorpusView;
