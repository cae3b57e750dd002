import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, article, summary } from './helpers';

// Wire copy in our own words, carrying the kinds of facts the seed articles carry.
const HANDOVER = article('2020-08-20', `The US-led coalition fighting Islamic State in Iraq will pass more bases to Iraqi forces,
state television said on Thursday.

A spokesman for the Joint Operations Command said that more than 61 countries still back Iraq
in the fight, and that the 7th Division would take over one of the sites in September.

Over [5,000 US troops]{figure=us-troops-iraq} have been deployed in Iraq, mostly to train and advise.

Daesh is beaten on the battlefield, yet an estimated 2,500 of its operatives are still active in Syria and Iraq.
`, 'Coalition to pass more bases to Iraqi forces');

describe('a realistic article, end to end', () => {
  const a = analyze(HANDOVER);

  test('every figure, with its key and interval; no ordinal, unit name or date among them', () => {
    assert.deepEqual(a.figures.map(summary), [
      'more than 61 countries → coalition-members (61, ∞)',
      'Over 5,000 US troops → us-troops-iraq (5000, ∞)',
      'an estimated 2,500 of its operatives → is-operatives [2250, 2750]',
    ]);
  });

  test('the figures agree with the gazetteer: no figure diagnostics', () => {
    assert.deepEqual(a.diagnostics.filter((d) => d.code.startsWith('figure-')), []);
  });

  test('spans and number spans land on the text as written', () => {
    const f = a.figures[1];
    assert.equal(a.article.text.slice(f.numberSpan.start, f.numberSpan.end), '5,000');
    assert.equal(f.min, 5000);
    assert.equal(f.max, null);
    assert.equal(f.minInclusive, false);
    assert.equal(f.maxInclusive, false);
  });

  test('the same article a year later disagrees with the newer gazetteer value', () => {
    const later = analyze(HANDOVER.replace('published: 2020-08-20', 'published: 2021-08-20'));
    const mismatches = later.diagnostics.filter((d) => d.code === 'figure-gazetteer-mismatch');
    assert.equal(mismatches.length, 1);
    assert.match(mismatches[0].message, /us-troops-iraq has 2,500 as of 2021-01/);
  });

  test('the brain-injury count as the reports came in', () => {
    const report = analyze(article('2020-02-11', `Pentagon officials said on Monday that 109 service members had been diagnosed with
traumatic brain injuries after the Iranian missile strike on Ain al-Asad on January 8.`));
    assert.deepEqual(report.figures.map(summary), ['109 service members → ain-al-asad-strike-tbi [109]']);
    assert.equal(report.figures[0].date?.value, '2020-02-10');
    assert.deepEqual(report.diagnostics.filter((d) => d.code.startsWith('figure-')), []);
  });

  test('a suppression comment silences a figure diagnostic on its line', () => {
    const text = article('2021-02-10', '<!-- newsmd-disable-next-line figure-gazetteer-mismatch -->\nOver 5,000 US troops are still in Iraq.');
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.code.startsWith('figure-')), []);
  });
});

describe('bad input never crashes or hangs figure recognition', () => {
  const junk: [string, string][] = [
    ['an empty file', ''],
    ['only front matter', '---\npublished: 2020-01-01\n---\n'],
    ['a 200,000-digit number', article('2020-01-01', `The count was ${'9'.repeat(200_000)} troops.`)],
    ['a long run of separators', article('2020-01-01', `${'1,'.repeat(50_000)}000 troops`)],
    ['binary junk', article('2020-01-01', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65_000)))],
    ['thousands of figures in one sentence', article('2020-01-01', `${'5 soldiers and '.repeat(5000)}9 civilians were killed in Iraq.`)],
    ['unclosed annotation', article('2020-01-01', 'Over [5,000 US troops]{figure= have been deployed.')],
  ];
  for (const [what, text] of junk) {
    test(what, () => {
      const a = analyze(text);
      for (const f of a.figures) {
        assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start < f.span.end);
        assert.ok(f.min === null || Number.isFinite(f.min));
      }
    });
  }
});
