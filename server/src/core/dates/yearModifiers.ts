// Years written without a preposition, as news copy uses them (SPEC §4): as modifiers of a noun
// ("the 2003 invasion", "a 1996 law", "Iraq's 2005 constitution"), as the second year of a pair
// ("between 1994 and 1997", "from 2014 to 2017"), after "dating (back) to" and "as early as". chrono has no such
// form; `newsChrono.ts` reads the ones after a preposition ("in 2014", "since 2014").
//
// A four-digit number before a count noun or another digit group is a count ("the 2000 troops").

import type { Span } from '../types';
import { COUNT_NOUNS } from './countNouns';

/** After a modifier year: a count noun, or a word that shows the number is an amount ("the 2000 were"). */
const COUNT_NOUN = new RegExp(`^(?:${COUNT_NOUNS}|dead|more|others|of|or|and|to|were|are|have|had)$`, 'i');

/** `the 2003 invasion`, `a 1996 law`, `Iraq's 2005 constitution`: a determiner, the year, a word. */
const MODIFIER_YEAR = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[A-Za-z]+['\u2019]s)\s+((?:1[89]|20)\d\d)\s+([A-Za-z][A-Za-z-]*)/g;
/** `1994 and 1997`, `2014 to 2017`, `2014-2017`: the second year of a pair. */
const PAIRED_YEAR = /\b(?:1[89]|20)\d\d\s*(?:and|or|to|through|-|–)\s*((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)/g;
/** `in 2016, 2018 and 2019`: a year after a year and a comma (the list's later years). */
const LISTED_YEAR = /\b(?:1[89]|20)\d\d\s*,\s*((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)(?:\s+([A-Za-z][A-Za-z-]*))?/g;
/** `as early as 2014`, `as recently as 2019`, `as far back as 1991`: a year as a limit in time. */
const AS_LIMIT_YEAR = /\bas\s+(?:early|late|recently|far\s+back|long\s+ago)\s+as\s+((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)/gi;
/** `dating to 1994`, `dating back to 1994`, `back to 2003`. */
const DATING_YEAR = /\b(?:dating|dates|dated|goes|go|going|back)\s+(?:back\s+)?to\s+((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)/gi;

/**
 * `below 2023 levels`, `above pre-2014 highs`, `than 2019 output`: a year before a noun of a
 * comparison's standard (levels, highs, an average, output …), after a word that compares (not
 * `more than`, which counts: `more than 2000 levels` is an amount). It dates
 * the standard; it never counts the levels.
 */
const COMPARISON_YEAR =
  /\b(?:below|above|under|over|(?<!(?:more|less|fewer)\s+)than|to|at|near|from|beyond|past|with|of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|pre|post)[\s-]+((?:1[89]|20)\d\d)\s+(?:levels?|highs?|lows?|peaks?|averages?|baselines?|volumes?|output|rates?|prices?)\b/gi;

/** The spans of modifier, paired, comparison and "dating to" years in [from, to) of `text`. */
export function findModifierYears(text: string, from: number, to: number): { span: Span; year: number }[] {
  const found: { span: Span; year: number }[] = [];
  // Every pattern holds a year: most windows (a weekday, "last week") have none, and skip the six regexes.
  if (!hasYear(text, from, to)) return found;
  const slice = text.slice(from, to);
  const add = (m: RegExpExecArray) => {
    const at = from + m.index + m[0].lastIndexOf(m[1]);
    found.push({ span: { start: at, end: at + 4 }, year: Number(m[1]) });
  };
  for (const m of slice.matchAll(MODIFIER_YEAR)) {
    if (!COUNT_NOUN.test(m[2])) add(m as RegExpExecArray);
  }
  for (const m of slice.matchAll(PAIRED_YEAR)) add(m as RegExpExecArray);
  for (const m of slice.matchAll(DATING_YEAR)) add(m as RegExpExecArray);
  for (const m of slice.matchAll(AS_LIMIT_YEAR)) add(m as RegExpExecArray);
  for (const m of slice.matchAll(LISTED_YEAR)) if (!m[2] || /^(?:and|or)$/i.test(m[2]) || !COUNT_NOUN.test(m[2])) add(m as RegExpExecArray);
  for (const m of slice.matchAll(COMPARISON_YEAR)) add(m as RegExpExecArray);
  return found;
}

/** Whether [from, to) of `text` holds `18dd`, `19dd` or `20dd` (what `(?:1[89]|20)\d\d` matches). */
function hasYear(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 49 && c !== 50) continue; // 1, 2
    const d = text.charCodeAt(i + 1);
    if (!(c === 49 ? d === 56 || d === 57 : d === 48)) continue; // 18, 19, 20
    if (isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
