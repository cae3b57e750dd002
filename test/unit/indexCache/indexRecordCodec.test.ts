// The saved index is written from the compact form the index keeps in memory and read back into
// it (issue 15): nothing is expanded to be written, nothing is made again to be read, and what
// the index answers afterwards is what it answered before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Suppressions } from '../../../server/src/core';
import { CorpusViews } from '../../../server/src/service/corpusViews';
import { IndexRecordReader, type SavedArticle } from '../../../server/src/service/indexRecordCodec';
import { MentionIndex } from '../../../server/src/service/mentionIndex';
import { type ExampleIndex, exampleIndex } from './exampleIndex';

/** Reads `records` into a fresh index (or the one given), as a warm start does; undefined if a record is refused. */
function readInto(records: unknown[], mentions = new MentionIndex()): { mentions: MentionIndex; views: CorpusViews; articles: SavedArticle[] } | undefined {
  const views = new CorpusViews(mentions.strings);
  const reader = new IndexRecordReader(mentions.strings);
  const articles: SavedArticle[] = [];
  for (const record of records) {
    const taken = reader.take(record);
    if (!taken) return undefined;
    for (const a of taken) {
      mentions.keep(a.uri, { uri: a.uri, title: a.title, data: a.data });
      views.keep(a.uri, a.view && { uri: a.uri, ...a.view });
      articles.push(a);
    }
  }
  return { mentions, views, articles };
}

/**
 * A view without its suppressions, a function no file keeps: a view suppresses nothing (`corpusView`),
 * and one read back gets a function that suppresses nothing.
 */
function withoutSuppressions<T extends { suppressions: Suppressions } | { article: { suppressions: Suppressions } } | undefined>(view: T): unknown {
  if (!view) return view;
  const { suppressions } = 'article' in view ? view.article : view;
  assert.equal(suppressions.isSuppressed('figure-corpus-conflict', 0), false);
  return 'article' in view ? { ...view, article: { ...view.article, suppressions: null } } : { ...view, suppressions: null };
}

/** What the index answers of every article: summaries, views, references and counts of every key. */
function answers(index: { mentions: MentionIndex; views: CorpusViews }, uris: string[]): unknown {
  const keys = [...index.mentions.mentionedKeys()].sort();
  return {
    summaries: uris.map((uri) => index.mentions.get(uri)),
    views: uris.map((uri) => withoutSuppressions(index.views.get(uri))),
    keys: keys.map((key) => [key, index.mentions.mentionsOf(key), index.mentions.countsOf(key), index.views.withKey(key).map((v) => v.article.uri)]),
  };
}

const urisOf = (index: ExampleIndex): string[] => index.articles.filter((_, i) => i % 4 === 0) as string[];

describe('the saved index records', () => {
  test('read into an empty table: every summary and view is kept as written, and answers as before', () => {
    const written = exampleIndex();
    const read = readInto(written.records)!;
    const uris = urisOf(written);
    assert.equal(read.articles.length, uris.length);
    read.articles.forEach((a, i) => {
      const summary = written.mentions.kept(uris[i])!;
      assert.equal(a.uri, uris[i]);
      assert.equal(a.data, summary.data, 'the same numbers: nothing made again');
      assert.equal(a.title, summary.title);
      const view = written.views.kept(uris[i]);
      assert.deepEqual(withoutSuppressions(a.view && { uri: a.uri, ...a.view }), withoutSuppressions(view));
    });
    assert.ok(read.articles.some((a) => a.view && typeof a.view.figures === 'string'), 'some views have figure codes');
    assert.deepEqual(answers(read, uris), answers(written, uris));
  });

  test('read into a table already in use (the index read again): numbers made again, the same answers', () => {
    const written = exampleIndex();
    const busy = new MentionIndex();
    for (const word of ['zulu', 'yankee', 'x-ray']) busy.strings.numberOf(word);
    const read = readInto(written.records, busy)!;
    const uris = urisOf(written);
    assert.ok(read.articles.some((a, i) => a.data !== written.mentions.kept(uris[i])!.data), 'renumbered');
    assert.deepEqual(answers(read, uris), answers(written, uris));
  });

  test('a title is one string for the summary and the view, indexed or read back', () => {
    const written = exampleIndex();
    const read = readInto(written.records)!;
    for (const index of [written, read]) {
      for (const uri of urisOf(written)) {
        const view = index.views.kept(uri);
        if (view && typeof view.data.title === 'string' && view.data.title.length >= 13) assert.ok(Object.is(view.data.title, index.mentions.kept(uri)!.title));
      }
    }
  });

  test('records that are not of this format are refused', () => {
    const { records } = exampleIndex();
    const strings = records.filter((r) => 'strings' in (r as object));
    const articles = (records.find((r) => 'articles' in (r as object)) as { articles: unknown[] }).articles;
    const withArticle = (change: (fields: unknown[]) => void): unknown[] => {
      const fields = articles.slice(0, 5);
      change(fields);
      return [...strings, { articles: fields }];
    };
    const withView = (change: (view: unknown[]) => void): unknown[] => {
      const at = articles.findIndex((f, i) => i % 5 === 4 && Array.isArray(f));
      const fields = articles.slice(at - 4, at + 1);
      const view = [...(fields[4] as unknown[])];
      change(view);
      fields[4] = view;
      return [...strings, { articles: fields }];
    };
    const cases: Record<string, unknown[]> = {
      'not an object': [...strings, 'articles'],
      'neither strings nor articles': [...strings, { summaries: [] }],
      'strings that are not': [{ strings: ['a', 7] }],
      'fields that do not make articles': [...strings, { articles: articles.slice(0, 4) }],
      'a uri that is not a string': withArticle((f) => { f[0] = 7; }),
      'a summary that is not one': withArticle((f) => { f[3] = 'not numbers'; }),
      'a summary cut short': withArticle((f) => { f[3] = (f[3] as string).slice(0, -1); }),
      'string numbers past the table': [{ strings: [] }, { articles: articles.slice(0, 5) }],
      'a view that is not a list of four': withView((v) => { v.pop(); }),
      'a figure code cut short': withView((v) => { v[2] = (v[2] as string).slice(0, -1); }),
      'keys that are not strings': withView((v) => { v[3] = [1]; }),
      'front matter data that is not an object': withView((v) => { v[0] = 'title'; }),
    };
    for (const [what, bad] of Object.entries(cases)) assert.equal(readInto(bad), undefined, what);
    assert.ok(readInto([...strings, { articles: articles.slice(0, 5) }]), 'the same record unchanged is read');
  });
});
