import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderFigureHistoryHtml } from '../../../client/src/views/render/figureHistoryHtml';
import { GAZETTEER_URI, MENTIONS, VALUES, history } from './fixtures';
import { NONCE, attribute, tagsWithClasses, unescape } from './html';

const render = (h = history()) => renderFigureHistoryHtml(h, { nonce: NONCE });

describe('figure history: the chart', () => {
  const html = render();

  test('one error bar per dated mention, classed by its agreement; undated mentions are not drawn', () => {
    const marks = tagsWithClasses(html, 'g', 'mark', 'mention');
    const dated = MENTIONS.filter((m) => m.agreement !== 'undated');
    assert.equal(marks.length, dated.length);
    for (const agreement of ['agrees', 'disagrees', 'no-value'] as const) {
      assert.equal(tagsWithClasses(html, 'g', 'mark', 'mention', agreement).length, dated.filter((m) => m.agreement === agreement).length, agreement);
    }
    assert.equal(tagsWithClasses(html, 'g', 'mark', 'mention', 'undated').length, 0);
    assert.match(html, /1 undated mention: in the table only/);
  });

  test('the gazetteer values are the steps of one step line, each with its own mark', () => {
    const paths = html.match(/<path class="step-line" d="([^"]*)"/g) ?? [];
    // The legend draws a sample step line too; the chart's is the one with a step per value.
    const chartPath = paths.map((p) => /d="([^"]*)"/.exec(p)![1]).find((d) => d.split('V').length - 1 === VALUES.length - 1);
    assert.ok(chartPath, `a step line with ${VALUES.length - 1} rises or falls: ${paths.join(' | ')}`);
    assert.match(chartPath!, /^M[\d.]+ [\d.]+( H[\d.]+ V[\d.]+){2} H[\d.]+$/);
    assert.equal(tagsWithClasses(html, 'g', 'mark', 'value-mark').length, VALUES.length);
  });

  test('a higher value is drawn higher (smaller y)', () => {
    const ys = tagsWithClasses(html, 'g', 'mark', 'value-mark').map((tag) => {
      const after = html.slice(html.indexOf(tag));
      return Number(/<rect class="shape" x="[\d.]+" y="([\d.]+)"/.exec(after)![1]);
    });
    assert.ok(ys[0] < ys[1] && ys[1] < ys[2], `4,800 above 3,100 above 2,400: ${ys.join(', ')}`);
  });

  test('an open upper bound ends in an arrow; an excluded bound is a hollow cap; an included one a tick', () => {
    const mark = (text: string) => {
      const index = MENTIONS.findIndex((m) => m.text === text);
      const start = html.indexOf(`data-idx="m${index}"`);
      return html.slice(start, html.indexOf('</g>', start));
    };
    assert.match(mark('more than 4,000 soldiers'), /class="bar open-end"/);
    assert.match(mark('more than 4,000 soldiers'), /class="arrow"/);
    assert.match(mark('fewer than 3,500 troops'), /class="bar open-end"/);
    assert.match(mark('roughly 4,800 foreign troops'), /<line class="cap"/);
    assert.doesNotMatch(mark('roughly 4,800 foreign troops'), /open-end/);
    // A week: the days it may fall on as a horizontal span.
    assert.match(mark('fewer than 3,500 troops'), /class="date-span"/);
    assert.doesNotMatch(mark('6,000 troops'), /date-span/);
  });

  test('agreement is also told by shape: circle, diamond, hollow square', () => {
    const shapeOf = (agreement: string) => {
      const tag = tagsWithClasses(html, 'g', 'mark', 'mention', agreement)[0];
      const start = html.indexOf(tag);
      const body = html.slice(start, html.indexOf('</g>', start));
      return /<(\w+) class="shape[^"]*"/.exec(body)?.[0];
    };
    assert.match(shapeOf('agrees')!, /^<circle/);
    assert.match(shapeOf('disagrees')!, /^<path/);
    assert.match(shapeOf('no-value')!, /^<rect class="shape hollow"/);
  });

  test('every point is keyboard-usable and named, and opens its source', () => {
    const marks = tagsWithClasses(html, 'g', 'mark');
    assert.ok(marks.length > 0);
    for (const tag of marks) {
      assert.equal(attribute(tag, 'tabindex'), '0');
      assert.equal(attribute(tag, 'role'), 'button');
      assert.ok((attribute(tag, 'aria-label') ?? '').length > 10, tag);
      assert.ok(attribute(tag, 'data-uri'), tag);
      assert.match(attribute(tag, 'data-range') ?? '', /^\d+,\d+,\d+,\d+$/);
    }
    const disagreeing = unescape(attribute(tagsWithClasses(html, 'g', 'mark', 'mention', 'disagrees')[0], 'aria-label')!);
    assert.match(disagreeing, /“more than 4,000 soldiers”, 2021-11-20, \(4,000, ∞\); gazetteer: 3,100 \(as of 2021-10\); Disagrees/);
    const value = tagsWithClasses(html, 'g', 'mark', 'value-mark')[0];
    assert.equal(attribute(value, 'data-uri'), GAZETTEER_URI);
    assert.equal(attribute(value, 'data-range'), '40,8,40,48');
  });

  test('a legend explains colours, shapes and bounds', () => {
    const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>'));
    for (const words of ['gazetteer value', 'agrees with the gazetteer', 'disagrees with the gazetteer', 'no gazetteer value', 'open bound']) {
      assert.ok(legend.includes(words), words);
    }
  });
});

