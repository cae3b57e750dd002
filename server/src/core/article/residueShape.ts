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

import { isWordCode } from './chars';

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

/** Lower-case words a title-case headline keeps lower case. */
const MINOR = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as',
  'vs', 'v', 'after', 'over', 'into', 'amid', 'near', 'via', 'per', 'up', 'off', 'out', 'is', 'are', 'be', 'than',
]);

/** Sites, services and page actions that share and follow rows are made of. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'tweet', 'email', 'e-mail', 'mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram',
  'linkedin', 'reddit', 'pinterest', 'messenger', 'flipboard', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky',
  'mastodon', 'sms', 'copy', 'link', 'save', 'comment', 'comments', 'pin', 'rss', 'feed', 'vk', 'weibo', 'wechat',
]);
/** Filler a share row may have between the services ("Share this article on …"). */
const SHARE_FILLER = new Set(['on', 'this', 'article', 'story', 'post', 'page', 'via', 'it', 'to', 'by', 'the', 'url', 'and', 'or']);

/** Verbs a page uses to address its reader about the page itself. */
const PROMPT_VERBS = new Set([
  'leave', 'post', 'submit', 'sign', 'subscribe', 'download', 'follow', 'join', 'click', 'tap', 'read', 'view', 'see',
  'show', 'load', 'get', 'watch', 'listen', 'share', 'like', 'comment', 'write', 'add', 'continue', 'register', 'log',
  'login', 'cancel', 'install', 'enable', 'allow', 'donate', 'become', 'send', 'save', 'copy', 'hide', 'explore',
  'browse', 'visit', 'opt', 'manage', 'reply', 'print', 'email', 'tweet', 'bookmark', 'receive', 'enter', 'skip',
]);
/** Things on a page (or around it) a reader is asked to act on. */
const PAGE_NOUNS = new Set([
  'comment', 'comments', 'reply', 'replies', 'newsletter', 'newsletters', 'app', 'apps', 'inbox', 'email', 'e-mail',
  'account', 'subscription', 'notifications', 'notification', 'alerts', 'updates', 'podcast', 'channel', 'feed',
  'cookies', 'cookie', 'browser', 'javascript', 'ad', 'ads', 'adblocker', 'blocker', 'login', 'password', 'website',
  'link', 'links', 'edition', 'digest', 'whatsapp', 'telegram', 'twitter', 'facebook', 'instagram', 'youtube',
  'linkedin', 'tiktok', 'rss', 'bookmark', 'bookmarks', 'discussion', 'conversation', 'article', 'articles',
  'story', 'stories', 'page', 'site', 'journalism', 'membership', 'premium', 'subscribers', 'subscriber', 'feedback',
]);

/**
 * Words that open the heading of a related-links or section block. Only a short line that is not
 * a sentence and starts with one of these is a marker.
 */
const MARKER_HEADS: readonly string[][] = [
  ['related'], ['read', 'more'], ['read', 'also'], ['also', 'read'], ['see', 'also'], ['also', 'see'], ['more', 'on', 'this'],
  ['more', 'from'], ['more', 'stories'], ['more', 'news'], ['recommended'], ['most', 'read'], ['most', 'viewed'],
  ['most', 'popular'], ['most', 'shared'], ['popular', 'now'], ['popular', 'stories'], ['trending'], ['top', 'stories'],
  ['don\'t', 'miss'], ['dont', 'miss'], ['you', 'may', 'also', 'like'], ['you', 'might', 'also', 'like'],
  ['editor\'s', 'picks'], ['editors\'', 'picks'], ['further', 'reading'], ['in', 'other', 'news'], ['advertisement'],
  ['sponsored'], ['continue', 'reading'], ['keep', 'reading'], ['what', 'to', 'read', 'next'], ['watch', 'more'],
];

/** Words a date or time stamp is made of besides numbers, months and weekdays. */
const STAMP_WORDS = new Set(['updated', 'published', 'posted', 'modified', 'edited', 'created', 'last', 'ago', 'read', 'first']);
const STAMP_FILLER = new Set([
  'on', 'at', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'days', 'day', 'seconds', 'secs',
  'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'ast', 'msk', 'am', 'pm', 'a.m', 'p.m',
  'local', 'time', 'mecca', 'of', 'the', 'and', 'by', 'a', 'an',
]);
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'today', 'yesterday',
]);

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'you\'re', 'you’re', 'you\'ll', 'you’ll', 'you\'ve', 'you’ve']);

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
  if (END_MARKER.test(t)) return STRONG;
  if (s === '') return heading ? { kind: 'heading', words: 0 } : CONTENT;
  if (isLinkOnly(s)) return WEAK;
  s = plainText(s);
  if (s === '') return CONTENT;

  const end = sentenceEnd(s);
  const isSentence = end === 'sentence' || end === 'quote';
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
  if (hasInterfaceSymbol(s, listItem)) return STRONG;
  if (isShareRow(lowerWords)) return lowerWords.length >= 2 ? STRONG : WEAK;
  const stamp = stampKind(lowerWords);
  if (stamp !== null) return stamp === 'strong' ? STRONG : WEAK;
  if (hasGluedWords(words)) return STRONG;
  if (end === 'ellipsis') return shape('weak', { teaser: true });
  if (addressed) return WEAK;
  if (!listItem && words.length <= MAX_TITLE_WORDS && isTitleShaped(words, lowerWords)) return shape(heading ? 'heading' : 'title');
  if (heading) return shape('heading');
  return shape('content');
}

