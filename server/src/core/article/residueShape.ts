// The shape of one line, as page-residue detection sees it. Scraped pages leave furniture around
// an article: link titles, teasers, share rows, comment prompts, section labels, stamps. They are
// recognised by what they look like, not by a list of phrases: short lines without sentence
// punctuation, mostly capitalised or glued words, interface symbols, counters, the reader
// addressed about the page itself. A small vocabulary of interface words (share, comment,
// newsletter …) is one feature among these, never enough on its own for a line that reads as a
// sentence. Everything here is one pass over one line: no regular expression backtracks.

/** How a line counts for residue (see `residue.ts` for how lines make blocks). */
export type LineKind =
  /** Empty or white space. */
  | 'blank'
  /** A sentence, a quote, a dateline, a table row: the article's own text; residue never reaches past it. */
  | 'prose'
  /** Other article content that is not a sentence: list items, wrapped lines, lower-case fragments. */
  | 'content'
  /** Never residue, but does not end a block either: a byline, a credit line, an HTML comment. */
  | 'keep'
  /** A Markdown heading with no residue marks: the article's title or a subhead, or a residue section label at the end. */
  | 'heading'
  /** A short, mostly capitalised line with no sentence punctuation: a link title, a section label — or a subhead. */
  | 'title'
  /** A weak residue line: a teaser ending in "…", a bare link, a plain date, reader-addressed form text. */
  | 'weak'
  /** A line only page furniture has: interface symbols, counters, share rows, calls to action, markers, copyright, stamps, glued titles. */
  | 'strong';

export interface LineShape {
  kind: LineKind;
  /** A marker heading alone on its line ("RELATED", "Read more:"): the lines after it are link titles. */
  opensLinks?: boolean;
  /** A teaser ("… text…"), which may be glued to the article's last sentence after "..". */
  teaser?: boolean;
  /** Number of words, for lines that may turn out to be link titles. */
  words?: number;
}

import { PAGE_NOUNS, SECOND_PERSON, isPrompt, isPromptVerb, isShareRow, markerHead, stampKind } from './furnitureVocabulary';
import { hasGluedTitles, hasGluedWords } from './gluedTitles';
import { fewerWordsThan, hasLowerWord, stripPunctuation } from './lineLetters';
import { hasInterfaceSymbol, isByline, isDateline, isTitleShaped, sentenceEnd } from './lineForms';
import { isCreditOrSourceLine } from './creditLines';
import { isLinkOnly, leadingRun, listMarkerLength, plainText } from './lineMarkdown';

export { mayHaveGluedTitles } from './gluedTitles';

const BLANK: LineShape = { kind: 'blank' };
const PROSE: LineShape = { kind: 'prose' };
const CONTENT: LineShape = { kind: 'content' };
const KEEP: LineShape = { kind: 'keep' };
const STRONG: LineShape = { kind: 'strong' };
const WEAK: LineShape = { kind: 'weak' };

/** Longest line that can be furniture; longer ones are paragraphs. */
export const MAX_RESIDUE_CHARS = 400;
/** Most words in a title-like line (link title, section label). */
const MAX_TITLE_WORDS = 15;
/** Most words in a call to action or a line of form text. */
const MAX_PROMPT_WORDS = 14;
/** A sentence this long is prose whatever its words (longer than any prompt). */
export const MIN_PLAIN_SENTENCE_WORDS = MAX_PROMPT_WORDS + 1;

/**
 * Classifies one line of the body (without its line break). Pure and per line: the block rules in
 * `residue.ts` decide which residue-shaped lines are residue.
 */
