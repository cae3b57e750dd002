// Page residue: furniture a scraper leaves around an article (teasers, related links, share and
// comment rows, app and newsletter prompts, section labels, stamps, copyright lines).
//
// The rule, line by line (no phrase lists, no backtracking):
// 1. Each line gets a shape (`residueShape.ts`): prose (a sentence, a quote, a dateline) and other
//    content (list items, wrapped lines) are the article's own; bylines, credit lines and HTML
//    comments are kept; the rest is residue-shaped, strong (interface symbols, counters, share
//    rows, calls to action, RELATED-style markers, copyright, stamps, glued link titles) or weak
//    (title-shaped lines, teasers ending in "…", bare links, plain dates, form text).
// 2. After a marker heading alone on its line ("RELATED", "Most Read"), the lines up to the next
//    blank line are link titles, whatever their case.
//    Inside a block of furniture (no blank line between), short lines with no sentence end are
//    furniture too: a label over teasers, a skip link or a logo's text over a menu.
// 3. The article's title — the first heading or title-shaped line before any prose — is kept, and
//    so are Markdown headings inside the article (subheads).
// 4. Between two lines of prose or content, or between one and an edge of the body, the
//    residue-shaped lines make a run. A run is residue if it has a strong line or at least two
//    weak ones: a single title-case line between paragraphs is a subhead, a single line ending
//    in "…" the article's own. Prose is never residue.
// Each block of residue lines (blank lines may sit inside, a kept line splits it) is one
// `scrape-residue` diagnostic whose `data.deleteSpan` removes exactly those lines.

import type { CoreDiagnostic, Span } from '../types';
import { isLowerCode } from './chars';
import { MAX_RESIDUE_CHARS, MIN_PLAIN_SENTENCE_WORDS, classifyLine, mayHaveGluedTitles, mayStartPlainProse, type LineShape } from './residueShape';
import { type Line, isAnchor, isResidueKind, markContinuations, markFurnitureGroups, markLinkLists, markTrailingSentences } from './residueLines';

/** "…Syria..External Affairs Minister …" — a teaser glued to the last line after a double period. */
const GLUED = /[^.]\.\.(?!\.)\s*(?=\S)/g;


/**
 * Finds the page residue of the body. Returns the residue lines (visible characters only, sorted)
 * for masking, and one `scrape-residue` diagnostic per block.
 */
export function findResidue(uri: string, text: string, bodyStart: number): { residue: Span[]; diagnostics: CoreDiagnostic[] } {
  const lines = readLines(text, bodyStart);
  markLinkLists(lines, text);
  markFurnitureGroups(lines, text);
  markContinuations(lines, text);
  markTrailingSentences(lines, text);
  keepTitleAndSubheads(lines, text);

  const residue: Span[] = [];
  const diagnostics: CoreDiagnostic[] = [];
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !isAnchor(lines[i].kind)) continue;
    if (i > runStart) decideRun(lines, runStart, i, text, bodyStart, uri, residue, diagnostics);
    runStart = i + 1;
  }
  return { residue, diagnostics };
}



function readLines(text: string, bodyStart: number): Line[] {
  const lines: Line[] = [];
  let pos = bodyStart;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const next = nl === -1 ? text.length : nl + 1;
    let a = pos;
    let b = lineEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    // Plain prose with a glue point in it goes to `classifyLine`: it may be link titles run together.
    const shape = a === b ? BLANK
      : isPlainProse(text, a, b) && (b - a > MAX_RESIDUE_CHARS || !mayHaveGluedTitles(text.slice(a, b))) ? PROSE
        : classifyLine(text.slice(a, b));
    lines.push({ from: pos, start: a, end: b, next, shape, kind: shape.kind, startsLower: a < b && isLowerCode(text.charCodeAt(a)) });
    pos = next;
  }
  return lines;
}

const BLANK: LineShape = { kind: 'blank' };
const PROSE: LineShape = { kind: 'prose' };

/**
 * The common case, without slicing the line: a long line, or a sentence of fifteen words or more
 * that does not start like a copyright line or a comment — what `classifyLine` calls prose.
 * Counts words with native searches (a per-character loop costs more than the rest together).
 */
