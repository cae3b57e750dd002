import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeCorpus } from '../../../server/src/core/analyze';
import { checkCorpus } from '../../../server/src/core/figures/figureChecks';
import { DEFAULT_SETTINGS, withDefaults } from '../../../server/src/core/settings';
import type { ArticleAnalysis } from '../../../server/src/core/analysisKinds';
import { analyze, article } from './helpers';

const troops = (uri: string, published: string, body: string, title?: string): ArticleAnalysis =>
  analyze(article(published, body, title), `file:///work/newsroom/${uri}`);

describe('figure-corpus-conflict', () => {
  const a = troops('a.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq.', 'Iraq talks resume');
  const b = troops('b.news.md', '2021-02-15', 'Over 5,000 US troops are deployed in Iraq.', 'Coalition hands over sites');

  test('two articles a few days apart with figures that cannot both hold: one diagnostic on each side', () => {
    const found = checkCorpus([a, b], DEFAULT_SETTINGS);
    assert.deepEqual(found.map((d) => [d.code, d.severity, d.uri.split('/').pop()]).sort(), [
      ['figure-corpus-conflict', 'information', 'a.news.md'],
      ['figure-corpus-conflict', 'information', 'b.news.md'],
    ]);
    const onA = found.find((d) => d.uri.endsWith('a.news.md'))!;
    assert.match(onA.message, /"About 2,500 US troops" \(interval \[2250, 2750\]\) on 2021-02-10/);
    assert.match(onA.message, /b\.news\.md \("Coalition hands over sites"\) says "Over 5,000 US troops" \(interval \(5000, ∞\)\) on 2021-02-15/);
    assert.equal(onA.related?.[0].uri, b.article.uri);
    assert.equal(b.article.text.slice(onA.related![0].span.start, onA.related![0].span.end), 'Over 5,000 US troops');
  });

  test('analyzeCorpus hands each article its own side', () => {
    const byUri = analyzeCorpus([a, b], DEFAULT_SETTINGS);
    assert.equal(byUri.get(a.article.uri)?.length, 1);
    assert.equal(byUri.get(b.article.uri)?.length, 1);
  });

  test('not flagged: farther apart than the window', () => {
    const far = troops('c.news.md', '2021-03-20', 'Over 5,000 US troops are deployed in Iraq.');
    assert.deepEqual(checkCorpus([a, far], DEFAULT_SETTINGS), []);
    assert.equal(checkCorpus([a, far], withDefaults({ figures: { corpusWindowDays: 60 } })).length, 2);
  });

  test('not flagged: overlapping figures', () => {
    const close = troops('d.news.md', '2021-02-12', 'Some 2,600 US troops are deployed in Iraq.');
    assert.deepEqual(checkCorpus([a, close], DEFAULT_SETTINGS), []);
  });

  test('not flagged: different keys', () => {
    const other = troops('e.news.md', '2021-02-12', 'Daesh still has an estimated 10,000 fighters in Iraq and Syria.');
    assert.deepEqual(checkCorpus([a, other], DEFAULT_SETTINGS), []);
  });

  test('not flagged: two figures of one article', () => {
    const both = troops('f.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq. Last year over 5,000 US troops were in Iraq.');
    assert.deepEqual(checkCorpus([both], DEFAULT_SETTINGS), []);
  });

  test('the rising brain-injury count is flagged, even though the gazetteer records each value (SPEC §5)', () => {
    // Each article agrees with the gazetteer on its own date; the reader still sees the count moved.
    const jan24 = troops('g.news.md', '2020-01-24', 'The Pentagon said 34 service members were hurt in the strike on Ain al-Asad.');
    const jan28 = troops('h.news.md', '2020-01-28', 'The Pentagon said 50 service members were hurt in the strike on Ain al-Asad.');
    const found = checkCorpus([jan24, jan28], DEFAULT_SETTINGS);
    assert.equal(found.length, 2);
    assert.match(found[0].message, /34 service members.* on 2020-01-24 .*50 service members.* on 2020-01-28/);
  });

  test('a crowded key: every figure is compared and lists at most three others', () => {
    const many: ArticleAnalysis[] = [];
    const base = troops('k.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq.');
    for (let i = 0; i < 3000; i++) {
      const figure = { ...base.figures[0], min: i % 2 ? 100 : 5000, max: i % 2 ? 200 : 6000 };
      many.push({ ...base, article: { ...base.article, uri: `file:///n/${i}.news.md` }, figures: [figure] });
    }
    const found = checkCorpus(many, DEFAULT_SETTINGS);
    assert.equal(found.length, 3000);
    assert.ok(found.every((d) => (d.related?.length ?? 0) <= 3));
  });
});
