// The line-level passes of page-residue detection (residue.ts runs them in order): lines after a
// marker heading are link titles, short fragments inside a block of furniture are furniture, a
// line followed by a lower-case line continues a sentence.

import { isMinorWord } from './lineForms';
import { listMarkerLength } from './lineMarkdown';
import { MIN_PLAIN_SENTENCE_WORDS, type LineKind, type LineShape } from './residueShape';

/** Link titles after a marker are short; a longer line ends the list. */
export const MAX_LINK_TITLE_WORDS = 20;

export interface Line {
  /** Start of the line (before any indentation). */
  from: number;
  /** First visible character. */
  start: number;
  /** After the last visible character. */
  end: number;
  /** Start of the next line (the text's end for the last). */
  next: number;
  shape: LineShape;
  kind: LineKind;
  /** Starts with a lower-case letter: continues the line before. */
  startsLower: boolean;
}

export function isAnchor(kind: LineKind): boolean {
  return kind === 'prose' || kind === 'content';
}

export function isResidueKind(kind: LineKind): boolean {
  return kind === 'strong' || kind === 'weak' || kind === 'title' || kind === 'heading';
}

/** After a marker alone on its line, the lines up to the next blank line (or prose) are link titles. */
export function markLinkLists(lines: Line[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].shape.opensLinks) continue;
    let sawLink = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.kind === 'blank') {
        if (sawLink) break;
        continue;
      }
      // A link title may be a question ("Who are the …?", "- Explainer: What is …?"): a short one
      // first under the marker, or right after another title with no blank between, is one more.
      if (line.kind === 'prose' && (!sawLink || lines[j - 1].kind === 'weak') && isShortQuestion(text, line)) line.kind = 'weak';
      if (line.kind === 'prose' || line.shape.opensLinks) break;
      if (line.kind === 'content' || line.kind === 'title' || line.kind === 'heading') {
        if ((line.shape.words ?? 0) > MAX_LINK_TITLE_WORDS) break;
        line.kind = 'weak';
      }
      if (line.kind !== 'keep') sawLink = true;
    }
    i = j - 1;
  }
}

/** Most words in a short line that a block of furniture takes in ("Reuters logo", "Daily newsletter"). */
export const MAX_GROUPED_WORDS = 15;

/**
 * A group of lines with no blank line between them, in which every line is residue-shaped but
 * some short lines with no sentence end (not list items, not starting lower case), and in which
 * the residue-shaped lines are a strong one or two weak ones: the short lines are furniture too —
 * a label over teasers ("More on Iran-Israel war"), a skip link or a logo's alt text over a menu
 * ("Skip to main content", "Reuters logo"), a handle under it ("Follow @arabnews"), a newsletter
 * box's text around its button. A line of prose or a list item in the group leaves it alone.
 */
export function markFurnitureGroups(lines: Line[], text: string): void {
  for (let first = 0; first < lines.length; ) {
    if (lines[first].kind === 'blank') {
      first++;
      continue;
    }
    let last = first;
    while (last + 1 < lines.length && lines[last + 1].kind !== 'blank') last++;
    const short: Line[] = [];
    let strong = 0;
    let weak = 0;
    let other = false;
    for (let i = first; i <= last; i++) {
      const line = lines[i];
      if (line.kind === 'strong') strong++;
      else if (isResidueKind(line.kind)) weak++;
      else if (isShortFragment(line, text)) short.push(line);
      else other = true;
    }
    if (!other && short.length > 0 && (strong > 0 || weak >= 2)) for (const line of short) line.kind = 'weak';
    first = last + 1;
  }
}

/** A short content line with no sentence end that is neither a list item nor a continuation. */
export function isShortFragment(line: Line, text: string): boolean {
  if (line.kind !== 'content' || line.startsLower || (line.shape.words ?? MAX_GROUPED_WORDS + 1) > MAX_GROUPED_WORDS) return false;
  if (listMarkerLength(text.slice(line.start, line.start + 5)) > 0) return false;
  return !/[.!?:;,"”]$/.test(text.slice(line.end - 1, line.end));
}

export function isShortQuestion(text: string, line: Line): boolean {
  if (text.charCodeAt(line.end - 1) !== 0x3f /* ? */) return false;
  const s = text.slice(line.start, line.end);
  return !s.slice(0, -1).includes('?') && !/[.!]\s/.test(s) && s.split(/\s+/).length <= MAX_LINK_TITLE_WORDS;
}

/**
 * A line followed by a line starting lower case is part of a wrapped sentence, whatever its shape,
 * unless that line is page furniture itself ("end of list") or a bare link under a strong line ("Short Url").
 */
export function markContinuations(lines: Line[], text: string): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    if (!isResidueKind(lines[i].kind) || lines[i].shape.opensLinks || !next.startsLower || next.shape.kind === 'strong') continue;
    if (lines[i].kind === 'strong' && next.kind === 'weak' && text.startsWith('http', next.start)) continue;
    lines[i].kind = 'content';
  }
}

/**
 * A line ending in "…" is a teaser when it sits under its title or a marker, or among other
 * teasers. Standing as a paragraph of its own right after the article's text, and reading as a
 * long sentence that trails off after a full word (not cut after "the", "of", "and" or a comma, as
 * a teaser is cut at its length limit), it is the article's last sentence: prose, which ends the
 * run of residue after it ("… life had long revolved around the base and its gates…").
 */
export function markTrailingSentences(lines: Line[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'weak' || !line.shape.teaser || (line.shape.words ?? 0) < MIN_PLAIN_SENTENCE_WORDS) continue;
    if (i + 1 < lines.length && lines[i + 1].kind !== 'blank') continue;
    let before = i - 1;
    while (before >= 0 && lines[before].kind === 'blank') before--;
    if (before < 0 || !isAnchor(lines[before].kind)) continue;
    if (endsOnFullWord(text.slice(line.start, line.end))) line.kind = 'prose';
  }
}

/** The text before the final ellipsis ends on a word that is no function word, with no comma before the dots. */
function endsOnFullWord(s: string): boolean {
  const m = /([\p{L}\p{N}'’-]+)[)\]"”’*_]*(?:…|\.\.\.)[)\]"”’*_]*$/u.exec(s);
  if (!m) return false;
  return /\p{Ll}/u.test(s) && !isMinorWord(m[1].toLowerCase());
}