export function classifyLine(line: string): LineShape {
  const t = line.trim();
  if (t === '') return BLANK;
  if (t.length > MAX_RESIDUE_CHARS) return PROSE;
  const first = t.charCodeAt(0);
  if (t.startsWith('<!--')) return KEEP;
  if (first === 0x7c /* | */) return PROSE; // a table row
  if (first === 0x3e /* > */ && t.charCodeAt(1) !== 0x3e) return PROSE; // a block quote

  // Markdown around the text: a heading's #, a list marker, emphasis, link syntax.
  let s = t;
  let heading = false;
  let listItem = false;
  const hashes = leadingRun(s, 0x23 /* # */);
  if (hashes > 0 && hashes <= 6 && (s.length === hashes || s.charCodeAt(hashes) === 32)) {
    heading = true;
    s = s.slice(hashes).trim();
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 0x23) end--;
    s = s.slice(0, end).trim();
  } else {
    const marker = listMarkerLength(s);
    if (marker > 0) {
      listItem = true;
      s = s.slice(marker).trim();
    }
  }
  // A press release's end marker: "###" alone (an empty heading of three or more hashes), "-30-", "ENDS".
  if (heading && s === '' && hashes >= 3) return STRONG;
  if (END_MARKER.test(t) || isCreditOrSourceLine(t)) return STRONG;
  if (s === '') return heading ? { kind: 'heading', words: 0 } : CONTENT;
  if (isLinkOnly(s)) return WEAK;
  s = plainText(s);
  if (s === '') return CONTENT;

  const end = sentenceEnd(s);
  // "… near the riverbank on Monday. The SDF listed the tasks that remain:" — a paragraph whose
  // last sentence introduces a list reads as sentences, though it ends in a colon.
  const isSentence = end === 'sentence' || end === 'quote' || (end === null && introducesList(s));
  // Link titles run together by a scraper may read like a sentence ("… truce violationsWho is …?"):
  // a glue point no article sentence has makes the line residue, whatever its length.
  if (hasGluedTitles(s)) return STRONG;
  // A long sentence is prose whatever its words, unless it starts like a copyright line.
  if (isSentence && mayStartPlainProse(t.charCodeAt(0)) && !fewerWordsThan(s, MIN_PLAIN_SENTENCE_WORDS)) return PROSE;
  // Copyright wins over sentence punctuation ("© 2024 Example Media. All rights reserved.").
  if (s.includes('©') || COPYRIGHT_START.test(s.slice(0, 12))) return STRONG;

  const words = s.split(/\s+/);
  const lowerWords = words.map((w) => stripPunctuation(w).toLowerCase());
  const shape = (kind: LineKind, extra?: Partial<LineShape>): LineShape => ({ kind, words: words.length, ...extra });
  const promptLength = words.length <= MAX_PROMPT_WORDS;
  // The page talking about itself to its reader: "Your email address will not be published."
  const addressed = promptLength && lowerWords.some((w) => SECOND_PERSON.has(w)) && lowerWords.some((w) => PAGE_NOUNS.has(w));
  const prompt = promptLength && isPrompt(lowerWords);

  if (lowerWords.includes('reserved') && s.toLowerCase().includes('all rights reserved')) return STRONG;
  if (isSentence) {
    if (prompt && lowerWords.some((w) => w === 'us' || w === 'our') && lowerWords.some((w) => PAGE_NOUNS.has(w))) return STRONG;
    if (addressed) return WEAK;
    if (end === 'quote' || hasLowerWord(words)) return PROSE;
  }
  if (isDateline(words, s)) return PROSE;
  if (isByline(words) || (first === 0x28 /* ( */ && t.charCodeAt(t.length - 1) === 0x29 /* ) */)) return KEEP;

  const markerLength = markerHead(lowerWords);
  if (markerLength > 0 && words.length <= 12) {
    // A heading alone ("RELATED", "Most Read", "See also:") heads a list of link titles.
    const alone = words.length <= 4 || s.charCodeAt(s.length - 1) === 0x3a;
    return shape('strong', alone ? { opensLinks: true } : undefined);
  }
  if (prompt) return STRONG;
  // A button's label alone on its line: "Subscribe", "Donate", "Share".
  if (words.length === 1 && isPromptVerb(lowerWords[0])) return STRONG;
  if (hasInterfaceSymbol(s, listItem)) return STRONG;
  if (isShareRow(lowerWords)) return lowerWords.length >= 2 ? STRONG : WEAK;
  const stamp = stampKind(lowerWords);
  if (stamp !== null) return stamp === 'strong' ? STRONG : WEAK;
  if (hasGluedWords(words)) return STRONG;
  if (end === 'ellipsis') return shape('weak', { teaser: true });
  if (addressed) return WEAK;
  // Sections or tags as a comma list ("Türkiye, World, Middle East"): no headline reads so.
  if (!listItem && !heading && isCapitalisedList(s)) return WEAK;
  if (!listItem && words.length <= MAX_TITLE_WORDS && isTitleShaped(words, lowerWords)) return shape(heading ? 'heading' : 'title');
  if (heading) return shape('heading');
  return shape('content');
}

/** A line ending in a colon after a full sentence: the end of a sentence inside, a capital after it. */
function introducesList(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 0x3a /* : */ && /\p{Ll}[.!?]["”’]?\s+\p{Lu}/u.test(s);
}

/** Three or more comma-separated items of one to three capitalised words each, nothing else. */
function isCapitalisedList(s: string): boolean {
  const items = s.split(',').map((i) => i.trim());
  return items.length >= 3 && items.every((i) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(i));
}

/** A press release's end marker on its own line: `-30-`, `- 30 -`, `ENDS`, `- ends -`. */
const END_MARKER = /^(?:-\s?30\s?-|#\s?30\s?#|-?\s?(?:ENDS|[Ee]nds)\s?-?)$/;

/** False for a first character that may open a copyright or credit line or a comment: © C c ( < */
export function mayStartPlainProse(code: number): boolean {
  return code !== 0xa9 && code !== 0x43 && code !== 0x63 && code !== 0x28 && code !== 0x3c;
}

const COPYRIGHT_START = /^(?:copyright\b|\(c\) ?\d)/i;
