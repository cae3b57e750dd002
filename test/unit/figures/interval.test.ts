import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { monthDate, parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import { valuesValidAt } from '../../../server/src/core/figures/figureFacts';
import { formatLike } from '../../../server/src/core/figures/formatNumber';
import { closed, contains, formatInterval, interval, overlaps } from '../../../server/src/core/figures/interval';
import { roundingInterval } from '../../../server/src/core/figures/qualifiers';
import { readNumberAt } from '../../../server/src/core/figures/readNumber';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { FigureValue, PreciseDate } from '../../../server/src/core/types';

const date = (text: string): PreciseDate => parsePreciseDate(text) as PreciseDate;

describe('interval edges', () => {
  test('an open end excludes its number, a closed end includes it', () => {
    const over = interval(5000, false, null, false);
    assert.equal(contains(over, 5000), false);
    assert.equal(contains(over, 5000.5), true);
    const atLeast = interval(5000, true, null, false);
    assert.equal(contains(atLeast, 5000), true);
    const fewer = interval(0, true, 100, false);
    assert.equal(contains(fewer, 100), false);
    assert.equal(contains(fewer, 99), true);
  });

  test('touching intervals overlap only when both touching ends are closed', () => {
    assert.equal(overlaps(closed(10, 20), closed(20, 30)), true);
    assert.equal(overlaps(interval(10, true, 20, false), closed(20, 30)), false);
    assert.equal(overlaps(closed(10, 20), interval(20, false, null, false)), false);
    assert.equal(overlaps(closed(10, 20), closed(21, 30)), false);
    assert.equal(overlaps(interval(5000, false, null, false), closed(2450, 2550)), false);
    assert.equal(overlaps(interval(5000, false, null, false), closed(4500, 5500)), true);
  });

  test('unbounded ends print as ∞', () => {
    assert.equal(formatInterval(interval(5000, false, null, false)), '(5000, ∞)');
    assert.equal(formatInterval(interval(0, true, 100, false)), '[0, 100)');
    assert.equal(formatInterval(closed(61, 61)), '[61]');
  });
});

describe('the rounding of a bare number', () => {
  const cases: [number, string][] = [
    // SPEC §4: half a unit of the last non-zero digit, no cap.
    [5000, '[4500, 5500]'], [400, '[350, 450]'], [7000, '[6500, 7500]'], [2500, '[2450, 2550]'], [61, '[61]'],
    [110, '[105, 115]'], [64, '[64]'], [100, '[50, 150]'], [10, '[5, 15]'], [5200, '[5150, 5250]'],
    [1500000, '[1450000, 1550000]'], [10_000_000, '[5000000, 15000000]'], [0, '[0]'],
    // a decimal: half a unit of its last decimal
    [2.5, '[2.45, 2.55]'], [56.11, '[56.105, 56.115]'], [0.5, '[0.45, 0.55]'],
  ];
  for (const [n, expected] of cases) test(`${n} → ${expected}`, () => assert.equal(formatInterval(roundingInterval(n, DEFAULT_SETTINGS)), expected));
});

describe('numbers written like the text', () => {
  const cases: [string, number, string][] = [
    ['5,000', 2500, '2,500'], ['5 000', 2500, '2 500'], ['5000', 2500, '2500'], ['11', 3000, '3,000'],
    ['1.5 million', 2500000, '2.5 million'], ['12k', 3000, '3k'], ['eleven', 34, 'thirty-four'], ['Eleven', 34, 'Thirty-four'],
    ['eleven', 110, '110'],
  ];
  for (const [written, value, expected] of cases) {
    test(`${written} → ${expected}`, () => assert.equal(formatLike(value, readNumberAt(written, 0), written), expected));
  }
});

describe('which gazetteer value is valid at a date', () => {
  const value = (v: number, asOf: string): FigureValue => ({ value: v, asOf: date(asOf), span: { start: 0, end: 0 } });
  const troops = [value(5200, '2020-01'), value(3000, '2020-09'), value(2500, '2021-01')];
  const tbi = [value(0, '2020-01-08'), value(11, '2020-01-16'), value(34, '2020-01-24')];
  const at = (values: FigureValue[], d: PreciseDate): number[] => valuesValidAt(values, d).map((v) => v.value);

  test('the latest value whose as_of is on or before the date', () => {
    assert.deepEqual(at(tbi, date('2020-01-20')), [11]);
    assert.deepEqual(at(tbi, date('2020-01-16')), [11]);
    assert.deepEqual(at(tbi, date('2020-01-15')), [0]);
  });
  test('a month-precision as_of holds from the first of its month', () => {
    assert.deepEqual(at(troops, date('2020-01-01')), [5200]);
    assert.deepEqual(at(troops, date('2020-01-31')), [5200]);
    assert.deepEqual(at(troops, date('2020-08-31')), [5200]);
    assert.deepEqual(at(troops, date('2020-09-01')), [3000]);
  });
  test('a coarse figure date admits every value recorded within it', () => {
    assert.deepEqual(at(tbi, monthDate(2020, 1)), [0, 11, 34]);
  });
  test('before the series starts nothing is valid', () => {
    assert.deepEqual(at(troops, date('2019-12-31')), []);
  });
});