/** A press release's end marker on its own line: `-30-`, `- 30 -`, `ENDS`, `- ends -`. */
const END_MARKER = /^(?:-\s?30\s?-|#\s?30\s?#|-?\s?(?:ENDS|[Ee]nds)\s?-?)$/;

/** Any glue point at all (the per-word test in {@link hasGluedTitles} decides): one search per line. */
const GLUE_HINT = /\p{Ll}{4}\p{Lu}\p{Ll}|\p{Ll}{2}[?!]["'”’]?\p{Lu}\p{Ll}/u;
/** Two link titles are short: a longer line with a glue point is prose with a typo, not titles. */
const MAX_GLUED_WORDS = 40;

/** True if the line may hold two link titles glued together: `classifyLine` must see it even when it reads as plain prose. */
export function mayHaveGluedTitles(line: string): boolean {
  return GLUE_HINT.test(line);
}

/**
 * Two titles glued without a space: a word that starts lower case, a run of four or more
 * lower-case letters, then a capital and a lower-case letter (`violationsWho`, `offensiveIraq`); or
 * a lower-case word, a question or exclamation mark and straight on a capitalised word
 * (`leader?Hezbollah`). A full stop is left out: scraped prose often loses the space after one
 * (`on Monday.The ministry`), and a line of more than forty words is never two titles. Names such
 * as `LinkedIn`, `iPhone` or `macOS` do not have that shape; addresses (`/`, `@`, `www`) are passed over.
 */
function hasGluedTitles(s: string): boolean {
  if (!GLUE_HINT.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > MAX_GLUED_WORDS) return false;
  for (const w of words) {
    if (w.length < 6 || w.includes('/') || w.includes('@') || /www|\.(?:com|org|net|gov)\b/i.test(w)) continue;
    if (/^["'“‘(]?\p{Ll}{4,}\p{Lu}\p{Ll}/u.test(w)) return true;
    if (/\p{Ll}{2}[?!]["'”’]?\p{Lu}\p{Ll}/u.test(w)) return true;
  }
  return false;
}

/** False for a first character that may open a copyright or credit line or a comment: © C c ( < */
export function mayStartPlainProse(code: number): boolean {
  return code !== 0xa9 && code !== 0x43 && code !== 0x63 && code !== 0x28 && code !== 0x3c;
}

const COPYRIGHT_START = /^(?:copyright\b|\(c\) ?\d)/i;

/** True if `s` has fewer than `limit` space-separated words (counts no further than the limit). */
function fewerWordsThan(s: string, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= limit) return false;
    }
  }
  return true;
}

function leadingRun(s: string, code: number): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === code) i++;
  return i;
}

/** Length of a list marker with its space ("- ", "* ", "1. ", "2) ", "• "), 0 if none. */
function listMarkerLength(s: string): number {
  const c = s.charCodeAt(0);
  if (c === 0x2d || c === 0x2a || c === 0x2b || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6) {
    if (c === 0x2a && s.charCodeAt(1) === 0x2a) return 0; // **bold**
    const next = s.charCodeAt(1);
    if (next === 32 || next === 9) return 2;
    if (c >= 0x2022 && s.length > 1) return 1; // "•Text"
    return 0;
  }
  let i = 0;
  while (i < s.length && i < 3 && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  if (i > 0 && (s.charCodeAt(i) === 0x2e || s.charCodeAt(i) === 0x29) && s.charCodeAt(i + 1) === 32) return i + 2;
  return 0;
}

/** A line that is nothing but a Markdown link, an autolink or a URL. */
function isLinkOnly(s: string): boolean {
  if (/^(?:https?:\/\/|www\.)\S+$/.test(s)) return true;
  if (s.charCodeAt(0) === 0x3c /* < */) return /^<https?:\/\/[^\s>]+>$/.test(s);
  if (s.charCodeAt(0) !== 0x5b /* [ */) return false;
  const close = s.indexOf('](');
  return close > 0 && s.indexOf(']', 1) === close && s.charCodeAt(s.length - 1) === 0x29 && s.indexOf(')', close) === s.length - 1;
}

/** The text without link targets and emphasis markers. */
function plainText(s: string): string {
  let out = s;
  if (out.includes('](')) out = out.replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
  if (out.includes('**') || out.includes('__')) out = out.replace(/\*\*|__/g, '');
  return out.trim();
}

function stripPunctuation(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !isWordChar(w.charCodeAt(a))) a++;
  while (b > a && !isWordChar(w.charCodeAt(b - 1))) b--;
  return w.slice(a, b);
}

function isWordChar(c: number): boolean {
  return isWordCode(c);
}

function isLowerLetter(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperLetter(c: number): boolean {
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * How the line ends: a sentence (. ? ! possibly inside closing brackets or emphasis), a closing
 * quote, an ellipsis (a teaser), or none of these.
 */
function sentenceEnd(s: string): 'sentence' | 'quote' | 'ellipsis' | null {
  let end = s.length;
  // Emphasis and brackets that close after the punctuation: "done.)", "*done.*"
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === 0x29 || c === 0x5d || c === 0x5f || (c === 0x2a && end >= 2 && s.charCodeAt(end - 2) !== 32)) end--;
    else break;
  }
  if (end === 0) return null;
  const c = s.charCodeAt(end - 1);
  if (c === 0x2026 /* … */) return 'ellipsis';
  if (c === 0x2e /* . */) {
    if (end >= 3 && s.charCodeAt(end - 2) === 0x2e && s.charCodeAt(end - 3) === 0x2e) return 'ellipsis';
    return 'sentence';
  }
  if (c === 0x3f || c === 0x21) return 'sentence';
  if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27) {
    // A closing quote: "… he said." ends a sentence; a word in quotes at the end of a title does not.
    const before = end >= 2 ? s.charCodeAt(end - 2) : 0;
    if (before === 0x2e || before === 0x3f || before === 0x21 || before === 0x2c || before === 0x2026) return 'quote';
    return c === 0x2019 || c === 0x27 ? null : hasOpeningQuoteAtStart(s) ? 'quote' : null;
  }
  return null;
}

function hasOpeningQuoteAtStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 0x22 || c === 0x201c;
}

/** Any word starting with a lower-case letter (a sentence has function words). */
function hasLowerWord(words: string[]): boolean {
  for (const w of words) if (isLowerLetter(w.charCodeAt(0))) return true;
  return false;
}

/** "BAGHDAD (Reuters) -", "MOSUL, Iraq, Jan 3 (AFP) —": a dateline alone on its line. */
function isDateline(words: string[], s: string): boolean {
  if (words.length > 10) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0x2d && last !== 0x2013 && last !== 0x2014) return false;
  const head = stripPunctuation(words[0]);
  if (head.length < 3) return false;
  for (let i = 0; i < head.length; i++) if (isLowerLetter(head.charCodeAt(i))) return false;
  return true;
}

/** "By Jane Doe", "By Jane Doe and John Roe, Example Wire": the byline is the article's own. */
function isByline(words: string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  const by = words[0];
  if (by !== 'By' && by !== 'BY' && by !== 'by') return false;
  return isUpperLetter(words[1].charCodeAt(0));
}

/** Number of words of a marker head the line starts with (0 if none). */
function markerHead(lowerWords: string[]): number {
  for (const head of MARKER_HEADS) {
    if (head.length > lowerWords.length) continue;
    let ok = true;
    for (let i = 0; i < head.length && ok; i++) ok = lowerWords[i] === head[i] || lowerWords[i] === head[i].replace(/'/g, '’');
    if (ok) return head.length;
  }
  return 0;
}

/**
 * A call to action: an interface verb first, then the page ("Leave a comment", "Sign up for our
 * newsletter", "Download our app", "Follow us on Telegram"); "more" and "here" count only in a
 * line of three words at most ("Read more", "Click here").
 */
function isPrompt(lowerWords: string[]): boolean {
  if (!PROMPT_VERBS.has(lowerWords[0])) return false;
  for (let i = 1; i < lowerWords.length; i++) {
    const w = lowerWords[i];
    if (PAGE_NOUNS.has(w) || w === 'us' || w === 'our') return true;
    if ((w === 'more' || w === 'here' || w === 'all') && lowerWords.length <= 3) return true;
  }
  return false;
}

/**
 * `>>`, `»`, `›`, `▶`, `(s)`, a counter such as `Comments (0)`, a `|` or `•` between words, a
 * required-field `*` at the end. `|` and `•` do not count in a list item (a fact list may use them).
 */
function hasInterfaceSymbol(s: string, listItem: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25b6 || c === 0x25ba) return true; // ▶ ►
    if (c === 0xbb && !s.includes('«')) return true; // », unless closing a «quote»
    if (c === 0x203a && !s.includes('‹')) return true; // ›, unless closing a ‹quote›
    if (c === 0x3e && s.charCodeAt(i + 1) === 0x3e) return true; // >>
    if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) return true; // <<
    if ((c === 0x7c || c === 0x2022) && !listItem && i > 0) return true; // | •
    if (c === 0x28 /* ( */) {
      if (s.charCodeAt(i + 1) === 0x73 && s.charCodeAt(i + 2) === 0x29 && i > 0 && isWordChar(s.charCodeAt(i - 1))) return true; // word(s)
      let j = i + 1;
      while (j < s.length && j - i <= 7 && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
      if (j > i + 1 && s.charCodeAt(j) === 0x29 && i > 0) return true; // Comments (0)
    }
  }
  const n = s.length;
  return n >= 2 && s.charCodeAt(n - 1) === 0x2a && s.charCodeAt(n - 2) === 32; // "Name *"
}

