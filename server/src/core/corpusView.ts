import type { Suppressions } from './types';
import type { CorpusView, IndexableArticle } from './analysisKinds';

const NOTHING_SUPPRESSED: Suppressions = { isSuppressed: () => false };

/**
 * What the cross-article check needs of an article that is not being edited: its uri, title
 * and keyed, dated figures — a few hundred bytes instead of the whole analysis (text, masked
 * text, sentences, every mention). A language server keeping one per article of a 10,000-article
 * workspace keeps megabytes instead of hundreds of them, and its collector has that much less to
 * trace. Only for the "others" side of `analyzeCorpus(…, only)`: its own diagnostics are never
 * finalized from this view.
 */
export function corpusView(analysis: IndexableArticle): CorpusView {
  const { article } = analysis;
  const title = article.frontMatter.data.title;
  return {
    form: 'corpus',
    article: {
      uri: article.uri,
      text: '',
      frontMatter: { span: null, contentSpan: null, fields: new Map(), data: title === undefined ? {} : { title } },
      published: article.published,
      bodyStart: 0,
      maskedText: '',
      annotations: [],
      sentences: [],
      residue: [],
      suppressions: NOTHING_SUPPRESSED,
      diagnostics: [],
    },
    entities: [],
    dates: [],
    figures: analysis.figures.filter((f) => f.key !== null && f.date !== null),
  };
}
