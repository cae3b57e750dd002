import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CorpusSide, DEFAULT_SETTINGS, corpusView, figureHistory, withDefaults } from '../../../server/src/core';
import { checkCorpus } from '../../../server/src/core/figures/figureChecks';
import { GAZETTEER_YAML, analyze, loaded, textAt } from './helpers';

const gazetteer = () => loaded().gazetteer;
const history = (articles: CorpusSide[], key = 'us-troops-iraq', settings = DEFAULT_SETTINGS) => {
  const h = figureHistory(key, gazetteer(), articles, settings);
  assert.ok(h, `a history for ${key}`);
  return h;
};
const name = (uri: string) => uri.split('/').pop();

describe('figure history: agreement with the gazetteer', () => {
  const stationed = analyze('a-stationed.news.md', '2019-06-10', 'About 5,200 US troops are stationed in Iraq, officials said.', 'Troops stay in Iraq');
  const stale = analyze('b-stale.news.md', '2021-03-02', 'More than 5,000 US troops remain in Iraq, the report said.');
  const early = analyze('c-early.news.md', '2018-05-01', 'Some 5,000 US troops were in Iraq at the time.');
  const undated = analyze('d-undated.news.md', null, 'About 2,500 US troops remain in Iraq.');
  const h = history([undated, stale, early, stationed]);

  test('each mention says how it stands against the value valid on its date', () => {
    assert.deepEqual(h.mentions.map((m) => [name(m.location.uri), m.text, m.date?.value ?? null, m.agreement]), [
      ['c-early.news.md', 'Some 5,000 US troops', '2018-05-01', 'no-value'],
      ['a-stationed.news.md', 'About 5,200 US troops', '2019-06-10', 'agrees'],
      ['b-stale.news.md', 'More than 5,000 US troops', '2021-03-02', 'disagrees'],
      ['d-undated.news.md', 'About 2,500 US troops', null, 'undated'],
    ]);
  });

  test('"disagrees" exactly where the article gets figure-gazetteer-mismatch, and never elsewhere', () => {
    for (const a of [stationed, stale, early, undated]) {
      const mismatch = a.diagnostics.filter((d) => d.code === 'figure-gazetteer-mismatch').map((d) => d.span.start);
      const disagreeing = h.mentions.filter((m) => m.location.uri === a.article.uri && m.agreement === 'disagrees').map((m) => m.location.span.start);
      assert.deepEqual(disagreeing, mismatch, name(a.article.uri));
    }
  });

  test('what each mention was compared with, taken from the same value list', () => {
    const [early_, stationed_, stale_, undated_] = h.mentions;
    assert.deepEqual(early_.expected, []);
    assert.deepEqual(undated_.expected, []);
    assert.deepEqual(stationed_.expected.map((v) => [v.value, v.asOf.value]), [[5200, '2019']]);
    assert.deepEqual(stale_.expected.map((v) => [v.value, v.asOf.value]), [[2500, '2021-01']]);
    assert.ok(h.values.includes(stale_.expected[0]), 'the expected value is one of the history values');
  });

  test('mentions carry the interval, the title and the publication date', () => {
    const stale_ = h.mentions[2];
    assert.deepEqual([stale_.min, stale_.max, stale_.minInclusive, stale_.maxInclusive], [5000, null, false, false]);
    assert.equal(textAt(stale, stale_.location.span), 'More than 5,000 US troops');
    assert.equal(h.mentions[1].title, 'Troops stay in Iraq');
    assert.equal(h.mentions[2].title, null);
    assert.equal(h.mentions[1].published, '2019-06-10');
    assert.equal(h.mentions[3].published, null);
  });

  test('the gazetteer side: label, units, entry and values pointing into the file', () => {
    assert.equal(h.label, 'US troops deployed in Iraq');
    assert.deepEqual(h.units, ['troops', 'soldiers']);
    assert.equal(GAZETTEER_YAML.slice(h.entry!.span.start, h.entry!.span.end), 'us-troops-iraq');
    assert.deepEqual(h.values.map((v) => [v.value, v.asOf.value, v.source]), [[5200, '2019', 'https://example.org/defense-posture'], [2500, '2021-01', null]]);
    for (const v of h.values) assert.match(GAZETTEER_YAML.slice(v.location.span.start, v.location.span.end), new RegExp(`value: ${v.value}`));
  });
});

