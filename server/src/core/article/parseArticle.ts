import { LineIndex } from '../text/lineIndex';
import type { ParsedArticle, SourceFile, Span } from '../types';
import { readFrontMatter } from './frontMatter';
import { scanBody } from './markdownScan';
import { readPublished } from './published';
import { findResidue } from './residue';
import { splitSentences } from './sentences';
import { buildSuppressions } from './suppressions';

/**
 * Reads a `*.news.md` file: front matter, publication date, annotations, suppression comments,
 * the masked prose recognisers scan, sentences and trailing page residue. Never throws on bad
 * input; problems come back as diagnostics.
 */
export function parseArticle(file: SourceFile): ParsedArticle {
  const { uri, text } = file;
  const fm = readFrontMatter(uri, text);
  const { published, diagnostics: publishedDiagnostics } = readPublished(uri, text, fm);
  const scan = scanBody(text, fm.bodyStart);
  const residue = findResidue(uri, text, fm.bodyStart);
  // Residue is masked too: teasers belong to other articles, so no recogniser or check may
  // read entities, dates or figures in them.
  const maskedText = applyMask(text, [{ start: 0, end: fm.bodyStart }, ...scan.masked, ...residue.residue]);
  const lines = LineIndex.of(text);
  scan.annotations.sort((a, b) => a.span.start - b.span.start || a.textSpan.start - b.textSpan.start);
  return {
    uri,
    text,
    frontMatter: fm.frontMatter,
    published,
    bodyStart: fm.bodyStart,
    maskedText,
    annotations: scan.annotations,
    sentences: splitSentences(maskedText, fm.bodyStart),
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
