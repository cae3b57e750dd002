// Wire copy names a person in full once ("Defense Secretary Ashton Carter") and by the family
// name after that ("Carter said …"). The gazetteer lists full names and aliases, so those later
// references would be unmatched words: this pass links them to the person already named.
//
// Only what the article itself establishes is linked: a family name after the full mention of
// exactly one person in this article. Not linked: a name before the full mention, a family
// name two named persons share, one that runs into another capitalised word ("Carter Center"),
// and one after a capitalised word that is neither a title nor a sentence opener ("Jimmy Carter"
// is somebody else).

import type { EntityMention, ParsedArticle, Span } from '../types';
import { SpanOverlaps, sortedByStart } from '../text/spanOverlaps';
import { titleWordKind } from './titleLexicon';
import { letterOrDigitWidthAt } from '../article/chars';

/** Arabic article prefixes: "al-Abadi" is also written "Abadi" on second reference. */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az)[-\u2010]/i;

/** A family name as it may stand alone: capitalised, three letters or more. */
const FAMILY_NAME = /^\p{Lu}[\p{L}'\u2019-]{2,}$/u;

/** Capitalised words that open a clause before a name without being a first name. */
const OPENERS = new Set([
  'but', 'and', 'or', 'so', 'yet', 'when', 'while', 'as', 'after', 'before', 'then', 'if', 'because', 'although',
  'though', 'since', 'until', 'meanwhile', 'later', 'earlier', 'still', 'also', 'now',
]);

interface FamilyName {
  /** The person's id, or null when two persons of this article share the name. */
  id: string | null;
  /** Where the first full mention ends: only later words refer back to it. */
  after: number;
}

/** Later family-name references to persons this article names in full, as mentions of them. */
export function surnameReferences(article: ParsedArticle, mentions: readonly EntityMention[]): EntityMention[] {
  const names = familyNames(mentions);
  if (names.size === 0) return [];
  const text = article.maskedText;
  let known: SpanOverlaps | undefined; // made when a name first turns up
  const out: EntityMention[] = [];
  // One pass over the words, each looked up among the names: a 50,000-word article names
  // hundreds of persons, and a search per name read the text that many times on every keystroke.
  // Only a run whose first two characters open some name of its length is cut out and looked up
  // (a RegExp match per word made ~6 MB of garbage a keystroke on such an article); `lengths`
  // holds, by those two characters, a bit per name length (bit 31: 31 or more).
  const sorted = sortedByStart(mentions);
  const openers = new Uint8Array(65536);
  const lengths = new Uint32Array(65536);
  for (const word of names.keys()) {
    openers[word.charCodeAt(0)] = 1;
    lengths[openingKey(word, 0)] |= lengthBit(word.length);
  }
  const lookUp = (start: number, end: number): void => {
    if ((lengths[openingKey(text, start)] & lengthBit(end - start)) === 0) return;
    const word = text.slice(start, end);
    const name = names.get(word);
    if (name === undefined || name.id === null || start < name.after) return;
    const span = { start, end };
    known ??= new SpanOverlaps(sorted);
    if (known.overlaps(span) || continuesIntoName(text, span.end) || followsFirstName(text, span.start)) return;
    out.push({ span, text: word, id: name.id, kind: 'person', candidates: [], explicit: false });
  };
  const scan = { from: article.bodyStart, openers, passOver: sorted, mayOpen: (at: number) => lengths[openingKey(text, at)] !== 0 };
  forEachRunOpenedBy(text, scan, (start, end) => {
    // The whole run, then each part of it that ends before an apostrophe ("Garrow's").
    lookUp(start, end);
    for (let cut = start + 1; cut < end; cut++) {
      const c = text.charCodeAt(cut);
      if (c === 0x27 || c === 0x2019) lookUp(start, cut);
    }
  });
  return out;
}

/** The first two code units at `at`, folded into 16 bits. */
function openingKey(text: string, at: number): number {
  return (text.charCodeAt(at) * 31 + (text.charCodeAt(at + 1) | 0)) & 0xffff;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export interface RunScan {
  /** Where the scan starts. */
  from: number;
  /** Non-zero for each code unit a run may start with. */
  openers: Uint8Array;
  /** Spans sorted by start: no run that starts inside one is visited. */
  passOver: readonly { span: Span }[];
  /** A further test of a run's start, asked before the run is walked. */
  mayOpen: (at: number) => boolean;
}

/**
 * Calls `visit` with each run (see `runEnd`) from `scan.from` on that starts outside the spans
 * to pass over, with a code unit flagged in `scan.openers`, where `scan.mayOpen` holds. One table
 * lookup per character, and none inside the spans passed over (on a keystroke in a long article,
 * most capitalised words are names already found); a flagged character inside a run
 * ("McGarrow") is not a start.
 */
export function forEachRunOpenedBy(text: string, scan: RunScan, visit: (start: number, end: number) => void): void {
  const { from, openers, passOver, mayOpen } = scan;
  let next = 0; // the first span to pass over that starts after i
  let nextStart = passOver.length > 0 ? passOver[0].span.start : Infinity;
  let reach = -1; // the furthest end of the spans started at or before i
  for (let i = from; i < text.length; i++) {
    if (nextStart <= i) {
      do reach = Math.max(reach, passOver[next++].span.end);
      while (next < passOver.length && passOver[next].span.start <= i);
      nextStart = next < passOver.length ? passOver[next].span.start : Infinity;
      if (reach > i) {
        i = reach - 1;
        continue;
      }
    }
    if (openers[text.charCodeAt(i)] === 0 || !mayOpen(i) || (i > from && nameUnitEndsAt(text, i, from))) continue;
    const end = runEnd(text, i);
    if (end === i) continue;
    visit(i, end);
    i = end - 1;
  }
}

/** True when a name character (one code unit, or a pair beyond the BMP, at or after `from`) ends right before `at`. */
function nameUnitEndsAt(text: string, at: number, from: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff) return at - 2 >= from && letterOrDigitWidthAt(text, at - 2) === 2;
  return nameUnitWidth(text, at - 1) === 1;
}

/**
 * Where the run of the characters a name is written with (letters, digits, apostrophes,
 * hyphens) that starts at `start` ends; `start` if none starts there. A family name stands alone
 * when nothing of the sort comes before it ("Garrowsmith", "al-Garrow" are not "Garrow";
 * "al-Garrow" is its own key) and no letter, digit or hyphen after it: so a whole run, or the part
 * of one before an apostrophe ("Garrow's", "'Garrow'").
 */
export function runEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    const width = nameUnitWidth(text, at);
    if (width === 0) return at;
    at += width;
  }
}

