// The words page furniture is made of: share rows, calls to action, section markers, stamps.
// Each is one feature of a line's shape, never enough on its own for a line that reads as a sentence.

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
export const PAGE_NOUNS = new Set([
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
const STAMP_WORDS = new Set(['updated', 'update', 'published', 'posted', 'modified', 'edited', 'created', 'last', 'ago', 'read', 'first']);
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

export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'you\'re', 'you’re', 'you\'ll', 'you’ll', 'you\'ve', 'you’ve']);


/** Number of words of a marker head the line starts with (0 if none). */
export function markerHead(lowerWords: string[]): number {
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
/** A verb a page uses to address its reader ("follow", "sign", "read" …). */
export function isPromptVerb(lowerWord: string): boolean {
  return PROMPT_VERBS.has(lowerWord);
}

export function isPrompt(lowerWords: string[]): boolean {
  if (!PROMPT_VERBS.has(lowerWords[0])) return false;
  for (let i = 1; i < lowerWords.length; i++) {
    const w = lowerWords[i];
    if (PAGE_NOUNS.has(w) || w === 'us' || w === 'our') return true;
    if ((w === 'more' || w === 'here' || w === 'all') && lowerWords.length <= 3) return true;
  }
  return false;
}

/** Every word a service or a page action, or filler between them: "Share | Tweet | Email", "Facebook Twitter WhatsApp". */
export function isShareRow(lowerWords: string[]): boolean {
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
export function stampKind(lowerWords: string[]): 'strong' | 'weak' | null {
  if (lowerWords.length > 12) return null;
  let digits = false;
  let stampWord = false;
  for (const w of lowerWords) {
    if (w === '') continue;
    if (STAMP_WORDS.has(w)) stampWord = true;
    else if (isNumberish(w)) digits = true;
    else if (!DATE_WORDS.has(w) && !STAMP_FILLER.has(w) && !ZONE_OFFSET.test(w)) return null;
  }
  if (!digits && !(stampWord && lowerWords.includes('ago'))) return null;
  return stampWord ? 'strong' : 'weak';
}

/** A time zone with its offset: "GMT+3", "UTC-05:00". */
const ZONE_OFFSET = /^(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?$/;

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
