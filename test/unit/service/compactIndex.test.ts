// The workspace index keeps each article compactly (issue 15: 100,000 articles within 400 MB):
// a summary as one typed array with strings numbered once for the workspace, a corpus view
// without its empty article shell. Every answer must be what the plain objects gave.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CorpusView, LineIndex, analyzeArticle, corpusView, withDefaults } from '../../../server/src/core';
import { exampleArticles, exampleGazetteer } from '../indexCache/examples';
import { compactSummary, expandSummary } from '../../../server/src/service/compactSummary';
import { StringTable } from '../../../server/src/service/stringTable';
import { CorpusViews } from '../../../server/src/service/corpusViews';
import { MentionIndex, type ArticleSummary, summarizeArticle } from '../../../server/src/service/mentionIndex';
import { RangeGroups, rangesOf } from '../../../server/src/service/packedRanges';

function summary(uri: string, line: number, ids: string[], published: string | null = '2020-03-01'): ArticleSummary {
  const mentions = new RangeGroups();
  const annotationIds = new RangeGroups();
  ids.forEach((id, i) => {
    mentions.add(id, { start: { line, character: i }, end: { line, character: i + 3 } });
    mentions.add(id, { start: { line: line + 1, character: 2 * i }, end: { line: line + 1, character: 2 * i + 1 } });
  });
  annotationIds.add(ids[0], { start: { line, character: 40 }, end: { line, character: 45 } });
  return {
    uri, title: `Title of ${uri}`, mentions: mentions.pack(), annotationIds: annotationIds.pack(), published,
    timeline: { entities: [ids[0]], numbers: [line, 0, line, 8, 0, 1, 0], strings: ['on Monday', '2020-03-02'] },
  };
}

describe('compact summaries', () => {
  test('read back as the summary they were made from, small and large numbers alike', () => {
    const table = new StringTable();
    for (const s of [summary('file:///a.news.md', 3, ['iraq', 'un']), summary('file:///b.news.md', 70_000, ['un', 'nato'], null)]) {
      const compact = compactSummary(s, table);
      assert.deepEqual(expandSummary(compact, table), s);
      assert.ok(/^[\0-\xff]*$/.test(compact.data), 'one byte a code unit');
    }
  });

  test('keep strings once for all articles: ids are numbers in the article', () => {
    const table = new StringTable();
    const a = compactSummary(summary('file:///a.news.md', 1, ['iraq', 'un']), table);
    const b = compactSummary(summary('file:///b.news.md', 1, ['iraq', 'un']), table);
    assert.equal(a.data, b.data, 'same ids, same numbers');
    assert.equal(table.at(table.find('iraq')), 'iraq');
    assert.equal(table.find('nowhere'), -1);
  });

  test('the mention index answers as the summaries do', () => {
    const index = new MentionIndex();
    const a = summary('file:///a.news.md', 1, ['iraq', 'un']);
    const b = summary('file:///b.news.md', 9, ['un']);
    index.set(a);
    index.set(b);
    assert.deepEqual(index.get(a.uri), a);
    assert.deepEqual([...index.all()], [a, b]);
    assert.deepEqual([...index.titles()].map((t) => [t.uri, t.title]), [[a.uri, a.title], [b.uri, b.title]]);
    assert.deepEqual([...index.mentionedKeys()].sort(), ['iraq', 'un']);
    assert.deepEqual(index.mentionsOf('un'), [
      ...rangesOf(a.mentions, 'un').map((range) => ({ uri: a.uri, range })),
      ...rangesOf(b.mentions, 'un').map((range) => ({ uri: b.uri, range })),
    ]);
    assert.deepEqual(index.annotationIdsOf('iraq'), rangesOf(a.annotationIds, 'iraq').map((range) => ({ uri: a.uri, range })));
    assert.deepEqual(index.countsOf('un'), { mentions: 4, articles: 2 });
    assert.deepEqual(index.mentionsOf('nowhere'), []);
    index.delete(a.uri);
    assert.deepEqual(index.countsOf('un'), { mentions: 2, articles: 1 });
    assert.equal(index.get(a.uri), undefined);
  });
});

describe('corpus views without their shell', () => {
  test('the sample corpus: every view and summary reads back as the core made it', () => {
    const loaded = exampleGazetteer();
    const views = new CorpusViews(new StringTable());
    const index = new MentionIndex();
    let withFigures = 0;
    for (const file of exampleArticles()) {
      const analysis = analyzeArticle(file, loaded, withDefaults({}));
      const view = corpusView(analysis);
      views.set(file.uri, view);
      assert.deepEqual(views.get(file.uri), view, file.uri);
      if (view.figures.length > 0) withFigures++;
      const summary = summarizeArticle(analysis, LineIndex.of(file.text));
      index.set(summary);
      assert.deepEqual(index.get(file.uri), summary, file.uri);
    }
    assert.ok(withFigures > 0, 'some examples have keyed, dated figures');
  });

  test('read back equal to the view that was set', () => {
    const view: CorpusView = {
      form: 'corpus',
      article: {
        uri: 'file:///a.news.md', text: '', frontMatter: { span: null, contentSpan: null, fields: new Map(), data: { title: 'T' } },
        published: { value: '2020-03-01', precision: 'day', start: '2020-03-01', end: '2020-03-01' },
        bodyStart: 0, maskedText: '', annotations: [], sentences: [], residue: [], suppressions: { isSuppressed: () => false }, diagnostics: [],
      },
      entities: [], dates: [],
      figures: [{ key: 'k' } as CorpusView['figures'][number]],
    };
    const views = new CorpusViews(new StringTable());
    views.set(view.article.uri, view);
    assert.deepEqual(views.get(view.article.uri), view);
    assert.deepEqual(views.withKey('k'), [view]);
    assert.deepEqual(views.peersOf(['k'], 'file:///b.news.md'), [view.article.uri]);
  });

  test('figures JSON cannot give back equal (an undefined field, an infinite number) are kept as they are', () => {
    const views = new CorpusViews(new StringTable());
    const figures = [{ key: 'k', max: Infinity, conservative: undefined }, { key: 'j', min: -0 }] as unknown as CorpusView['figures'];
    const view = { form: 'corpus', article: { uri: 'file:///c.news.md', frontMatter: { data: {} } }, figures } as unknown as CorpusView;
    views.set('file:///c.news.md', view);
    assert.deepEqual(views.get('file:///c.news.md')?.figures, figures);
    views.set('file:///c.news.md', null);
    assert.deepEqual(views.withKey('k'), []);
  });
});