/** Code units of the name character at `at` (1, or 2 for a letter beyond the BMP); 0 if none is there. */
function nameUnitWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x2d || c === 0x2019) return 1;
  return letterOrDigitWidthAt(text, at);
}

function familyNames(mentions: readonly EntityMention[]): Map<string, FamilyName> {
  const names = new Map<string, FamilyName>();
  const add = (word: string, id: string, after: number) => {
    const known = names.get(word);
    if (!known) names.set(word, { id, after });
    else if (known.id !== id) known.id = null;
    else known.after = Math.min(known.after, after);
  };
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.id === null) continue;
    for (const word of familyWordsOf(mention.text)) add(word, mention.id, mention.span.end);
  }
  return names;
}

/**
 * The words a full name is referred back to by, by the name's text: a long article mentions
 * each person many times, and every keystroke asks again.
 */
const familyWordsCache = new Map<string, readonly string[]>();
const FAMILY_WORDS_CACHE_LIMIT = 10_000;

function familyWordsOf(fullName: string): readonly string[] {
  let words = familyWordsCache.get(fullName);
  if (words === undefined) {
    words = familyWords(fullName);
    if (familyWordsCache.size >= FAMILY_WORDS_CACHE_LIMIT) familyWordsCache.clear();
    familyWordsCache.set(fullName, words);
  }
  return words;
}

function familyWords(fullName: string): string[] {
  const words = fullName.replace(/['\u2019]s$/u, '').split(/\s+/);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const bare = last.replace(ARTICLE_PREFIX, '');
  if (!FAMILY_NAME.test(bare)) return [];
  // "Al-Sudani said …": the article is capitalised at the start of a sentence.
  return bare === last ? [last] : [last, bare, last.charAt(0).toUpperCase() + last.slice(1)];
}

/** "Carter Center", "Carter's Foundation": a capitalised word right after is part of another name. */
function continuesIntoName(text: string, end: number): boolean {
  const next = /^(?:['\u2019]s)? (\p{Lu}\p{L}*)/u.exec(text.slice(end, end + 24));
  // "Carter Tuesday denied": wire copy dates a statement right after the name.
  return next !== null && next[1] !== 'I' && !DAY_OR_MONTH.test(next[1]);
}

const DAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/;

/** "Jimmy Carter": a capitalised word right before that is not a title or a clause opener. */
function followsFirstName(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{L}.-]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  // "Baghdad. Garrow": a sentence ended there; "Mr. Garrow" is a title; "J. Garrow" an initial.
  if (before[1].endsWith('.')) return /^\p{Lu}\.$/u.test(before[1]);
  const word = before[1].toLowerCase();
  return titleWordKind(word) === undefined && !OPENERS.has(word);
}
