import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CSV_COLUMNS, csvField, toCsv } from '../../../server/src/core/export';
import { parseCsv } from './csvReader';
import { ARTICLE, SECOND, analyse } from './fixture';

function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, [...CSV_COLUMNS]);
  for (const r of rows) assert.equal(r.length, header.length);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('CSV export', () => {
  const corpus = [{ uri: 'a.news.md', text: ARTICLE }, { uri: 'dir/b, "quoted".news.md', text: SECOND }];

  test('parses back with an RFC 4180 reader, awkward paths included', () => {
    const { analyses, lookup } = analyse(corpus);
    const rows = table(toCsv(analyses, lookup));
    assert.ok(rows.some((r) => r.path === 'dir/b, "quoted".news.md'));
    for (const r of rows) {
      const text = r.path === 'a.news.md' ? ARTICLE : SECOND;
      assert.equal(text.slice(Number(r.start), Number(r.end)), r.text, 'start/end are UTF-16 offsets into the file');
    }
  });

  test('figures, dates and events with ACLED and UCDP date precision', () => {
    const { analyses, lookup } = analyse();
    const rows = table(toCsv(analyses, lookup));
    const pick = (text: string) => rows.find((r) => r.text === text)!;
    const monday = pick('Monday');
    assert.deepEqual([monday.kind, monday.date, monday.precision, monday.time_precision, monday.date_prec], ['date', '2025-11-10', 'day', '1', '1']);
    const october = pick('October 2025');
    assert.deepEqual([october.precision, october.time_precision, october.date_prec, october.date_from, october.date_to], ['month', '3', '4', '2025-10-01', '2025-10-31']);
    const year = pick('2026');
    assert.deepEqual([year.precision, year.time_precision, year.date_prec], ['year', '', '5'], 'ACLED has no year level');
    const event = pick('the convoy ambush');
    assert.deepEqual([event.kind, event.id, event.date, event.precision], ['event', 'anbar-convoy-ambush', '2025-11-03', 'day']);
    const figure = pick('More than 300 advisers');
    assert.deepEqual([figure.kind, figure.min, figure.max, figure.min_inclusive, figure.conservative, figure.date], ['figure', '300', '', 'false', '300', '2025-10']);
    assert.deepEqual([figure.unit, figure.noun], ['count', 'advisers']);
    assert.equal(pick('dozens').conservative, '12');
    // Places, persons and bases are not rows: the table is about figures, dates and events.
    assert.ok(!rows.some((r) => r.text === 'Iraq' || r.text === 'al-Khafaji'));
  });

  test('rows are in document order and the output is byte-identical run to run', () => {
    const { analyses, lookup } = analyse(corpus);
    const once = toCsv(analyses, lookup);
    assert.equal(toCsv(analyse(corpus).analyses, analyse(corpus).lookup), once);
    const rows = table(once).filter((r) => r.path === 'a.news.md').map((r) => Number(r.start));
    assert.deepEqual(rows, [...rows].sort((a, b) => a - b));
  });

  test('fields are quoted only when they must be', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(null), '');
    assert.equal(csvField(false), 'false');
  });

  test('no articles: just the header', () => {
    assert.equal(toCsv([], () => undefined), `${CSV_COLUMNS.join(',')}\r\n`);
  });
});
