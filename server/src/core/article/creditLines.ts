// Short lines a scraped page leaves standing alone that carry no sentence: a photo credit or a
// source line (a credit label and a name), an agency slug, an end marker, a tag line (a label and
// a run of keywords), a link's "opens new tab" suffix, a call to action with a URL or after a
// teaser sentence. Each is a whole-line shape; a line that reads as a sentence keeps its kind.

import { isPrompt, isPromptVerb, PAGE_NOUNS, SECOND_PERSON } from './furnitureVocabulary';
import { stripPunctuation } from './lineLetters';

/** Most words in the name after a credit or source label ("Photo by AFP", "Source: Al Jazeera and news agencies"). */
const MAX_CREDIT_NAME_WORDS = 6;
/** Most keywords after a tag label. */
const MAX_TAG_WORDS = 12;
/** Most words in a line ending with a call to action. */
const MAX_CALL_LINE_WORDS = 30;

/** `end of list`, `Enditem`, `End of story`: an end marker alone on its line. */
const END_LINE = /^(?:end ?item|end of (?:list|story|article|report|text|transmission|document))\.?$/i;
/** `str-bha/dv`: lower-case letter groups joined by `-` and `/`, with at least one `/` and three groups. */
const SLUG = /^[a-z]{1,6}(?:[-/][a-z]{1,6}){2,}$/;
/** `Short Url`, `Permalink`, `Short link`: the page's own link label. */
const LINK_LABEL = /^(?:short[ -]?)?(?:url|permalink|link|shortlink)$/i;
/** `Photo by AFP`, `Photo: SDF media office`, `Source: Al Jazeera`, `Image credit: Reuters`. */
const CREDIT = /^(?:photos?|photograph|images?|pictures?|pic|video|graphics?|illustration|sources?|credits?)(?: credits?)?(?:\s*:|\s+by\b)\s*(\S.*)$/i;
/** `(Xinhua/Khalil Dawood)`: an agency and a photographer in brackets. */
const BRACKET_CREDIT = /^\((?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*)*\/(?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,4}\)$/;
/** `Topics: …`, `Tags: …`, `Filed under: …`. */
const TAGS = /^(?:topics?|tags?|tagged|keywords?|filed under|related topics|categories|category|subjects?)\s*:\s*(\S.*)$/i;
/** `…, opens new tab`: a link's screen-reader suffix. */
const NEW_TAB = /,?\s*opens? (?:in )?(?:a )?new (?:tab|window)\.?$/i;

/**
 * True for a short credit, source, slug, end-marker, tag or link-suffix line, or a call to action
 * that only a page has. `t` is the trimmed line.
 */
export function isCreditOrSourceLine(t: string): boolean {
  if (END_LINE.test(t) || SLUG.test(t) || LINK_LABEL.test(t) || BRACKET_CREDIT.test(t) || NEW_TAB.test(t)) return true;
  const credit = CREDIT.exec(t);
  if (credit && isName(credit[1], MAX_CREDIT_NAME_WORDS)) return true;
  const tags = TAGS.exec(t);
  if (tags && isName(tags[1], MAX_TAG_WORDS)) return true;
  return isCallToAction(t);
}

/** Starts with a capital, has no sentence punctuation at its end, few words, no comma clause. */
function isName(s: string, maxWords: number): boolean {
  const c = s.charCodeAt(0);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  if (/[.?!;,:"”]$/.test(s) || s.includes(', ')) return false;
  return s.split(/\s+/).length <= maxWords;
}

/**
 * "Follow AP's coverage of the Middle East at https://…" (an interface verb first and a URL), or a
 * line whose last sentence is a short call to action ("… newsletter brings you …. Sign up here.").
 */
function isCallToAction(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length > MAX_CALL_LINE_WORDS) return false;
  const lower = words.map((w) => stripPunctuation(w).toLowerCase());
  if (/\bhttps?:\/\/\S+$/.test(t) && words.length >= 3 && isPromptVerb(lower[0])) return true;
  // "Follow Al Jazeera English:": an interface verb, a name, a colon over the buttons.
  if (words.length <= 5 && t.endsWith(':') && isPromptVerb(lower[0]) && isName(t.slice(words[0].length + 1, -1), 4)) return true;
  const last = /(?:^|[.!?]\s+)([A-Z][^.!?]*[.!])$/.exec(t);
  if (!last || last.index === 0) return false;
  const tail = last[1].split(/\s+/).map((w) => stripPunctuation(w).toLowerCase());
  if (tail.length > 3 || !tail.includes('here') || !isPrompt(tail)) return false;
  return lower.some((w) => PAGE_NOUNS.has(w)) && lower.some((w) => SECOND_PERSON.has(w));
}