function isPlainProse(text: string, a: number, b: number): boolean {
  if (b - a > MAX_RESIDUE_CHARS) return true;
  const last = text.charCodeAt(b - 1);
  if (last !== 0x2e && last !== 0x3f && last !== 0x21) return false;
  if (last === 0x2e && text.charCodeAt(b - 2) === 0x2e && text.charCodeAt(b - 3) === 0x2e) return false; // "..."
  if (text.startsWith('here', b - 5)) return false; // "… Sign up here.": a call to action may end the line
  if (!mayStartPlainProse(text.charCodeAt(a))) return false;
  let at = a;
  // One word more than `classifyLine` needs: a heading's # or a list marker is a word here.
  for (let words = 1; words <= MIN_PLAIN_SENTENCE_WORDS; words++) {
    at = text.indexOf(' ', at);
    if (at === -1 || at >= b) return false;
    while (text.charCodeAt(at) === 32) at++;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff;
}




/**
 * The first heading or title-shaped line before any prose is the article's title; headings after
 * the first prose are subheads. Both are kept. Headings at the very end (after the last prose)
 * stay residue-shaped: "## Most Read" over a list of links.
 */
function keepTitleAndSubheads(lines: Line[], text: string): void {
  let firstAnchor = -1;
  let lastAnchor = -1;
  for (let i = 0; i < lines.length; i++) {
    if (isAnchor(lines[i].kind)) {
      if (firstAnchor === -1) firstAnchor = i;
      lastAnchor = i;
    }
  }
  const topEnd = firstAnchor === -1 ? lines.length : firstAnchor;
  for (let i = 0; i < topEnd; i++) {
    const kind = lines[i].kind;
    // A plain title line right against a strong line is the site's name over its menu, not a title.
    if (kind === 'title' && ((i > 0 && lines[i - 1].kind === 'strong') || (i + 1 < lines.length && lines[i + 1].kind === 'strong'))) continue;
    if (kind === 'title' || kind === 'heading') {
      lines[i].kind = 'keep';
      break;
    }
  }
  for (let i = 0; i < lastAnchor; i++) if (lines[i].kind === 'heading') lines[i].kind = 'keep';
  // A dateline alone on its line right above the first paragraph ("ANKARA"): the article's own.
  let above = firstAnchor - 1;
  while (above >= 0 && lines[above].kind === 'blank') above--;
  if (firstAnchor > 0 && above >= 0 && isResidueKind(lines[above].kind) && isDatelineAlone(lines[above], text)) lines[above].kind = 'keep';
}

/** One to three words in capitals, letters only ("ANKARA", "SAN'A", "NEW DELHI"), not a marker. */
function isDatelineAlone(line: Line, text: string): boolean {
  const s = text.slice(line.start, line.end);
  return line.shape.kind === 'title' && (line.shape.words ?? 0) <= 3 && /^\p{Lu}[\p{Lu}'’ -]*$/u.test(s) && s.replace(/[^\p{Lu}]/gu, '').length >= 3;
}

/** Lines [from, to) hold no prose or content: residue if they have a strong line or two weak ones. */
function decideRun(lines: Line[], from: number, to: number, text: string, bodyStart: number, uri: string, residue: Span[], diagnostics: CoreDiagnostic[]): void {
  let strong = 0;
  let weak = 0;
  for (let i = from; i < to; i++) {
    const kind = lines[i].kind;
    if (kind === 'strong') strong++;
    else if (isResidueKind(kind)) weak++;
  }
  if (strong === 0 && weak < 2) return;

  // Blocks: residue lines with only blank lines between them.
  let blockStart = -1;
  let blockEnd = -1;
  for (let i = from; i <= to; i++) {
    const kind = i < to ? lines[i].kind : 'keep';
    if (kind === 'blank') continue;
    if (isResidueKind(kind)) {
      if (blockStart === -1) blockStart = i;
      blockEnd = i;
      continue;
    }
    if (blockStart !== -1) emitBlock(lines, blockStart, blockEnd, text, bodyStart, uri, residue, diagnostics);
    blockStart = -1;
  }
}

function emitBlock(lines: Line[], first: number, last: number, text: string, bodyStart: number, uri: string, residue: Span[], diagnostics: CoreDiagnostic[]): void {
  const spans: Span[] = [];
  for (let i = first; i <= last; i++) if (isResidueKind(lines[i].kind)) spans.push({ start: lines[i].start, end: lines[i].end });

  let previous = first - 1;
  while (previous >= 0 && lines[previous].kind === 'blank') previous--;
  let following = last + 1;
  while (following < lines.length && lines[following].kind === 'blank') following++;
  const atEnd = following >= lines.length;
  const atStart = previous < 0;

  // The first teaser may be glued to the article's last sentence after a double period
  // ("… in Syria..Foreign Minister …"): the line is split there, one period stays.
  const head = lines[first];
  const glue = head.shape.teaser ? gluePoint(text, head.start, head.end) : null;
  let deleteFrom: number;
  let deleteTo = atEnd ? text.length : lines[following].from;
  if (glue) {
    spans[0] = { start: glue.teaserStart, end: head.end };
    deleteFrom = glue.keepEnd;
    if (!atEnd) deleteTo = lines[last].end; // the line break after the block stays: it now ends the article's line
  } else if (atEnd) {
    deleteFrom = previous >= 0 ? lines[previous].next : bodyStart;
  } else {
    deleteFrom = head.from;
  }

  residue.push(...spans);
  const count = spans.length;
  const where = atEnd ? 'after the article' : atStart ? 'before the article' : 'inside the article';
  diagnostics.push({
    code: 'scrape-residue',
    severity: 'information',
    message: `${count} line${count === 1 ? '' : 's'} of web page residue ${where} (teasers, related links, share or comment text).`,
    uri,
    span: { start: spans[0].start, end: spans[spans.length - 1].end },
    data: { deleteSpan: { start: deleteFrom, end: deleteTo } },
  });
}

/**
 * Where a teaser glued after ".." starts, and the end of what the article keeps of the line (its
 * sentence with one period), or null if the line is not glued.
 */
function gluePoint(text: string, start: number, end: number): { keepEnd: number; teaserStart: number } | null {
  const content = text.slice(start, end);
  GLUED.lastIndex = 0;
  const m = GLUED.exec(content);
  if (!m || m.index === 0 || !/\s/.test(content.slice(0, m.index))) return null;
  return { keepEnd: start + m.index + 2, teaserStart: start + m.index + m[0].length };
}