describe('figure history: the table', () => {
  const html = render();

  test('one row per mention, undated ones included, in the order given', () => {
    const rows = tagsWithClasses(html, 'tr', 'mention-row');
    assert.equal(rows.length, MENTIONS.length);
    rows.forEach((row, i) => {
      assert.equal(attribute(row, 'data-idx'), `m${i}`);
      assert.equal(attribute(row, 'data-uri'), MENTIONS[i].location.uri);
      assert.equal(attribute(row, 'tabindex'), '0');
    });
    assert.ok(rows[4].includes('undated'));
  });

  test('a row holds the date, title, text as written, interval, gazetteer value and agreement', () => {
    const start = html.indexOf('data-idx="m0"', html.indexOf('<table class="mentions"'));
    const row = unescape(html.slice(start, html.indexOf('</tr>', start)).replace(/<[^>]+>/g, ' '));
    for (const part of ['2021-05-04', 'Garrison stays put as talks stall', '“roughly 4,800 foreign troops”', '[4,320, 5,280]', '4,800 (as of 2021-03 (month); Defence ministry briefing)'.replace(' (month)', ''), 'Agrees with the gazetteer']) {
      assert.ok(row.includes(part), `${part} in ${row}`);
    }
  });

  test('an article without a title is named by its file; conflicts name the other row', () => {
    assert.ok(html.includes('2020-12-01-early.news.md'));
    assert.ok(html.includes('conflicts with #3'));
    assert.ok(html.includes('conflicts with #2'));
  });

  test('gazetteer values are listed too, each opening the gazetteer at its line', () => {
    const rows = tagsWithClasses(html, 'tr', 'value-row');
    assert.equal(rows.length, VALUES.length);
    assert.deepEqual(rows.map((r) => attribute(r, 'data-range')), ['40,8,40,48', '41,8,41,48', '42,8,42,48']);
  });
});

describe('figure history: untrusted text and the page', () => {
  const html = render();

  test('titles and gazetteer sources are escaped', () => {
    assert.ok(!html.includes('<b>leave</b>'));
    assert.ok(html.includes('Troops &lt;b&gt;leave&lt;/b&gt; &amp; &quot;stay&quot;'));
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  test('a hostile key and label stay text', () => {
    const page = render(history({ key: '"><script>alert(1)</script>', label: '</title><script>alert(2)</script>' }));
    assert.equal((page.match(/<script/g) ?? []).length, 1, 'only the page script');
  });

  test('strict CSP: nothing loads from anywhere; style and script carry the nonce; no inline handlers or style attributes', () => {
    assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';">`));
    assert.match(html, new RegExp(`<style nonce="${NONCE}">`));
    assert.match(html, new RegExp(`<script nonce="${NONCE}">`));
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags.map((t) => t.replace(/"[^"]*"/g, '""'))) {
      // Attribute names only: values are escaped text.
      assert.doesNotMatch(tag, /\son[a-z]+=/i);
      assert.doesNotMatch(tag, /\sstyle=/);
      assert.doesNotMatch(tag, /\s(src|href)=/);
    }
  });
});

describe('figure history: nothing to show', () => {
  test('no figure at the cursor', () => {
    const html = renderFigureHistoryHtml(null, { nonce: NONCE });
    assert.match(html, /There is no figure at the cursor/);
    assert.equal(tagsWithClasses(html, 'svg', 'chart').length, 0);
  });

  test('an unknown key is named in the message, escaped', () => {
    const html = renderFigureHistoryHtml(null, { nonce: NONCE, requestedKey: 'no-such-<key>' });
    assert.match(html, /No figure &quot;no-such-&lt;key&gt;&quot; is known in this workspace/);
  });

  test('a figure with no values and no mentions says so', () => {
    const html = render(history({ values: [], mentions: [] }));
    assert.match(html, /records no value for this figure and no article mentions it/);
    assert.equal(tagsWithClasses(html, 'svg', 'chart').length, 0);
    assert.equal(tagsWithClasses(html, 'tr', 'mention-row').length, 0);
  });

  test('only undated mentions and no values: no axis, the table still lists them', () => {
    const html = render(history({ values: [], entry: null, mentions: [MENTIONS[4]] }));
    assert.match(html, /Nothing to place on the time axis/);
    assert.equal(tagsWithClasses(html, 'svg', 'chart').length, 0);
    assert.equal(tagsWithClasses(html, 'tr', 'mention-row').length, 1);
    assert.match(html, /only used in articles/);
  });

  test('values but no mentions: the step line, and a note that no article mentions it', () => {
    const html = render(history({ mentions: [] }));
    assert.equal(tagsWithClasses(html, 'svg', 'chart').length, 1);
    assert.equal(tagsWithClasses(html, 'g', 'mark', 'value-mark').length, VALUES.length);
    assert.match(html, /No article mentions this figure yet/);
  });

  test('a single value on a single day still gets a readable axis', () => {
    const html = render(history({ values: [VALUES[2]], mentions: [] }));
    const labels = [...html.matchAll(/<text x="[\d.]+" y="(?:3[0-9]{2})" text-anchor="middle">([^<]+)<\/text>/g)].map((m) => m[1]);
    assert.ok(labels.length >= 1, `time ticks: ${labels.join(', ')}`);
  });
});
