import { isApostropheCode, isHyphenCode, isInlineSpaceCode, isLowerCode, isUpperCode, isWordCode } from '../article/chars';

/**
 * Names and text are compared as sequences of tokens (runs of letters and digits). Each token has
 * a folded key (lower case, diacritics dropped) and, when written in capitals like `IS` or `JOC`,
 * an exact key `=IS` that only capitals in the text can reach. Dotted acronyms (`U.S.`, `U.S`)
 * are one token `US`. What lies between tokens (space, hyphen, apostrophe) does not matter inside
 * a name, so `al-Asad`, `al Asad` and `Al‐Asad` are the same two tokens `al` `asad`.
 */
export interface Tokens {
  start: number[];
  end: number[];
  /** Folded key (`asad`). */
  folded: string[];
  /** `=JOC` for a token in capitals, else null. */
  exact: (string | null)[];
  /** `joinable[i]`: token i may continue a name begun before it (only spaces, hyphens, apostrophes between). */
  joinable: boolean[];
}

const EXACT_PREFIX = '=';

/** Folds one token's text: lower case; accents and other combining marks dropped. */
export function foldToken(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return lower;
}

export function isAcronym(raw: string): boolean {
  if (raw.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) letters++;
  }
  return letters > 0;
}

/** The exact (case-sensitive) key of a token written in capitals, else null. */
export function exactKey(raw: string): string | null {
  return isAcronym(raw) ? EXACT_PREFIX + raw : null;
}

export function wordEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) i++;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const cp = text.codePointAt(i) as number;
      if (/[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp))) i += 2;
      else break;
    } else break;
  }
  return i;
}

export function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isWordCode(c)) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) as number;
    return cp > 0xffff && /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(cp));
  }
  return false;
}

/**
 * If a dotted acronym (`U.S.`, `U.S`, `U.N.`) starts at `i`, returns its end (after the final dot
 * when there is one) and letters; else null. Single letters only, so `1.5` and `e.g.` aside, only
 * initialisms qualify.
 */
export function dottedAcronym(text: string, i: number, end: number): { end: number; letters: string } | null {
  let j = i;
  let letters = '';
  while (j + 1 < end && isUpperCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x2e && !isWordCode(text.charCodeAt(j - 1))) {
    letters += text[j];
    j += 2;
    if (!(j < end && isUpperCode(text.charCodeAt(j)))) break;
    if (j + 1 >= end || text.charCodeAt(j + 1) !== 0x2e) {
      // "U.S" without the final dot, as long as the word ends there.
      if (j + 1 >= end || !isWordCode(text.charCodeAt(j + 1))) {
        letters += text[j];
        j += 1;
      }
      break;
    }
  }
  if (letters.length < 2 || (j < end && isWordCode(text.charCodeAt(j)))) return null;
  return { end: j, letters };
}

/** Tokenises `text[from, to)`. */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  const out: Tokens = { start: [], end: [], folded: [], exact: [], joinable: [] };
  let prevEnd = -1;
  let prevRaw = '';
  eachToken(text, from, to, (start, end, raw) => {
    out.start.push(start);
    out.end.push(end);
    out.folded.push(foldToken(raw));
    out.exact.push(exactKey(raw));
    out.joinable.push(prevEnd !== -1 && isJoiningGap(text, prevEnd, start, prevRaw.length, isAcronym(prevRaw)));
    prevEnd = end;
    prevRaw = raw;
  });
  return out;
}

/**
 * The key a name trie files each token of `name` under: the exact key of a token in capitals
 * (`=IS`), else the folded one. What `tokenize` gives, without the offsets and joins a name
 * does not need: a gazetteer load keys some 200,000 names, and the five arrays per name were
 * a good part of its garbage.
 */
export function nameKeys(name: string): string[] {
  const keys: string[] = [];
  eachToken(name, 0, name.length, (_start, _end, raw) => {
    keys.push(exactKey(raw) ?? foldToken(raw));
  });
  return keys;
}

/** Calls `visit` with each token of `text[from, to)`: its offsets and its letters (a dotted acronym's without dots). */
function eachToken(text: string, from: number, to: number, visit: (start: number, end: number, raw: string) => void): void {
  let i = from;
  while (i < to) {
    if (!isWordStart(text, i)) {
      i++;
      continue;
    }
    let end: number;
    let raw: string;
    const dotted = isUpperCode(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 0x2e ? dottedAcronym(text, i, to) : null;
    if (dotted) {
      end = dotted.end;
      raw = dotted.letters;
    } else {
      end = wordEnd(text, i, to);
      raw = text.slice(i, end);
    }
    visit(i, end, raw);
    i = end;
  }
}

/**
 * Whether the characters between two tokens can sit inside a name: spaces, hyphens, apostrophes
 * and at most one line break; a period only after an initial or a short abbreviation
 * ("S. Jaishankar", "St. Louis"), never after capitals, so "… the US. Army …" does not join.
 */
export function isJoiningGap(text: string, from: number, to: number, prevLength: number, prevIsAcronym: boolean): boolean {
  if (to - from > 4) return false;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isInlineSpaceCode(c) || isHyphenCode(c) || isApostropheCode(c) || c === 13) continue;
    if (c === 10) {
      if (++breaks > 1) return false;
      continue;
    }
    if (c === 0x2e && k === from && (prevLength === 1 || (prevLength <= 3 && !prevIsAcronym))) continue;
    return false;
  }
  return true;
}
