import { LineIndex } from '../text/lineIndex';
import type { ParsedArticle, SourceFile, Span } from '../types';
import { readFrontMatter } from './frontMatter';
import { scanBody } from './markdownScan';
import { findPublicationStamp } from './publicationStamp';
import { readPublished } from './published';
import { findResidue } from './residue';
import { changedStretch, type TextChange } from '../text/textDiff';
import { splitSentences, splitSentencesBetween } from './sentences';
import { buildSuppressions } from './suppressions';

/**
 * Reads a `*.news.md` file: front matter, publication date, annotations, suppression comments,
 * the masked prose recognisers scan, sentences and page residue (`residue.ts`). Never throws on bad
 * input; problems come back as diagnostics.
 */
export function parseArticle(file: SourceFile, previous?: ParsedArticle): ParsedArticle {
  const { uri, text } = file;
  const fm = readFrontMatter(uri, text);
  const { published, diagnostics: publishedDiagnostics } = readPublished(uri, text, fm, (headerOnly) => findPublicationStamp(text, fm.bodyStart, headerOnly));
  const scan = scanBody(text, fm.bodyStart);
  const residue = findResidue(uri, text, fm.bodyStart);
  // Residue is masked too: teasers belong to other articles, so no recogniser or check may
  // read entities, dates or figures in them.
  const maskedText = applyMask(text, [{ start: 0, end: fm.bodyStart }, ...scan.masked, ...residue.residue]);
  // After an edit, only the edited paragraphs are split into sentences and scanned for lines again.
  const edit = previous && previous.bodyStart === fm.bodyStart ? changedStretch([[previous.text, text], [previous.maskedText, maskedText]]) : null;
  const lines = edit ? LineIndex.afterEdit(LineIndex.of(previous!.text), text, edit.start, edit.oldEnd, edit.newEnd) : LineIndex.of(text);
  scan.annotations.sort((a, b) => a.span.start - b.span.start || a.textSpan.start - b.textSpan.start);
  return {
    uri,
    text,
    frontMatter: fm.frontMatter,
    published,
    bodyStart: fm.bodyStart,
    maskedText,
    annotations: scan.annotations,
    sentences: edit && edit.start >= fm.bodyStart ? spliceSentences(previous!, maskedText, fm.bodyStart, edit) : splitSentences(maskedText, fm.bodyStart),
    residue: residue.residue,
    suppressions: buildSuppressions(scan.comments, fm.disabledCodes, lines),
    diagnostics: [...fm.diagnostics, ...publishedDiagnostics, ...residue.diagnostics],
  };
}

/** Blanks the spans with spaces, keeping line breaks, so every offset stays where it was. */
export function applyMask(text: string, spans: Span[]): string {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, span.end).replace(/[^\r\n]/g, ' '));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The sentences of the edited text from those of `previous`: the splitter starts afresh after
 * every blank line, so only the paragraphs between the blank lines around the edit are split again.
 */
function spliceSentences(previous: ParsedArticle, masked: string, bodyStart: number, edit: TextChange): Span[] {
  const from = lineAfterBlankBefore(masked, edit.start, bodyStart);
  const to = breakBeforeBlankAfter(masked, edit.newEnd);
  const delta = masked.length - previous.maskedText.length;
  const out: Span[] = [];
  for (const s of previous.sentences) {
    if (s.start >= from) break;
    out.push(s);
  }
  out.push(...splitSentencesBetween(masked, from, to));
  const oldTo = to - delta;
  for (const s of previous.sentences) if (s.start >= oldTo) out.push({ start: s.start + delta, end: s.end + delta });
  return out;
}

/** Start of the line after the last blank line that ends before `offset` (the body start if none). */
function lineAfterBlankBefore(masked: string, offset: number, bodyStart: number): number {
  let end = masked.lastIndexOf('\n', offset - 1); // the break that ends a candidate blank line
  while (end > bodyStart) {
    const start = masked.lastIndexOf('\n', end - 1);
    if (start < bodyStart - 1) break;
    if (isBlank(masked, start + 1, end)) return end + 1;
    end = start;
  }
  return bodyStart;
}

/** The line break at or after `offset` that comes before a blank line (the text's end if none). */
function breakBeforeBlankAfter(masked: string, offset: number): number {
  for (let at = masked.indexOf('\n', offset); at !== -1; at = masked.indexOf('\n', at + 1)) {
    const next = masked.indexOf('\n', at + 1);
    if (next === -1) return masked.length; // the last line: the splitter runs to the end anyway
    if (isBlank(masked, at + 1, next)) return at;
  }
  return masked.length;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
