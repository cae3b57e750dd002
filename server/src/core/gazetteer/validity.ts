import type { FigureValue, GazetteerEntity, OperatorSpell, PreciseDate, RoleSpell } from '../types';

// Dates on gazetteer entities against a date in an article.
//
// Both sides carry a precision, so each is an interval of days: `to: 2026-01` ends on some day of
// January 2026, `from: 2003` starts on some day of 2003, a week-precision article date covers
// seven days. A spell is valid on a date when the two intervals may overlap — boundaries are
// inclusive at their written precision. So during January 2026 both the operator whose spell
// ends `2026-01` and the one whose spell starts `2026-01` are valid: the gazetteer cannot say
// which day the handover was, and checks built on these helpers must not warn on a guess.
// A spell without `from` has held since ever; one without `to` still holds.

export interface DatedSpell {
  from?: PreciseDate;
  to?: PreciseDate;
}

/** The spell may hold on some day of `date` (inclusive, precision-aware bounds). */
export function spellValidOn(spell: DatedSpell, date: PreciseDate): boolean {
  if (spell.from && spell.from.start > date.end) return false;
  if (spell.to && spell.to.end < date.start) return false;
  return true;
}

/**
 * The spell holds on every day of `date` whatever the exact days of its bounds — the strict
 * reading, for messages like "former commander" that need certainty that a spell is still on.
 */
export function spellSurelyValidOn(spell: DatedSpell, date: PreciseDate): boolean {
  if (spell.from && spell.from.end > date.start) return false;
  if (spell.to && spell.to.start < date.end) return false;
  return true;
}

/** Operators of a base that may have operated it on `date`, in gazetteer order. */
export function operatorsOn(entity: GazetteerEntity, date: PreciseDate): OperatorSpell[] {
  return (entity.operators ?? []).filter((spell) => spellValidOn(spell, date));
}

/** Roles of a person that may have been held on `date`, in gazetteer order. */
export function rolesOn(entity: GazetteerEntity, date: PreciseDate): RoleSpell[] {
  return (entity.roles ?? []).filter((spell) => spellValidOn(spell, date));
}

/**
 * The value of a figure at `date` (SPEC §4): the latest value whose `as_of` is on or before the
 * date. "On or before" is read at both precisions: `as_of: 2021-01` counts for any date in or
 * after January 2021 (its first day is not after the date's last day). Values are sorted by the
 * start of `as_of`; among values of the same `as_of`, the one written last wins. Null when every
 * value is later than the date, or the entity has none.
 */
export function figureValueAt(entity: GazetteerEntity, date: PreciseDate): FigureValue | null {
  const values = entity.values;
  if (!values || values.length === 0) return null;
  // Binary search for the last value whose as_of starts on or before the date's last day.
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid].asOf.start <= date.end) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : values[lo - 1];
}
