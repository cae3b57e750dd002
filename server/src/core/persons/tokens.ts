import { letterOrDigitWidthAt, wordCharWidthAt } from '../article/chars';
import type { EntityMention, Span } from '../types';

/**
 * A token of one sentence: a word, a piece of punctuation, or a whole entity mention (so a name
 * of several words is one step when the title scanners walk left and right of it).
 */
export interface Token {
  kind: 'word' | 'punct' | 'mention';
  /** The text as written (for mentions, the mention text). */
  text: string;
  /** Lower-cased text, with typographic apostrophes folded to `'`. */
  lower: string;
  start: number;
  end: number;
  mention?: EntityMention;
  /** A mention written as a possessive ("Iraq's"). */
  possessive?: boolean;
}

/**
 * End of the word at `i`, or -1 if none starts there. A word keeps inner apostrophes, hyphens and
 * dots ("al-Khafaji", "Iraq's", "45-year-old", "U.S"); a trailing dot stays punctuation so "Gen."
 * gives "Gen" and ".". Reads what `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*\/uy`
 * matches, by character codes: a match object per word was most of what tokenising allocated.
 */
export function wordEndAt(text: string, i: number): number {
  const first = letterOrDigitWidthAt(text, i);
  if (first === 0) return -1;
  let at = i + first;
  for (;;) {
    const width = wordCharWidthAt(text, at);
    if (width > 0) {
      at += width;
      continue;
    }
    const c = text.charCodeAt(at);
    if ((c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e) && letterOrDigitWidthAt(text, at + 1) > 0) {
      at++;
      continue;
    }
    return at;
  }
}

/**
 * Tokenises `text[span]` (the article's masked text, so markup is already blanked out).
 * `mentions` must be sorted by start; a mention replaces the words it covers.
 */
export function tokenize(text: string, span: Span, mentions: readonly EntityMention[]): Token[] {
  const tokens: Token[] = [];
  let m = firstMentionAtOrAfter(mentions, span.start);
  let i = span.start;
  while (i < span.end) {
    while (m < mentions.length && mentions[m].span.end <= i) m++;
    const mention = mentions[m];
    if (mention && mention.span.start <= i && mention.span.end <= span.end) {
      // A possessive ("Iraq's") belongs to its mention: "Iraq's Joint Operations Command".
      const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(mention.span.end, mention.span.end + 3)) ? 2 : 0;
      const end = Math.min(mention.span.end + possessive, span.end);
      tokens.push({ kind: 'mention', text: mention.text, lower: fold(mention.text), start: mention.span.start, end, mention, possessive: possessive > 0 });
      i = end;
      m++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    const wordEnd = wordEndAt(text, i);
    if (wordEnd !== -1) {
      // A word never runs into the next mention (a mention may start inside what looks like one word).
      let end = wordEnd;
      if (mention && mention.span.start > i && mention.span.start < end) end = mention.span.start;
      const word = text.slice(i, end);
      tokens.push({ kind: 'word', text: word, lower: fold(word), start: i, end });
      i = end;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + ch.length });
    i += ch.length;
  }
  return tokens;
}

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Asked for every token of a person's sentence; few hold a curly apostrophe.
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Binary search: index of the first mention whose span ends after `offset`. */
export function firstMentionAtOrAfter(mentions: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isCapitalized(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}
