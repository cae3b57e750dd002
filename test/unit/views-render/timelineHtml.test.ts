import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderTimelineHtml } from '../../../client/src/views/render/timelineHtml';
import { timeline } from './fixtures';
import { NONCE, attribute, tagsWithClasses, unescape } from './html';

const data = timeline();
const html = renderTimelineHtml(data, { nonce: NONCE });
const dateCount = data.articles.reduce((n, a) => n + a.dates.length, 0);

describe('timeline', () => {
  test('one lane per article, one mark per resolved date, one table row per date', () => {
    assert.equal(tagsWithClasses(html, 'div', 'lane').length, data.articles.length);
    assert.equal(tagsWithClasses(html, 'g', 'mark', 'date-mark').length, dateCount);
    assert.equal(tagsWithClasses(html, 'tr', 'date-row').length, dateCount);
    assert.match(html, new RegExp(`<span id="filter-status"[^>]*>${dateCount} dates in ${data.articles.length} articles</span>`));
  });

  test('the entity filter lists every entity of the data, plus "all"', () => {
    const select = html.slice(html.indexOf('<select id="entity-filter">'), html.indexOf('</select>'));
    const values = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => unescape(m[1]));
    assert.deepEqual(values, ['', ...data.entities.map((e) => e.id)]);
    assert.ok(select.includes('River &lt;Province&gt; (place, 2 dates)'));
  });

  test('marks and rows carry the entity ids the page filters on', () => {
    const marks = tagsWithClasses(html, 'g', 'mark', 'date-mark');
    const rows = tagsWithClasses(html, 'tr', 'date-row');
    const expected = data.articles.flatMap((a) => a.dates.map((d) => d.entities.join(' ')));
    assert.deepEqual(marks.map((m) => attribute(m, 'data-entities')), expected);
    assert.deepEqual(rows.map((r) => attribute(r, 'data-entities')), expected);
  });

  test('precision and relativity show in the mark: spans for weeks, months, years; hollow for relative dates', () => {
    const marks = tagsWithClasses(html, 'g', 'mark', 'date-mark');
    const classes = marks.map((m) => attribute(m, 'class'));
    assert.deepEqual(classes, [
      'mark date-mark prec-day relative',
      'mark date-mark prec-month',
      'mark date-mark prec-week relative',
      'mark date-mark prec-year',
      'mark date-mark prec-day',
      'mark date-mark prec-day',
    ]);
    const spans = html.match(/<rect class="span" x="[\d.]+%"/g) ?? [];
    assert.equal(spans.length, 3);
  });

  test('a mark names the text as written and what it resolves to, and opens it', () => {
    const mark = tagsWithClasses(html, 'g', 'mark', 'date-mark')[2];
    assert.equal(unescape(attribute(mark, 'data-tip')!), '“last week” → 2021-W45 (week), relative to publication — Troops <b>leave</b> & "stay"');
    assert.equal(attribute(mark, 'aria-label'), attribute(mark, 'data-tip'));
    assert.equal(attribute(mark, 'tabindex'), '0');
    assert.equal(attribute(mark, 'data-uri'), 'file:///ws/2021-11-20-drawdown.news.md');
    assert.equal(attribute(mark, 'data-range'), '4,4,4,13');
  });

  test('marks sit left to right in date order, as percentages of the lane', () => {
    const lane = html.slice(html.indexOf('data-lane="1"'), html.indexOf('data-lane="2"'));
    const xs = [...lane.matchAll(/<circle class="shape" cx="([\d.]+)%"/g)].map((m) => Number(m[1]));
    // last week (Nov 2021), 2019 (a year, centred mid-2019), November 20 2021
    assert.ok(xs[1] < xs[0] && xs[0] < xs[2], xs.join(', '));
    assert.ok(xs.every((x) => x >= 0 && x <= 100));
  });

  test('dates on the same day in one lane are shifted apart, not drawn on top of each other', () => {
    const twice = timeline();
    const article = twice.articles[0];
    article.dates.push({ ...article.dates[0], text: 'on Monday', location: { ...article.dates[0].location, range: { start: { line: 20, character: 1 }, end: { line: 20, character: 10 } } } });
    const page = renderTimelineHtml(twice, { nonce: NONCE });
    const lane = page.slice(page.indexOf('data-lane="0"'), page.indexOf('data-lane="1"'));
    const shifts = [...lane.matchAll(/transform="translate\((-?[\d.]+) 0\)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(shifts, [-6, 6]);
  });

  test('an article without a title is named by its file; titles are escaped', () => {
    assert.ok(html.includes('>untitled-brief.news.md</button>'));
    assert.ok(!html.includes('<b>leave</b>'));
    assert.ok(html.includes('Troops &lt;b&gt;leave&lt;/b&gt; &amp; &quot;stay&quot;'));
  });

  test('the publication date is marked in its lane when there is one', () => {
    assert.equal((html.match(/<line class="published-tick" x1="[\d.]+%"/g) ?? []).length, 2);
  });

  test('strict CSP and no inline handlers', () => {
    assert.match(html, /default-src 'none'/);
    for (const tag of (html.match(/<[a-z][^>]*>/gi) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'))) {
      assert.doesNotMatch(tag, /\son[a-z]+=/i);
      assert.doesNotMatch(tag, /\sstyle=/);
    }
  });

  test('a corpus too large for one page shows its most recent articles and says so', () => {
    const page = renderTimelineHtml(data, { nonce: NONCE, maxDates: 4 });
    // The last two articles (3 + 1 dates) fit in 4; the first (2 dates) does not.
    assert.equal(tagsWithClasses(page, 'div', 'lane').length, 2);
    assert.equal(tagsWithClasses(page, 'g', 'mark', 'date-mark').length, 4);
    assert.match(page, /showing the 2 articles published last, of 3/);
    assert.doesNotMatch(html, /published last/);
  });

  test('a thousand articles render in well under a second', () => {
    const many = { ...data, articles: Array.from({ length: 1000 }, (_, i) => ({ ...data.articles[i % 3], uri: `file:///ws/a${i}.news.md` })) };
    const started = performance.now();
    const page = renderTimelineHtml(many, { nonce: NONCE });
    assert.ok(performance.now() - started < 1000);
    assert.equal(tagsWithClasses(page, 'div', 'lane').length, 1000);
  });

  test('nothing to show: no data, no article, or no resolvable date', () => {
    for (const empty of [null, { articles: [], entities: [] }, { articles: [{ ...data.articles[0], dates: [{ ...data.articles[0].dates[0], date: { value: '?', precision: 'day' as const, start: 'junk', end: 'junk' } }] }], entities: [] }]) {
      const page = renderTimelineHtml(empty, { nonce: NONCE });
      assert.match(page, /No article in the workspace has a resolved date yet/);
      assert.equal(tagsWithClasses(page, 'div', 'lane').length, 0);
    }
  });
});
