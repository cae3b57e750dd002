import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysInMonth, dayNumber, fromDayNumber } from '../../../server/src/core/dates/preciseDate';

// Day numbers are turned into dates by arithmetic in years 100–9999 (no Date object per resolved
// date); it must agree with Date on every day there, and outside it Date still answers.
const DAY_MS = 86_400_000;

test('fromDayNumber agrees with Date on every day from 0100-01-01 to 9999-12-31', () => {
  const first = Date.UTC(100, 0, 1) / DAY_MS;
  const last = Date.UTC(9999, 11, 31) / DAY_MS;
  for (let n = first - 3; n <= last + 3; n++) {
    const d = new Date(n * DAY_MS);
    const expected = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    const got = fromDayNumber(n);
    if (got.year !== expected.year || got.month !== expected.month || got.day !== expected.day) {
      assert.deepEqual(got, expected, `day ${n}`);
    }
  }
  assert.deepEqual(fromDayNumber(dayNumber(2020, 2, 29)), { year: 2020, month: 2, day: 29 });
});

test('daysInMonth knows leap years and the months', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(2023, 4), 30);
  assert.equal(daysInMonth(2023, 12), 31);
  for (let year = 100; year <= 9999; year += 7) {
    for (let month = 1; month <= 12; month++) {
      assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
    }
  }
});
