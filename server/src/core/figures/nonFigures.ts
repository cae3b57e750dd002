import type { NumberReading } from './readNumber';

// Numbers that are not amounts: ages, years, dates, ordinals, names of units and weapons
// (`Division 7`, `F-16`, `Resolution 2231`), times, phone-like and list numbers, and measures
// that are no amount of anything (`3 percentage points`, `40 degrees`, lengths other than distance). Percentages, money, distances and `times` are
// figures with a unit (units.ts reads them before these tests run); the exclusions below only
// catch the forms units.ts does not read (`percentage points`, bare `dinars` glued forms …).
// A duration is an amount, and SPEC §4 reads any amount without a unit of its own as a count of
// the noun after it: `180 days`, `five months`, `about two hours` are counts of days, months and
// hours (SPEC's non-amounts are ages, years, ordinals and unit names: `45 years old` and
// `a 10-day truce` stay out; `two weeks ago` is a date and never reaches here).
// Weights, volumes and areas are amounts without a unit of their own in SPEC §4, so they count
// their noun as durations do: `some 21,000 tonnes of fertiliser` counts tonnes, `40 kg` counts kg.
// Barrels are counted, not measured: `180,000 barrels per day` is a count of barrels (the rate's
// `per day`/`a day` ends the noun phrase and is not part of the noun, as in a gazetteer figure
// whose label says "in barrels per day" and whose units are `[barrels]`).

/** What precedes and follows the number inside its sentence, for the context tests below. */
export interface NumberContext {
  before: string;
  after: string;
  /** A unit is written with the number (`78 times`, `30 percent`): then it is a measure, never a label such as `Division 7`. */
  hasUnit?: boolean;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

const AFTER_EXCLUDES: RegExp[] = [
  /^(?:st|nd|rd|th)\b/i, // ordinals: 18th, 7th Division
  /^[-‐][\p{L}]/u, // compound modifiers: 45-year-old, 10-day, 3-member
  /^[\p{L}\p{N}_]/u, // glued to letters: 5km, 3D, 10am (k and bn are read as scale before this)
  /^\s?(?:%|per\s?cent\b|percentage\b)/i,
  /^[:/]\d/, // 10:30, 3/1/2020
  /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|h\b)/i,
  /^\s+(?:us\s+)?(?:dollars?|euros?|pounds?|dinars?|rials?|riyals?|yuan|rupees?|cents?|usd|eur|iqd|gbp)\b/i,
  new RegExp(String.raw`^\.?\s+${MONTH}\b`, 'i'), // 3 January, 3 Jan.
  /^\s+(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|ft|feet|foot|inch(?:es)?|sq|square|degrees?|seconds?|centuries|century|times)\b/i,
  /^\s*[-‐]?\s*years?[-‐\s]+old\b/i,
  /^\s*-\s*\d+\s*-\s*\d/, // 555-123-4567, serials
];