describe('figure history: which mentions are listed, and how they are ordered', () => {
  test('sorted by date, then by file and position; undated last; other keys left out', () => {
    const two = analyze('b.news.md', '2021-02-01', 'About 2,500 US troops remain in Iraq. Daesh has about 3,000 fighters left.');
    const sameDay = analyze('a.news.md', '2021-02-01', 'Some 2,500 US troops are in Iraq.');
    const earlier = analyze('z.news.md', '2021-01-20', 'US officials said 2,500 troops would stay in Iraq.');
    const h = history([two, sameDay, earlier]);
    assert.deepEqual(h.mentions.map((m) => `${m.date?.value} ${name(m.location.uri)} ${m.text}`), [
      '2021-01-20 z.news.md 2,500 troops',
      '2021-02-01 a.news.md Some 2,500 US troops',
      '2021-02-01 b.news.md About 2,500 US troops',
    ]);
  });

  test('a key the gazetteer lacks, used in an annotation: labelled by the key, no entry, no values', () => {
    const a = analyze('syria.news.md', '2021-03-02', 'The [900 soldiers]{figure=us-troops-syria} stayed in Syria.');
    const h = history([a], 'us-troops-syria');
    assert.equal(h.label, 'us-troops-syria');
    assert.equal(h.entry, null);
    assert.deepEqual(h.values, []);
    assert.deepEqual(h.mentions.map((m) => [m.text, m.agreement]), [['900 soldiers', 'no-value']]);
  });

  test('a gazetteer figure no article mentions: values only; an unknown key: null', () => {
    const h = history([], 'is-fighters');
    assert.deepEqual([h.label, h.mentions.length, h.values.length], ['Islamic State fighters in Iraq and Syria', 0, 0]);
    assert.equal(figureHistory('no-such-figure', gazetteer(), [], DEFAULT_SETTINGS), null);
    assert.equal(figureHistory('iraq', gazetteer(), [], DEFAULT_SETTINGS), null, 'an entity that is not a figure has no history');
  });

  test('corpus views (what the server keeps of closed articles) give the same history as whole analyses', () => {
    const a = analyze('a.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq.');
    const b = analyze('b.news.md', '2021-02-15', 'Over 5,000 US troops are deployed in Iraq.');
    assert.deepEqual(history([corpusView(a), corpusView(b)]), history([a, b]));
  });
});

describe('figure history: conflicts', () => {
  const pairs = (h: ReturnType<typeof history>) => h.mentions.flatMap((m, i) => m.conflictsWith.map((j) => `${name(h.mentions[i].location.uri)}:${h.mentions[i].text} × ${name(h.mentions[j].location.uri)}:${h.mentions[j].text}`));

  test('two articles a few days apart that cannot both be right conflict both ways', () => {
    const a = analyze('a.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq.');
    const b = analyze('b.news.md', '2021-02-15', 'Over 5,000 US troops are deployed in Iraq.');
    assert.deepEqual(pairs(history([a, b])), ['a.news.md:About 2,500 US troops × b.news.md:Over 5,000 US troops', 'b.news.md:Over 5,000 US troops × a.news.md:About 2,500 US troops']);
  });

  test('no conflict farther apart than newsmd.figures.corpusWindowDays, unless the window is widened', () => {
    const a = analyze('a.news.md', '2021-02-10', 'About 2,500 US troops remain in Iraq.');
    const far = analyze('c.news.md', '2021-03-30', 'Over 5,000 US troops are deployed in Iraq.');
    assert.deepEqual(pairs(history([a, far])), []);
    assert.equal(pairs(history([a, far], 'us-troops-iraq', withDefaults({ figures: { corpusWindowDays: 60 } }))).length, 2);
  });

  test('a conflict even when each side agrees with the value valid on its own date (SPEC §5: the number moved)', () => {
    const before = analyze('a.news.md', '2020-12-28', 'About 5,200 US troops are in Iraq.');
    const after = analyze('b.news.md', '2021-01-05', 'About 2,500 US troops are in Iraq.');
    assert.equal(pairs(history([before, after])).length, 2);
  });

  test('in one article: figures of the same date that do not overlap conflict, a contrast ("down from") does not', () => {
    const clash = analyze('a.news.md', '2021-02-10', 'About 2,500 US troops are in Iraq.\n\nLater the ministry said 4,000 US troops were in Iraq.');
    assert.equal(pairs(history([clash])).length, 2);
    const contrast = analyze('b.news.md', '2021-02-10', 'The US said 2,500 troops were in Iraq, down from 5,000 troops.');
    assert.deepEqual(pairs(history([contrast])), []);
    assert.deepEqual(contrast.diagnostics.filter((d) => d.code === 'figure-document-conflict'), []);
  });

  test('cross-article conflicts are exactly the pairs figure-corpus-conflict reports', () => {
    const articles = [
      analyze('a.news.md', '2021-02-01', 'About 2,500 US troops remain in Iraq.'),
      analyze('b.news.md', '2021-02-04', 'More than 5,000 US troops are in Iraq.'),
      analyze('c.news.md', '2021-02-09', 'Nearly 3,000 US troops are in Iraq.'),
      analyze('d.news.md', '2021-02-12', 'Around 2,600 US troops are in Iraq.'),
      analyze('e.news.md', '2021-03-20', 'Up to 1,000 US troops are in Iraq.'),
      // Apart, each right on its own date: reported too (SPEC §5).
      analyze('f.news.md', '2020-12-28', 'About 5,200 US troops are in Iraq.'),
      analyze('g.news.md', '2021-01-05', 'About 2,500 US troops are in Iraq.'),
    ];
    const h = history(articles);
    const fromHistory = new Set(h.mentions.flatMap((m) => m.conflictsWith.map((j) => `${name(m.location.uri)}>${name(h.mentions[j].location.uri)}`)));
    const fromCheck = new Set(checkCorpus(articles, DEFAULT_SETTINGS).flatMap((d) => (d.related ?? []).map((r) => `${name(d.uri)}>${name(r.uri)}`)));
    assert.ok(fromCheck.size > 0);
    assert.deepEqual([...fromHistory].sort(), [...fromCheck].sort());
  });
});
