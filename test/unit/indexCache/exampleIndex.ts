// The example corpus's workspace index in its compact form, and the records the saved index is
// written as: shared by the store's tests and the record codec's.
import { LineIndex, analyzeArticle, corpusView, withDefaults } from '../../../server/src/core';
import { CorpusViews } from '../../../server/src/service/corpusViews';
import { type SnapshotArticles, indexRecords } from '../../../server/src/service/indexRecordCodec';
import { MentionIndex, summarizeArticle } from '../../../server/src/service/mentionIndex';
import { exampleArticles, exampleGazetteer } from './examples';

export interface ExampleIndex {
  mentions: MentionIndex;
  views: CorpusViews;
  /** What `persistIndex` snapshots: per article its uri, digest, compact summary and kept view. */
  articles: SnapshotArticles;
  records: unknown[];
}

/** The examples indexed as the server indexes them (full analyses; `digest` stands for the store's). */
export function exampleIndex(digest: (text: string) => string = (text) => `${text.length}`): ExampleIndex {
  const loaded = exampleGazetteer();
  const mentions = new MentionIndex();
  const views = new CorpusViews(mentions.strings);
  const articles: SnapshotArticles = [];
  for (const file of exampleArticles()) {
    const analysis = analyzeArticle(file, loaded, withDefaults({}));
    mentions.set(summarizeArticle(analysis, LineIndex.of(file.text)));
    const view = corpusView(analysis);
    views.set(file.uri, view.figures.length > 0 ? view : null);
    articles.push(file.uri, digest(file.text), mentions.kept(file.uri), views.kept(file.uri));
  }
  return { mentions, views, articles, records: [...indexRecords(mentions.strings, mentions.strings.size, articles)] };
}