const BEFORE_EXCLUDES: RegExp[] = [
  /[\p{L}\p{N}_][-‐]?$/u, // F-16, MQ-9, A320, COVID-19
  /[#№$€£¥₹+/:]\s?$/, // #5, $5 million, +964, 3/4, 10:30
  /\b(?:us\$|usd|eur|iqd|gbp|no\.|nos\.|number|num\.)\s?$/i,
  /\b(?:aged?|ages)\s+$/i,
  // The later ages of a list: `aged 46, 24 and 23`.
  /\b(?:aged?|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*)?(?:,|and|or|to)\s*$/i,
  /\d[-‐]$/, // the later parts of 555-123-4567
  /(?:^|[^\p{N}])0\d{2,}\s$/u, // the later groups of 0912 345 678
  /\+\d{1,3}(?:\s\d{1,5})+\s$/, // the later groups of +33 1 4567 8900
  /\bwho\s+(?:was|is)\s+$/i, // "…, who was 82.": an age
  /\bas\s+(?:young|old)\s+as\s+$/i, // "children as young as 12": an age
  // "the hotline 113", "dial 112", "Tel. 0750": numbers to call.
  /\b(?:hotlines?|helplines?|dial(?:l?ing|l?ed)?|tel\.|telephone|phone|whatsapp|sms|text)\s+(?:(?:number|no\.|on|at)\s+)?$/i,
  new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i'), // January 3, Jan. 3
];

/**
 * Words that may stand capitalised right before a count at the start of a sentence. Any other
 * capitalised word right before a number names something: `Division 7`, `Resolution 2231`.
 */
const MAY_PRECEDE_COUNT = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'of', 'for', 'with', 'and', 'but', 'or', 'only', 'just', 'all', 'some',
  'about', 'around', 'over', 'nearly', 'almost', 'roughly', 'approximately', 'exactly', 'precisely', 'estimated',
  'another', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'between', 'from', 'to', 'under', 'above', 'below',
  'circa', 'than', 'least', 'most', 'up', 'more', 'fewer', 'less', 'when', 'while', 'after', 'since', 'as', 'another',
  'killing', 'wounding', 'injuring', 'including', 'among', 'another', 'those', 'nor', 'yet', 'so', 'like', 'another',
]);

const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*)\s$/u;

/** True if the number is a label, date part, ordinal, age, percentage, money, time or measure. */
export function isNonFigure(reading: NumberReading, ctx: NumberContext): boolean {
  const { before, after } = ctx;
  if (reading.style === 'digits') {
    for (const re of BEFORE_EXCLUDES) if (re.test(before)) return true;
    const cap = CAPITALISED_WORD_BEFORE.exec(before);
    if (cap && !ctx.hasUnit && !MAY_PRECEDE_COUNT.has(cap[1].toLowerCase()) && !/['’]s?$/.test(cap[1])) return true; // Iraq's 5,000 troops is a count
    // (31) after a name, (2) in lists; not a measure in brackets: `100 kilometers (62 miles)`.
    if (!ctx.hasUnit && /\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
    if (/(?:^|\n)[ \t>]*$/.test(before) && /^[.)]\s/.test(after)) return true; // "1. " list markers
    if (/^\.\d/.test(after)) return true; // 3.2.1: a section number, not a decimal
    // `the 444 Brigade`, `the 5 Star Movement`: after `the`, a number before a capitalised
    // singular word that ends the noun phrase names a unit (a count is plural: `the 30 Iraqis`,
    // `the 30 Iraqi soldiers`).
    if (/(?:^|[^\p{L}])the\s+$/iu.test(before) && /^\s+\p{Lu}\p{Ll}+(?=[\s.,;:]|$)(?!\s+\p{Ll}+s\b)/u.test(after)
      && !/^\s+\p{Lu}\p{Ll}*(?:s|men|ese|ians?|is)\b/u.test(after)) return true;
    // "call 113 for help": a number to call ends its phrase; "call 20 witnesses" is a count.
    if (/\bcall(?:ing)?\s+$/i.test(before) && /^\s*(?:[,.;)]|or\b|for\b|$)/i.test(after)) return true;
  } else {
    // Number words take part in ages and measures too (`a forty-five-year-old`, `two years`).
    if (/\b(?:aged?|ages)\s+$/i.test(before) || /\bas\s+(?:young|old)\s+as\s+$/i.test(before)) return true;
  }
  for (const re of AFTER_EXCLUDES) if (re.test(after)) return true;
  return false;
}

/** `2014`: a four-digit number in the range years are written in, without separators. */
export function looksLikeYear(reading: NumberReading): boolean {
  return reading.style === 'digits' && reading.separator === '' && reading.scale === null
    && Number.isInteger(reading.value) && reading.value >= 1800 && reading.value <= 2199
    && reading.end - reading.start === 4;
}

/** Words after which a four-digit number is a year even when a noun follows (`in 2020 troops left`). */
export const BEFORE_YEAR = /\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|through|to|and|between|year|summer|winter|spring|autumn|fall|around|circa|c\.|since|end)\s+$/i;
