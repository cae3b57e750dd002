import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex, analyzeArticle, corpusView, withDefaults } from '../../../server/src/core';
import { indexArticle } from '../../../server/src/core/indexArticle';
import { summarizeArticle } from '../../../server/src/service/mentionIndex';
import { exampleArticles, exampleGazetteer } from './examples';

// Indexing a closed article skips the diagnostic checks; what the index keeps of it must be
// exactly what a full analysis gives, or references, code lenses and corpus checks would differ
// between a workspace indexed at start and one whose articles were opened.

const loaded = exampleGazetteer();
const settings = withDefaults({});

describe('indexArticle', () => {
  for (const file of exampleArticles()) {
    test(`gives the full analysis' mentions, dates, figures and summary: ${file.uri.split('/').pop()}`, () => {
      const full = analyzeArticle(file, loaded, settings);
      const indexed = indexArticle(file, loaded, settings);
      assert.deepEqual(indexed.entities, full.entities);
      assert.deepEqual(indexed.dates, full.dates);
      assert.deepEqual(indexed.figures, full.figures);
      assert.deepEqual(indexed.article.published, full.article.published);
      assert.deepEqual(indexed.article.annotations, full.article.annotations);
      assert.equal(indexed.form, 'index', 'no checks run: it is not an analysis to show');
      assert.ok(!('diagnostics' in indexed), 'it has no diagnostics, not even an empty list');
      const lines = LineIndex.of(file.text);
      assert.deepEqual(summarizeArticle(indexed, lines), summarizeArticle(full, lines));
      assert.deepEqual(corpusView(indexed), corpusView(full));
    });
  }

  test('the examples exercise what the index keeps: mentions, keyed and dated figures, annotations', () => {
    const indexed = exampleArticles().map((f) => indexArticle(f, loaded, settings));
    assert.ok(indexed.some((a) => a.entities.some((e) => e.id !== null)));
    assert.ok(indexed.some((a) => a.figures.some((f) => f.key !== null && f.date !== null)));
    assert.ok(indexed.some((a) => a.article.annotations.length > 0));
    assert.ok(indexed.some((a) => a.dates.some((d) => d.date !== null)));
  });

  test('junk and empty texts are indexed without throwing, as they are analysed', () => {
    for (const text of ['', '---\n', '---\npublished: [\n---\n\u0000\u0001 binary \uffff', 'x'.repeat(200_000)]) {
      const file = { uri: 'file:///ws/junk.news.md', text };
      const full = analyzeArticle(file, loaded, settings);
      const indexed = indexArticle(file, loaded, settings);
      assert.deepEqual(indexed.entities, full.entities);
      assert.deepEqual(indexed.figures, full.figures);
    }
  });
});
