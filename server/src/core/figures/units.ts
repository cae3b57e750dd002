// The unit a number is written with (SPEC §4): a percentage, an amount of money (by ISO 4217
// code), a distance (read in km) or a multiplier (`three times`). Everything else is a count of
// the noun after the number (countedNoun.ts). Pure; works on the text around one number.

export interface UnitReading {
  /** `percent`, `km`, `times`, or a currency code (`USD`). */
  unit: string;
  /** Where the unit is written (before the number for `$`, `€`, `US$`; after it otherwise). */
  start: number;
  end: number;
  /** Multiply the number by this to read it in `unit` (miles → km). */
  factor: number;
}

/** A symbol or code written right before the number: `$10 million`, `US$5`, `€3`, `USD 40`. */
const CURRENCY_BEFORE = /(?:(?<![\p{L}\p{N}])(US|C|A|NZ|HK)\$|(?<![\p{L}\p{N}])(USD|EUR|GBP|IQD|SYP|IRR|TRY|LBP|JOD|SAR|ILS|CNY|JPY|CHF|RUB)[ \u00a0]?|([$€£¥]))$/u;
const PREFIX_CODES: Record<string, string> = { US: 'USD', C: 'CAD', A: 'AUD', NZ: 'NZD', HK: 'HKD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** A currency prefix ending exactly at `numberStart`, or null. */
export function currencyBefore(text: string, numberStart: number): UnitReading | null {
  const slice = text.slice(Math.max(0, numberStart - 6), numberStart);
  const m = CURRENCY_BEFORE.exec(slice);
  if (!m) return null;
  const unit = m[1] !== undefined ? PREFIX_CODES[m[1]] : m[2] !== undefined ? m[2] : PREFIX_CODES[m[3]];
  return { unit, start: numberStart - m[0].length, end: numberStart, factor: 1 };
}

/** Demonyms that name a currency with the word after them ("Syrian pounds" are not sterling). */
const CURRENCY_ADJECTIVE: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', iraqi: 'IQD', syrian: 'SYP', lebanese: 'LBP',
  egyptian: 'EGP', jordanian: 'JOD', kuwaiti: 'KWD', iranian: 'IRR', saudi: 'SAR', turkish: 'TRY', israeli: 'ILS', qatari: 'QAR',
  libyan: 'LYD', sudanese: 'SDG', yemeni: 'YER', tunisian: 'TND', algerian: 'DZD', bahraini: 'BHD', omani: 'OMR', emirati: 'AED',
};
/** The currency a word names on its own, as wire copy about the region uses it. */
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', 'pound sterling': 'GBP', dinar: 'IQD', rial: 'IRR', riyal: 'SAR', lira: 'TRY',
  yuan: 'CNY', ruble: 'RUB', rouble: 'RUB', shekel: 'ILS',
};
const CODES = new Set(['USD', 'EUR', 'GBP', 'IQD', 'SYP', 'IRR', 'TRY', 'LBP', 'JOD', 'SAR', 'ILS', 'CNY', 'JPY', 'CHF', 'RUB', 'LYD', 'SDG', 'YER', 'AED']);
const KM_FACTOR: Record<string, number> = { km: 1, kms: 1, kilometer: 1, kilometre: 1, mile: 1.609344, meter: 0.001, metre: 0.001 };

const ADJECTIVES = Object.keys(CURRENCY_ADJECTIVE).map((a) => a.replace(/\./g, '\\.')).join('|');
/**
 * After the number: `12%`, `12 percent`, `5 million dollars`, `10,000 Iraqi dinars`, `40 USD`,
 * `180 kilometers`, `30 miles`, `20-kilometer`, `5km`, `three times`. Sticky, tried at one offset.
 */
const AFTER = new RegExp(String.raw`(?:[ \u00a0]?(%)|[ \u00a0]*(?:[-‐][ \u00a0]*)?(percent|per[ \u00a0]?cent)\b|[ \u00a0]+(?:(${ADJECTIVES})[ \u00a0]+)?(dollars?|euros?|pounds?(?:[ \u00a0]+sterling)?|dinars?|rials?|riyals?|liras?|lira|yuan|rubles?|roubles?|shekels?)\b|(?:[ \u00a0]*[-‐][ \u00a0]*|[ \u00a0]?)(kms?|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b|[ \u00a0]+(times)\b|[ \u00a0]?([A-Z]{3})\b)`, 'iuy');

/** The unit written right after the number ending at `numberEnd`, or null (a count, or not a figure). */
export function unitAfter(text: string, numberEnd: number): UnitReading | 'weight' | null {
  AFTER.lastIndex = numberEnd;
  const m = AFTER.exec(text);
  if (!m) return null;
  const end = numberEnd + m[0].length;
  const at = (unit: string, factor = 1): UnitReading => ({ unit, start: numberEnd, end, factor });
  if (m[1] !== undefined || m[2] !== undefined) return at('percent');
  if (m[4] !== undefined) {
    const word = m[4].toLowerCase().replace(/\s+/g, ' ');
    // "500 pounds of explosives" is a weight, "a 500-pound bomb" never reaches here.
    if (/^pounds?$/.test(word) && /^\s+of\b/i.test(text.slice(end, end + 5))) return 'weight';
    const adjective = m[3] !== undefined ? CURRENCY_ADJECTIVE[m[3].toLowerCase()] : undefined;
    const base = singularCurrency(word);
    return at(adjective ?? CURRENCY_WORD[base] ?? base.toUpperCase());
  }
  if (m[5] !== undefined) {
    const word = m[5].toLowerCase();
    const key = word === 'kms' ? 'kms' : word.replace(/s$/, '');
    return at('km', KM_FACTOR[key] ?? 1);
  }
  if (m[6] !== undefined) return at('times');
  if (m[7] !== undefined) return CODES.has(m[7]) ? at(m[7]) : null;
  return null;
}

function singularCurrency(word: string): string {
  if (word === 'pounds sterling' || word === 'pound sterling') return 'pound sterling';
  if (word === 'liras') return 'lira';
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** `hundreds of times`, `dozens of times`: a vague amount takes `times` after "of". */
const OF_TIMES = /[ \u00a0]+of[ \u00a0]+times\b/iy;

/** The `times` unit after "of" following a vague amount ending at `numberEnd`, or null. */
export function vagueTimesAfter(text: string, numberEnd: number): UnitReading | null {
  OF_TIMES.lastIndex = numberEnd;
  const m = OF_TIMES.exec(text);
  return m ? { unit: 'times', start: numberEnd, end: numberEnd + m[0].length, factor: 1 } : null;
}
