// A chrono-node instance trimmed for news text. chrono finds the surface forms (month names,
// day-month orders, ISO dates, weekdays, "last month", "two days ago") and merges "Tuesday,
// January 14"; everything about *which* day a form means is re-derived in `interpretDate.ts`,
// because chrono resolves towards the nearest occurrence, not the most recent one before
// publication (notes/performance.md).
//
// Parsers that only produce noise in news copy are left out: slash dates ("24/7", "9/11"), times
// of day, "in 12 minutes", "three days later" (relative to a narrated day, not to publication),
// "end of the month". chrono does not export its parser classes (package "exports"), so they
// are picked from the casual configuration by class name; should the names ever be mangled,
// nothing is dropped and the filters in `findDates.ts` still remove what these parsers find.

import * as chrono from 'chrono-node';
import { COUNT_NOUNS } from './countNouns';

const UNWANTED_PARSERS = new Set([
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/**
 * Ranges ("from January 3 to January 5") stay two dates; periods stay as written; "May" alone is
 * judged by `newsDateFilter.ts` (chrono's own filter would also drop "since May").
 */
const UNWANTED_REFINERS = new Set([
  'ENMergeDateRangeRefiner',
  'ENEndOfPeriodRefiner',
  'ForwardDateRefiner',
  'ENMergeDateTimeRefiner',
  'ENUnlikelyFormatFilter',
  // Time-zone suffixes only matter with a time of day, which news dates here never carry.
  'ExtractTimezoneAbbrRefiner',
  'ExtractTimezoneOffsetRefiner',
]);

/** Words before a bare year that make it one: "in 2014", "since 2014", "the summer of 2014". */
const YEAR_PREPOSITIONS =
  'in|since|until|till|by|from|before|after|during|through|throughout|early|late|mid|between|' +
  'compared\\s+(?:with|to)|' +
  // "of" alone also introduces counts ("a force of 2000"), so only after a part of a year.
  '(?:summer|spring|autumn|fall|winter|end|start|beginning|middle|half|rest|part)\\s+of';

/**
 * `in 2014`, `since 2014`, `by 2030`: a year after a preposition (chrono has no such form). A
 * four-digit number before a count noun, a digit group or a percent sign is a count, not a year.
 */
const YEAR_AFTER_PREPOSITION = new RegExp(
  `\\b(?:${YEAR_PREPOSITIONS})[\\s-]+((?:1[89]|20)\\d\\d)(?![\\d,.]\\d|\\s*%|\\s+(?:${COUNT_NOUNS})\\b)\\b`,
  'i',
);

/**
 * The match keeps its preposition ("in 2014"): chrono drops results made of digits only, so the
 * span is cut down to the year afterwards (`findDates.ts`).
 */
const yearParser: chrono.Parser = {
  pattern: () => YEAR_AFTER_PREPOSITION,
  extract: (context, match) => {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.assign('year', Number(match[1]));
    result.start.addTag('parser/newsYearParser');
    return result;
  },
};

function build(): chrono.Chrono {
  const base = chrono.casual.clone();
  const parsers = base.parsers.filter((p) => !UNWANTED_PARSERS.has(p.constructor.name));
  const refiners = base.refiners.filter((r) => !UNWANTED_REFINERS.has(r.constructor.name));
  return new chrono.Chrono({ parsers: [...parsers, yearParser], refiners });
}

export const newsChrono: chrono.Chrono = build();

export type ChronoResult = chrono.ParsedResult;
