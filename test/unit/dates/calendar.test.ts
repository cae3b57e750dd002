import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDayLike, formatWeekdayLike } from '../../../server/src/core/dates/dateFormat';
import {
  dayNumber, isoWeekMonday, isoDay, parseDateValue, shiftMonth, weekDate,
} from '../../../server/src/core/dates/preciseDate';
import { clauseDirection, hasFutureCue } from '../../../server/src/core/dates/tense';

describe('ISO weeks across New Year', () => {
  for (const [day, week, monday] of [
    ['2020-12-31', '2020-W53', '2020-12-28'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2021-01-04', '2021-W01', '2021-01-04'],
    ['2019-12-30', '2020-W01', '2019-12-30'],
    ['2026-01-01', '2026-W01', '2025-12-29'],
  ] as const) {
    test(`${day} lies in ${week}`, () => {
      const [y, m, d] = day.split('-').map(Number);
      const w = weekDate(dayNumber(y, m, d));
      assert.equal(w.value, week);
      assert.equal(w.start, monday);
      assert.equal(w.precision, 'week');
    });
  }

  test('isoWeekMonday inverts weekDate and refuses weeks a year lacks', () => {
    assert.equal(isoDay(isoWeekMonday(2020, 53) as number), '2020-12-28');
    assert.equal(isoDay(isoWeekMonday(2021, 1) as number), '2021-01-04');
    assert.equal(isoWeekMonday(2021, 53), null);
    assert.equal(isoWeekMonday(2021, 0), null);
  });
});

describe('parseDateValue (pinned values)', () => {
  test('accepts the four precisions', () => {
    assert.deepEqual(
      ['2020', '2020-01', '2020-W02', '2020-01-03'].map((v) => [parseDateValue(v)?.value, parseDateValue(v)?.precision]),
      [['2020', 'year'], ['2020-01', 'month'], ['2020-W02', 'week'], ['2020-01-03', 'day']],
    );
    assert.deepEqual([parseDateValue('2020-W02')?.start, parseDateValue('2020-W02')?.end], ['2020-01-06', '2020-01-12']);
  });

  test('rejects what is not a date', () => {
    for (const bad of ['', 'last Friday', '2020-02-30', '2021-W53', '2020-W1', '20-01-03']) assert.equal(parseDateValue(bad), null, bad);
  });
});

test('shiftMonth crosses year ends both ways', () => {
  assert.deepEqual(shiftMonth(2020, 1, -1), { year: 2019, month: 12 });
  assert.deepEqual(shiftMonth(2020, 12, 1), { year: 2021, month: 1 });
  assert.deepEqual(shiftMonth(2020, 3, -15), { year: 2018, month: 12 });
});

describe('writing a corrected date like the original', () => {
  const day = (y: number, m: number, d: number) => dayNumber(y, m, d);
  for (const [written, target, expected] of [
    ['January 15, 2020', day(2020, 1, 14), 'January 14, 2020'],
    ['15 January 2020', day(2020, 1, 16), '16 January 2020'],
    ['15th of January', day(2020, 1, 13), '13th of January'],
    ['Jan. 1', day(2019, 12, 30), 'Dec. 30'],
    ['March 1, 2020', day(2020, 2, 28), 'February 28, 2020'],
    ['January 2nd', day(2020, 1, 3), 'January 3rd'],
    ['2020-01-15', day(2020, 1, 14), '2020-01-14'],
  ] as const) {
    test(`${written} → ${expected}`, () => assert.equal(formatDayLike(written, target), expected));
  }

  test('weekday names keep their length and case', () => {
    assert.equal(formatWeekdayLike('Tuesday', 3), 'Wednesday');
    assert.equal(formatWeekdayLike('Tue', 3), 'Wed');
    assert.equal(formatWeekdayLike('TUESDAY', 0), 'SUNDAY');
  });
});

describe('tense of a sentence', () => {
  test('future cues from SPEC §4 are recognised', () => {
    for (const s of ['Troops will leave.', 'The vote is next week.', 'The envoy is to arrive.', 'Talks are scheduled.', 'The army plans an offensive.', 'Ministers are set to meet.', 'A summit to be held in May.']) {
      assert.ok(hasFutureCue(s), s);
    }
    assert.ok(!hasFutureCue('The army withdrew after talks on Friday.'));
  });

  test('the nearest marker decides, past verb before the date', () => {
    const s = 'Iraq announced Wednesday it would take over the base next week.';
    const at = s.indexOf('Wednesday');
    assert.equal(clauseDirection(s, at, at + 9), 'past');
    const t = 'Officials said the base will be handed over on Friday.';
    const f = t.indexOf('Friday');
    assert.equal(clauseDirection(t, f, f + 6), 'future');
  });
});
