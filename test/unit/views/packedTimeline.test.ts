import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { LineIndex, timelineDates } from '../../../server/src/core';
import { summarizeArticle, unpackTimeline } from '../../../server/src/service/mentionIndex';
import { analyze } from './helpers';

const article = analyze('talks.news.md', '2020-06-12',
  'Iraq and the United States opened talks on Thursday.\n\n'
  + 'Officials said last week that the Joint Operations Command would meet\nin July 2020, and the US said on June 2, 2020 that Daesh remains active.\n\n'
  + 'Little had changed in 2019.', 'Strategic talks open');
const summary = summarizeArticle(article, new LineIndex(article.article.text));

describe('the timeline the mention index keeps per article', () => {
  test('reads back as the article\'s resolved dates, with LSP ranges over the written text', () => {
    const lines = new LineIndex(article.article.text);
    const expected = timelineDates(article).map((d) => ({ range: lines.rangeOf(d.span), text: d.text, date: d.date, relative: d.relative, entities: d.entities }));
    assert.ok(expected.some((d) => d.date.precision === 'week') && expected.some((d) => d.date.precision === 'month') && expected.some((d) => d.date.precision === 'year'));
    assert.deepEqual(unpackTimeline(summary.timeline), expected);
  });

  test('the summary carries the publication date', () => {
    assert.equal(summary.published, '2020-06-12');
    assert.equal(summarizeArticle(analyze('x.news.md', null, 'No date here.'), new LineIndex('')).published, null);
  });

  test('plain data that survives v8.serialize, in a few dozen bytes a date', () => {
    const copy = deserialize(serialize(summary.timeline));
    assert.deepEqual(unpackTimeline(copy), unpackTimeline(summary.timeline));
    const perDate = serialize(summary.timeline).length / unpackTimeline(summary.timeline).length;
    assert.ok(perDate < 80, `${perDate} bytes a date`);
  });

  test('an article without resolved dates keeps an empty timeline', () => {
    const none = summarizeArticle(analyze('y.news.md', null, 'On Monday the talks resumed.'), new LineIndex(''));
    assert.deepEqual(unpackTimeline(none.timeline), []);
    assert.deepEqual(none.timeline, { entities: [], numbers: [], strings: [] });
  });
});
