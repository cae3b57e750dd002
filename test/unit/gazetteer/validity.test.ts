import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import { figureValueAt, loadGazetteer, operatorsOn, rolesOn, spellSurelyValidOn, spellValidOn } from '../../../server/src/core/gazetteer';
import type { PreciseDate } from '../../../server/src/core/types';
import { realisticFixtures } from './helpers';

function d(text: string): PreciseDate {
  const date = parsePreciseDate(text);
  if (!date) throw new Error(`bad date ${text}`);
  return date;
}

const g = loadGazetteer(realisticFixtures());

describe('spellValidOn: inclusive bounds at their precision', () => {
  const handover = { from: d('2003'), to: d('2026-01') };

  test('a month-precision end holds through the whole month, not after', () => {
    assert.equal(spellValidOn(handover, d('2026-01-31')), true);
    assert.equal(spellValidOn(handover, d('2026-02-01')), false);
  });

  test('a year-precision start holds from the first day of the year', () => {
    assert.equal(spellValidOn(handover, d('2003-01-01')), true);
    assert.equal(spellValidOn(handover, d('2002-12-31')), false);
  });

  test('a day-precision end holds on that day', () => {
    const command = { from: d('1998'), to: d('2020-01-03') };
    assert.equal(spellValidOn(command, d('2020-01-03')), true);
    assert.equal(spellValidOn(command, d('2020-01-04')), false);
  });

  test('a coarse article date overlapping the spell counts', () => {
    assert.equal(spellValidOn({ to: d('2020-01-03') }, d('2020')), true);
    assert.equal(spellValidOn({ from: d('2020-12-31') }, d('2020-12')), true);
    assert.equal(spellValidOn({ from: d('2021-01-01') }, d('2020-12')), false);
  });

  test('open ends', () => {
    assert.equal(spellValidOn({}, d('1900')), true);
    assert.equal(spellValidOn({ from: d('2026-01') }, d('2099-05-05')), true);
  });

  test('the strict reading needs the whole date inside the spell', () => {
    assert.equal(spellSurelyValidOn(handover, d('2026-01-15')), false);
    assert.equal(spellSurelyValidOn(handover, d('2025-12-31')), true);
    assert.equal(spellSurelyValidOn({ from: d('2003') }, d('2003-06-01')), false);
    assert.equal(spellSurelyValidOn({ from: d('2003') }, d('2004')), true);
  });
});

describe('operatorsOn and rolesOn', () => {
  const base = g.entities.get('ain-al-asad')!;

  test('before, during and after the January 2026 handover', () => {
    assert.deepEqual(operatorsOn(base, d('2020-01-08')).map((o) => o.org), ['us-led-coalition']);
    // The gazetteer cannot say which day of January: both may hold.
    assert.deepEqual(operatorsOn(base, d('2026-01-14')).map((o) => o.org), ['us-led-coalition', 'iraqi-security-forces']);
    assert.deepEqual(operatorsOn(base, d('2026-02-01')).map((o) => o.org), ['iraqi-security-forces']);
    assert.deepEqual(operatorsOn(base, d('2002')).map((o) => o.org), []);
  });

  test('a role ends on the day its holder died', () => {
    const soleimani = g.entities.get('qasem-soleimani')!;
    assert.deepEqual(rolesOn(soleimani, d('2020-01-03')).map((r) => r.title), ['Commander']);
    assert.deepEqual(rolesOn(soleimani, d('2020-08-20')), []);
    const spokesman = g.entities.get('tahsin-al-khafaji')!;
    assert.deepEqual(rolesOn(spokesman, d('2020-08-20')).map((r) => r.title), ['Spokesman']);
  });

  test('an entity without spells has none on any date', () => {
    assert.deepEqual(operatorsOn(g.entities.get('iraq')!, d('2020')), []);
    assert.deepEqual(rolesOn(g.entities.get('iraq')!, d('2020')), []);
  });
});

describe('figureValueAt: the latest value on or before the date', () => {
  const tbi = g.entities.get('ain-al-asad-strike-tbi')!;
  const troops = g.entities.get('us-troops-iraq')!;

  test('on the day of a value, between values, and before the first', () => {
    assert.equal(figureValueAt(tbi, d('2020-01-30'))?.value, 64);
    assert.equal(figureValueAt(tbi, d('2020-01-29'))?.value, 34);
    assert.equal(figureValueAt(tbi, d('2020-03-01'))?.value, 109);
    assert.equal(figureValueAt(tbi, d('2020-01-07')), null);
  });

  test('a month-precision as_of counts for any day of its month', () => {
    assert.equal(figureValueAt(troops, d('2020-01-01'))?.value, 5200);
    assert.equal(figureValueAt(troops, d('2020-08-20'))?.value, 5200);
    assert.equal(figureValueAt(troops, d('2021-01-10'))?.value, 2500);
    assert.equal(figureValueAt(troops, d('2019-12-31')), null);
  });

  test('a coarse date takes the latest value that may fall in it', () => {
    assert.equal(figureValueAt(tbi, d('2020-01'))?.value, 64);
  });

  test('the value carries its span for related information', () => {
    assert.ok(figureValueAt(tbi, d('2020-02-10'))!.span.start > tbi.location.keySpan.start);
  });

  test('an entity without values has none', () => {
    assert.equal(figureValueAt(g.entities.get('iraq')!, d('2020')), null);
  });
});
