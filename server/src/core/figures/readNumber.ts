// Reads one number as written — digits, number words, scale words, vague amounts — at a known
// start offset. Knows nothing of context (qualifiers, nouns, years); recognizeFigures does that.

export type NumberStyle = 'digits' | 'words' | 'vague';

export interface NumberReading {
  start: number;
  end: number;
  /** The amount; for vague amounts the lower end of their interval. */
  value: number;
  style: NumberStyle;
  /** Thousands separator as written (`5,000` → ',', `5 000` → ' '); '' for none. */
  separator: string;
  /** A scale word or suffix that multiplied the digits (`million`, `k`, `bn`, `dozen`), lower-case. */
  scale: string | null;
  /** Vague amounts (`dozens`, `hundreds`): their interval and ACLED-style conservative reading. */
  vague?: { min: number; max: number; conservative: number };
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w !== ''),
]);

const SCALE_VALUE: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, bn: 1e9,
};

/** Vague amounts with the intervals SPEC §4 gives, and the readings conflict datasets code. */
const VAGUE: Record<string, { min: number; max: number; conservative: number }> = {
  dozens: { min: 24, max: 99, conservative: 12 },
  hundreds: { min: 200, max: 999, conservative: 100 },
  thousands: { min: 2000, max: 9999, conservative: 1000 },
  'tens of thousands': { min: 20_000, max: 99_999, conservative: 10_000 },
  'hundreds of thousands': { min: 200_000, max: 999_999, conservative: 100_000 },
  millions: { min: 2e6, max: 999e6, conservative: 1e6 },
};

const UNIT_WORDS = UNITS.join('|');
const TEN_WORDS = TENS.filter(Boolean).join('|');

/**
 * Where a number may start: a digit, a number word, or a vague amount. Scanning for these first
 * keeps the per-character work to one regex over the text; all the rest runs only at hits.
 */
export const NUMBER_START = new RegExp(
  String.raw`\d|\b(?:a\s+(?:dozen|hundred|thousand|million)|(?:tens|hundreds)\s+of\s+thousands|dozens|hundreds|thousands|millions|${TEN_WORDS}|${UNIT_WORDS})\b`,
  'gi',
);

const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?/y;
const SUFFIX_SCALE = /(k|K|bn)(?![\p{L}\p{N}])/uy;
const WORD_SCALE = /[ \u00a0]+(dozen|hundred|thousand|million|billion|trillion)\b/iy;
const WORD_NUMBER = new RegExp(String.raw`(?:(${TEN_WORDS})(?:[-\u2010 ](one|two|three|four|five|six|seven|eight|nine)\b)?|(${UNIT_WORDS}))\b`, 'iy');
const A_SCALE = /a\s+(dozen|hundred|thousand|million)\b/iy;
const VAGUE_WORDS = /(tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|hundreds|thousands|millions)\b/iy;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Multiplies by a following scale word or suffix (`1.5 million`, `12k`, `two dozen`). */
function withScale(text: string, reading: NumberReading, allowSuffix: boolean): NumberReading {
  const suffix = allowSuffix ? sticky(SUFFIX_SCALE, text, reading.end) : null;
  const word = suffix ?? sticky(WORD_SCALE, text, reading.end);
  if (!word) return reading;
  const scale = word[1].toLowerCase();
  return { ...reading, end: reading.end + word[0].length, value: reading.value * SCALE_VALUE[scale], scale };
}

/** Reads the number starting exactly at `at`, or null if none starts there. */
export function readNumberAt(text: string, at: number): NumberReading | null {
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) {
    const m = sticky(DIGITS, text, at);
    if (!m) return null;
    const written = m[0];
    const separator = written.includes(',') ? ',' : /[ \u00a0\u202f]/.test(written) ? ' ' : '';
    const value = Number(written.replace(/[, \u00a0\u202f]/g, ''));
    // Beyond 15 digits a number is an identifier or junk, never a count (and loses precision).
    if (!Number.isFinite(value) || written.replace(/\D/g, '').length > 15) return null;
    return withScale(text, { start: at, end: at + written.length, value, style: 'digits', separator, scale: null }, true);
  }
  const vague = sticky(VAGUE_WORDS, text, at);
  if (vague) {
    const key = vague[1].toLowerCase().replace(/\s+/g, ' ');
    const v = VAGUE[key];
    return { start: at, end: at + vague[0].length, value: v.min, style: 'vague', separator: '', scale: null, vague: v };
  }
  const a = sticky(A_SCALE, text, at);
  if (a) {
    return { start: at, end: at + a[0].length, value: SCALE_VALUE[a[1].toLowerCase()], style: 'words', separator: '', scale: a[1].toLowerCase() };
  }
  const w = sticky(WORD_NUMBER, text, at);
  if (!w) return null;
  const value = w[3] !== undefined
    ? (WORD_VALUE.get(w[3].toLowerCase()) as number)
    : (WORD_VALUE.get(w[1].toLowerCase()) as number) + (w[2] ? (WORD_VALUE.get(w[2].toLowerCase()) as number) : 0);
  return withScale(text, { start: at, end: at + w[0].length, value, style: 'words', separator: '', scale: null }, false);
}

/** Number words for 0–99, the way an article would write them (`twenty-one`). */
export function numberToWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return UNITS[n];
  const tens = TENS[Math.floor(n / 10)];
  return n % 10 === 0 ? tens : `${tens}-${UNITS[n % 10]}`;
}
