import { type DatedSpell, spellSurelyValidOn, spellValidOn } from '../gazetteer/validity';
import type { PreciseDate } from '../types';

// When a role holds, for the person checks. Built on the gazetteer's own validity rules
// (gazetteer/validity.ts: inclusive bounds at their written precision, so `to: 2020-01-03` still
// holds on that day and `from: 1998` may hold on any day of 1998), with the few extra questions
// the checks ask. Checks flag only on "surely" answers, so a coarse date never warns by itself.

export { spellValidOn as spellMayHoldOn };

/**
 * Surely held on every day of `date`. Stricter than `spellSurelyValidOn` in one way: a role with
 * neither bound says nothing about when it was held (the gazetteer author may simply not know),
 * so it is never "surely" held and "former" is never flagged against it.
 */
export function spellSurelyHoldsOn(spell: DatedSpell, date: PreciseDate): boolean {
  if (!spell.from && !spell.to) return false;
  return spellSurelyValidOn(spell, date);
}

/** The spell surely ended before `date` began. */
export function spellEndedBefore(spell: DatedSpell, date: PreciseDate): boolean {
  return spell.to !== undefined && spell.to.end < date.start;
}

/** The spell may have begun on or before `date` (it has no start, or its start is not later). */
export function spellMayHaveBegunBy(spell: DatedSpell, date: PreciseDate): boolean {
  return !spell.from || spell.from.start <= date.end;
}
