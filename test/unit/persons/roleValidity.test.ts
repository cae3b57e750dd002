import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import { spellEndedBefore, spellMayHaveBegunBy, spellMayHoldOn, spellSurelyHoldsOn } from '../../../server/src/core/persons/roleValidity';
import type { PreciseDate } from '../../../server/src/core/types';

const d = (text: string): PreciseDate => {
  const parsed = parsePreciseDate(text);
  if (!parsed) throw new Error(`bad date ${text}`);
  return parsed;
};

describe('role spells and dates of different precision', () => {
  const quds = { from: d('1998'), to: d('2020-01-03') };

  test('a role ending on a day still holds on that day, not the next', () => {
    assert.equal(spellSurelyHoldsOn(quds, d('2020-01-03')), true);
    assert.equal(spellMayHoldOn(quds, d('2020-01-04')), false);
    assert.equal(spellEndedBefore(quds, d('2020-01-04')), true);
    assert.equal(spellEndedBefore(quds, d('2020-01-03')), false);
  });

  test('a role starting in a year may hold on any day of it, and surely from the next', () => {
    assert.equal(spellMayHoldOn(quds, d('1998-01-01')), true);
    assert.equal(spellSurelyHoldsOn(quds, d('1998-06-01')), false);
    assert.equal(spellSurelyHoldsOn(quds, d('1999-01-01')), true);
    assert.equal(spellMayHoldOn(quds, d('1997-12-31')), false);
  });

  test('a coarse date overlapping the end is "perhaps", never "surely"', () => {
    assert.equal(spellMayHoldOn(quds, d('2020-01')), true);
    assert.equal(spellSurelyHoldsOn(quds, d('2020-01')), false);
  });

  test('an undated role may hold any time but is never surely held', () => {
    assert.equal(spellMayHoldOn({}, d('1900')), true);
    assert.equal(spellSurelyHoldsOn({}, d('2020-08-20')), false);
  });

  test('a role may have begun by a date within its first month', () => {
    const pm = { from: d('2020-05') };
    assert.equal(spellMayHaveBegunBy(pm, d('2020-05-01')), true);
    assert.equal(spellMayHaveBegunBy(pm, d('2020-04-30')), false);
    assert.equal(spellMayHaveBegunBy({}, d('1900')), true);
  });

  test('an open-ended role holds from its start on', () => {
    const spokesman = { from: d('2019-03') };
    assert.equal(spellSurelyHoldsOn(spokesman, d('2026-01-14')), true);
    assert.equal(spellMayHoldOn(spokesman, d('2019-02-28')), false);
  });
});
