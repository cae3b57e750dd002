import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ArticleAnalysis, type Span, assembleTimeline, timelineDates } from '../../../server/src/core';
import { analyze, loaded } from './helpers';

const name = (uri: string) => uri.split('/').pop();

/** What the server does with each article: its dates, located by span. */
const source = (a: ArticleAnalysis) => ({
  uri: a.article.uri,
  title: typeof a.article.frontMatter.data.title === 'string' ? a.article.frontMatter.data.title : null,
  published: a.article.published?.start ?? null,
  dates: timelineDates(a).map((d) => ({ location: d.span as Span, text: d.text, date: d.date, relative: d.relative, entities: d.entities })),
});

const talks = analyze('talks.news.md', '2020-06-12',
  'Iraq and the United States opened talks on Thursday.\n\n'
  + 'The Joint Operations Command said on June 2, 2020 that Daesh cells remain active in Syria.\n\n'
  + 'A second round is planned for next month.', 'Strategic talks open');
const handover = analyze('handover.news.md', '2020-03-26', 'The coalition handed a base to Iraq on Wednesday, the JOC said.');
const undated = analyze('undated.news.md', null, 'On Monday the JOC said Iraq would talk to the US next week.');
const noDates = analyze('plain.news.md', '2020-04-01', 'Iraqi officials met US diplomats in Baghdad.');

describe('timeline dates of one article', () => {
  test('every resolved date in text order, with the entities named in its sentence', () => {
    assert.deepEqual(timelineDates(talks).map((d) => [d.text, d.date.value, d.relative, d.entities]), [
      ['Thursday', '2020-06-11', true, ['iraq', 'united-states']],
      ['June 2, 2020', '2020-06-02', false, ['joint-operations-command', 'islamic-state', 'syria']],
      ['next month', '2020-07', true, []],
    ]);
  });

  test('spans point at the date as written', () => {
    for (const d of timelineDates(talks)) assert.equal(talks.article.text.slice(d.span.start, d.span.end), d.text);
  });

  test('relative dates that cannot be resolved (no publication date) are left out', () => {
    assert.ok(undated.dates.length >= 2, 'the article has dates');
    assert.deepEqual(timelineDates(undated), []);
  });
});

describe('assembling the timeline', () => {
  const all = [talks, handover, undated, noDates].map(source);

  test('articles with dates only, by publication date', () => {
    const t = assembleTimeline(all, loaded().gazetteer.entities);
    assert.deepEqual(t.articles.map((a) => [name(a.uri), a.published, a.dates.length]), [
      ['handover.news.md', '2020-03-26', 1],
      ['talks.news.md', '2020-06-12', 3],
    ]);
    assert.equal(t.articles[1].title, 'Strategic talks open');
  });

  test('the entity choices: every entity in a date sentence, most dates first, with names and kinds', () => {
    const t = assembleTimeline(all, loaded().gazetteer.entities);
    assert.deepEqual(t.entities.slice(0, 2).map((e) => [e.id, e.name, e.kind, e.dates]), [
      ['iraq', 'Iraq', 'place', 2],
      ['joint-operations-command', 'Joint Operations Command', 'organization', 2],
    ]);
    assert.deepEqual(t.entities.map((e) => e.id).sort(), ['iraq', 'islamic-state', 'joint-operations-command', 'syria', 'united-states']);
  });

  test('an entity filter keeps only dates whose sentence names it, and the choices stay all there', () => {
    const t = assembleTimeline(all, loaded().gazetteer.entities, 'syria');
    assert.deepEqual(t.articles.map((a) => [name(a.uri), a.dates.map((d) => d.text)]), [['talks.news.md', ['June 2, 2020']]]);
    assert.equal(t.entities.length, 5);
    assert.deepEqual(assembleTimeline(all, loaded().gazetteer.entities, 'no-such-entity').articles, []);
  });

  test('an empty corpus gives an empty timeline', () => {
    assert.deepEqual(assembleTimeline([], loaded().gazetteer.entities), { articles: [], entities: [] });
  });
});
