import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toJsonl } from '../../../server/src/core/export';
import { ARTICLE, SECOND, analyse } from './fixture';

describe('JSONL export', () => {
  const corpus = [{ uri: 'a.news.md', text: ARTICLE }, { uri: 'b.news.md', text: SECOND }];

  test('one line per article with its metadata', () => {
    const out = toJsonl(analyse(corpus).analyses);
    assert.ok(out.endsWith('\n'));
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual(
      lines.map((l) => [l.path, l.title, l.source, l.published]),
      [['a.news.md', 'Advisers, rockets and a handover: Anbar, 🚀 edition', 'Example Wire', '2025-11-12'], ['b.news.md', 'Second report', null, '2025-11-14']],
    );
  });

  test('start/end are UTF-16 offsets into the whole file: slicing the file gives the mention text', () => {
    const [a] = toJsonl(analyse().analyses).trimEnd().split('\n').map((l) => JSON.parse(l));
    const all = [...a.entities, ...a.dates, ...a.figures];
    assert.ok(all.length >= 12);
    for (const m of all) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
  });

  test('entities carry ids and kinds, dates values and intervals, figures bounds', () => {
    const [a] = toJsonl(analyse().analyses).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(a.entities.find((e: { text: string }) => e.text === 'the convoy ambush'),
      { start: ARTICLE.indexOf('the convoy ambush'), end: ARTICLE.indexOf('the convoy ambush') + 17, text: 'the convoy ambush', id: 'anbar-convoy-ambush', kind: 'event', candidates: [], explicit: false });
    const october = a.dates.find((d: { text: string }) => d.text === 'October 2025');
    assert.deepEqual([october.value, october.precision, october.from, october.to], ['2025-10', 'month', '2025-10-01', '2025-10-31']);
    const more = a.figures.find((f: { text: string }) => f.text === 'More than 300 advisers');
    assert.deepEqual([more.min, more.max, more.minInclusive, more.maxInclusive, more.conservative], [300, null, false, false, 300]);
    // unit, counted noun and the date it is reported as of (its clause's "in October 2025"; "said" is undated)
    assert.deepEqual([more.unit, more.noun, more.asOf, more.asOfPrecision], ['count', 'advisers', '2025-10', 'month']);
  });

  test('mentions are in document order and the output is byte-identical run to run', () => {
    const once = toJsonl(analyse(corpus).analyses);
    assert.equal(toJsonl(analyse(corpus).analyses), once);
    for (const line of once.trimEnd().split('\n')) {
      const a = JSON.parse(line);
      for (const list of [a.entities, a.dates, a.figures]) {
        const starts = list.map((m: { start: number }) => m.start);
        assert.deepEqual(starts, [...starts].sort((x: number, y: number) => x - y));
      }
    }
  });

  test('no articles, no lines', () => {
    assert.equal(toJsonl([]), '');
  });
});
