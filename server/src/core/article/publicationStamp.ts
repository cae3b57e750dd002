// The page's own publication stamp ("Published: 7 January 2020 14:32 GMT", "Posted on Jan. 7,
// 2020"), which scraped copy often keeps. Without a usable `published:` its day is offered
// instead of today's in the quick fix; with one, a stamp in the header that disagrees by two days
// or more is reported (`publication-date-mismatch`).

import { newsChrono } from '../dates/newsChrono';
import { pad } from '../dates/preciseDate';
import type { Span } from '../types';
import { stampKind } from './furnitureVocabulary';
import { fewerWordsThan, stripPunctuation } from './lineLetters';

export interface PublicationStamp {
  /** The day the stamp gives, `YYYY-MM-DD`. */
  date: string;
  /** The stamp's line (visible characters). */
  span: Span;
  text: string;
  /** 1-based line number, for messages. */
  line: number;
}

/** Words that date a page's first appearance; "updated", "modified", "edited" date a later one. */
const PUBLISHED_WORD = /\b(?:published|posted|created)\b/i;
const LATER_WORD = /\b(?:updated?|modified|edited|last)\b/i;

/** Stamps are short lines; longer ones are read as prose ("… was published on 7 January 2020 by …"). */
const MAX_STAMP_CHARS = 120;

/** chrono's reference: only components written in the stamp are used (year, month and day all certain). */
const REFERENCE = { instant: new Date(Date.UTC(2020, 1, 15, 12)), timezone: 0 };

/** A line of this many words is the article's text: the header (title, byline, stamps) is over. */
const PROSE_WORDS = 10;

/** Lines read at most: a page's stamp sits near its top, and a huge paste must not cost a pass per keystroke. */
const MAX_LINES = 1000;

/**
 * The first line of the body that is a stamp (nothing but stamp words, dates, times and zones)
 * naming the page's publication with a full date (day, month and year written), or null. With
 * `headerOnly`, only lines before the article's text count: a stamp further down may date another
 * page (a related article's teaser), which is no ground for saying `published` is wrong.
 */
export function findPublicationStamp(text: string, bodyStart: number, headerOnly = false): PublicationStamp | null {
  let pos = bodyStart;
  for (let read = 0; pos < text.length && read < MAX_LINES; read++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const stamp = stampOn(text, pos, end);
    if (stamp) return stamp;
    if (headerOnly && !fewerWordsThan(text.slice(pos, end).trim(), PROSE_WORDS)) return null;
    pos = end + 1;
  }
  return null;
}

/**
 * 1-based line of `offset`, counted only for a stamp found. Not `LineIndex.of`: on an edit the
 * parse derives its index from the previous one, and building a whole index here would displace it.
 */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function stampOn(text: string, from: number, to: number): PublicationStamp | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start < 8 || end - start > MAX_STAMP_CHARS) return null;
  const shown = text.slice(start, end);
  const published = PUBLISHED_WORD.exec(shown);
  if (!published) return null;
  // Emphasis and list markers around a stamp ("*Published: …*", "- Posted …") are no words.
  const plain = shown.replace(/[*_`]/g, ' ');
  if (stampKind(plain.split(/\s+/).map((w) => stripPunctuation(w).toLowerCase())) !== 'strong') return null;
  const later = LATER_WORD.exec(shown.slice(published.index));
  const laterAt = later ? published.index + later.index : shown.length;
  for (const result of newsChrono.parse(plain, REFERENCE)) {
    if (result.index < published.index || result.index >= laterAt) continue;
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const date = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 0)}-${pad(c.get('day') ?? 0)}`;
    return { date, span: { start, end }, text: shown, line: lineAt(text, start) };
  }
  return null;
}