/** Every word a service or a page action, or filler between them: "Share | Tweet | Email", "Facebook Twitter WhatsApp". */
function isShareRow(lowerWords: string[]): boolean {
  let services = 0;
  for (const w of lowerWords) {
    if (w === '') continue;
    if (SHARE_WORDS.has(w)) services++;
    else if (!SHARE_FILLER.has(w)) return false;
  }
  return services > 0 && services * 2 >= lowerWords.length;
}

/**
 * A date or time stamp: numbers, months, weekdays and stamp words only, with a digit or "ago".
 * "Updated 14:32 GMT, 12 May 2020" and "5 min read" are strong; a bare "May 12, 2020" is weak.
 */
function stampKind(lowerWords: string[]): 'strong' | 'weak' | null {
  if (lowerWords.length > 12) return null;
  let digits = false;
  let stampWord = false;
  for (const w of lowerWords) {
    if (w === '') continue;
    if (STAMP_WORDS.has(w)) stampWord = true;
    else if (isNumberish(w)) digits = true;
    else if (!DATE_WORDS.has(w) && !STAMP_FILLER.has(w)) return null;
  }
  if (!digits && !(stampWord && lowerWords.includes('ago'))) return null;
  return stampWord ? 'strong' : 'weak';
}

/** "12", "14:32", "12/05/2020", "2020-05-12", "3rd", "12.05.2020", "10am". */
function isNumberish(w: string): boolean {
  if (!(w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39)) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2f || c === 0x2e || c === 0x2d || c === 0x2c) continue;
    const rest = w.slice(i);
    return rest === 'st' || rest === 'nd' || rest === 'rd' || rest === 'th' || rest === 'am' || rest === 'pm' || rest === 'h' || rest === 'min' || rest === 'mins';
  }
  return true;
}

/**
 * Link titles glued together by a scraper: "news10 killed", "BaghdadTurkey", "newsKirkuk". Inside
 * one word, a run of five lower-case letters followed by a capital, a lower-case word of three
 * letters or more followed by a capital, or three lower-case letters followed by a digit (names
 * such as "McDonald", "YouTube", "BlackRock", "iPhone" have shorter runs).
 */
function hasGluedWords(words: string[]): boolean {
  for (const w of words) {
    if (w.length < 5 || w.includes('/') || w.includes('@') || w.includes('.')) continue;
    const startsLower = isLowerLetter(w.charCodeAt(0));
    let lowerRun = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (isLowerLetter(c)) lowerRun++;
      else {
        if (isUpperLetter(c) && (lowerRun >= 5 || (startsLower && lowerRun >= 3 && lowerRun === i))) return true;
        if (lowerRun >= 3 && c >= 0x30 && c <= 0x39) return true;
        lowerRun = 0;
      }
    }
  }
  return false;
}

/**
 * Mostly capitalised: of the words that are not minor words (of, the, in …), at most a quarter
 * start lower case, and the line does not end on a comma or a minor word (a wrapped sentence).
 */
function isTitleShaped(words: string[], lowerWords: string[]): boolean {
  let major = 0;
  let lowerMajor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lw = lowerWords[i];
    if (lw === '') continue;
    const c = firstLetter(w);
    if (c === 0) continue; // a number or a symbol
    if (isLowerLetter(c)) {
      if (MINOR.has(lw)) continue;
      lowerMajor++;
    }
    major++;
  }
  if (major === 0 || lowerMajor * 4 > major) return false;
  const last = words[words.length - 1];
  const lastCode = last.charCodeAt(last.length - 1);
  if (lastCode === 0x2c || lastCode === 0x3b) return false;
  const lastLower = lowerWords[lowerWords.length - 1];
  return !(MINOR.has(lastLower) && isLowerLetter(firstLetter(last)));
}

/** The word's first letter's code (skipping opening punctuation), 0 if it starts with a digit or has none. */
function firstLetter(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return 0;
    if (isWordChar(c)) return c;
  }
  return 0;
}
