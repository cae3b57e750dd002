// Wire copy names a person in full once ("Defense Secretary Ashton Carter") and by the family
// name after that ("Carter said …"). The gazetteer lists full names and aliases, so those later
// references would be unmatched words: this pass links them to the person already named.
//
// Only what the article itself establishes is linked: a family name after the full mention of
// exactly one person in this article. Not linked: a name before the full mention, a family
// name two named persons share, one that runs into another capitalised word ("Carter Center"),
// and one after a capitalised word that is neither a title nor a sentence opener ("Jimmy Carter"
// is somebody else).

import type { EntityMention, ParsedArticle } from '../types';
import { SpanOverlaps } from '../text/spanOverlaps';
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
  const known = new SpanOverlaps([...mentions].sort((a, b) => a.span.start - b.span.start));
  const out: EntityMention[] = [];
  // One pass over the words, each looked up among the names: a 50,000-word article names
  // hundreds of persons, and a search per name read the text that many times on every keystroke.
  // The runs are found by character codes and only a run whose first character opens some name
  // is cut out: a RegExp match per word made ~6 MB of garbage a keystroke on such an article.
  const openers = new Set<number>();
  for (const word of names.keys()) openers.add(word.charCodeAt(0));
  for (let start = article.bodyStart; start < text.length;) {
    const end = runEnd(text, start);
    if (end === start) {
      start++;
      continue;
    }
    if (openers.has(text.charCodeAt(start))) {
      for (const word of standAloneReadings(text.slice(start, end))) {
        const name = names.get(word);
        if (name === undefined || name.id === null || start < name.after) continue;
        const span = { start, end: start + word.length };
        if (known.overlaps(span) || continuesIntoName(text, span.end) || followsFirstName(text, span.start)) continue;
        out.push({ span, text: word, id: name.id, kind: 'person', candidates: [], explicit: false });
      }
    }
    start = end;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
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

/** The whole run and each part of it that ends before an apostrophe. */
function standAloneReadings(run: string): string[] {
  const readings = [run];
  for (let i = 1; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) readings.push(run.slice(0, i));
  }
  return readings;
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
    const words = mention.text.replace(/['\u2019]s$/u, '').split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    const bare = last.replace(ARTICLE_PREFIX, '');
    if (!FAMILY_NAME.test(bare)) continue;
    add(last, mention.id, mention.span.end);
    if (bare !== last) {
      add(bare, mention.id, mention.span.end);
      // "Al-Sudani said …": the article is capitalised at the start of a sentence.
      add(last.charAt(0).toUpperCase() + last.slice(1), mention.id, mention.span.end);
    }
  }
  return names;
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

/** Two lists of mentions, each sorted by start, as one sorted list. */
export function mergeBySpan(a: readonly EntityMention[], b: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].span.start <= b[j].span.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
