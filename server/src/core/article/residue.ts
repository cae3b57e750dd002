import type { CoreDiagnostic, Span } from '../types';

type LineKind = 'blank' | 'teaser' | 'marker' | 'form' | 'share' | 'link' | 'prose';

// Web page leftovers that follow a scraped article. Each pattern is anchored on the whole line so
// an article sentence that merely mentions "read more" or contains "…" is left alone.
const TEASER = /[\p{L}\p{N},;:'"’”)\]]\s*(?:…|\.\.\.)\s*$/u;
const MARKER = /^[#>*\s-]*(?:related(?:\s+(?:stories|articles|news|posts|content|coverage))?|read more|read also|also read|see also|more from\b.*|more stories|recommended(?:\s+for you)?|you (?:may|might) also like|trending(?:\s+now)?|most read|popular stories)\b/i;
const FORM = /^(?:leave a (?:comment|reply)\b.*|your email address will not be published\b.*|required fields are marked\b.*|post comment|submit comment|cancel reply|save my name, email,? and website\b.*|notify me of (?:new|follow-up) (?:posts|comments)\b.*|(?:comments?|name|email|website)\s*\*?:?)$/i;
const SHARE = /^(?:(?:share(?:\s+this(?:\s+(?:article|story|post))?)?|tweet|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|reddit|pinterest|copy link|share on \w+|click to share on \w+(?:\s*\(opens in new window\))?)[\s|•·,/:]*)+$/i;
const LINK_ONLY = /^[-*+]?\s*\[[^\]]+\]\([^)]*\)\s*$/;
/** "…Syria..External Affairs Minister …" — a teaser glued to the last line after a double period. */
const GLUED = /[^.]\.\.(?!\.)\s*(?=\S)/g;

interface Line {
  start: number;
  end: number;
  kind: LineKind;
}

function classify(content: string): LineKind {
  const t = content.trim();
  if (t === '') return 'blank';
  if (t.length > 400) return 'prose';
  if (MARKER.test(t)) return 'marker';
  if (FORM.test(t)) return 'form';
  if (SHARE.test(t)) return 'share';
  if (LINK_ONLY.test(t)) return 'link';
  if (TEASER.test(t)) return 'teaser';
  return 'prose';
}

/**
 * Finds the run of residue lines at the end of the body. A run counts only if it is clearly page
 * furniture: at least one marker ("RELATED", "Read more"), comment-form or share line, or at least
 * two teasers ending in "…" — a single trailing ellipsis is too often the article's own. Blank
 * lines may sit inside the run. One `scrape-residue` diagnostic covers the run; its
 * `data.deleteSpan` removes it together with the blank lines before it.
 */
export function findResidue(uri: string, text: string, bodyStart: number): { residue: Span[]; diagnostics: CoreDiagnostic[] } {
  const lines = tailLines(text, bodyStart);
  let first = lines.length;
  let teasers = 0;
  let strong = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const kind = lines[i].kind;
    if (kind === 'prose') break;
    first = i;
    if (kind === 'teaser') teasers++;
    else if (kind === 'marker' || kind === 'form' || kind === 'share') strong = true;
  }
  const run = lines.slice(first).filter((l) => l.kind !== 'blank');
  const residue: Span[] = run.map((l) => ({ start: l.start, end: l.end }));

  // The first teaser may be glued to the article's last sentence after a double period
  // ("… in Syria..Foreign Minister …"): the line is split there, one period stays.
  let deleteFrom: number | null = null;
  const firstRun = lines.slice(first).find((l) => l.kind !== 'blank');
  if (firstRun && firstRun.kind === 'teaser') {
    const content = text.slice(firstRun.start, firstRun.end);
    GLUED.lastIndex = 0;
    const m = GLUED.exec(content);
    if (m && m.index > 0 && /\s/.test(content.slice(0, m.index))) {
      residue[0] = { start: firstRun.start + m.index + m[0].length, end: firstRun.end };
      deleteFrom = firstRun.start + m.index + 2;
    }
  }
  const lastArticle = deleteFrom === null && first - 1 >= 0 ? lines[first - 1] : null;
  if (residue.length === 0 || (!strong && teasers < 2)) return { residue: [], diagnostics: [] };

  if (deleteFrom === null) deleteFrom = lastArticle ? nextLineStart(text, lastArticle.end) : bodyStart;
  const span = { start: residue[0].start, end: residue[residue.length - 1].end };
  const count = residue.length;
  return {
    residue,
    diagnostics: [{
      code: 'scrape-residue',
      severity: 'information',
      message: `${count} line${count === 1 ? '' : 's'} of web page residue after the article (teasers, related links, share or comment text).`,
      uri,
      span,
      data: { deleteSpan: { start: deleteFrom, end: text.length } },
    }],
  };
}

/** The body's lines from the last one back to the first line that is prose (inclusive), in order. */
function tailLines(text: string, bodyStart: number): Line[] {
  const lines: Line[] = [];
  let end = text.length;
  while (end >= bodyStart) {
    const nl = end > bodyStart ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl < bodyStart ? bodyStart : nl + 1;
    let contentEnd = end;
    if (contentEnd > start && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    const content = text.slice(start, contentEnd);
    // Spans cover the visible characters only, so the diagnostic ends on the last of them.
    const trimmedEnd = start + content.trimEnd().length;
    const trimmedStart = start + (content.length - content.trimStart().length);
    const line: Line = { start: Math.min(trimmedStart, trimmedEnd), end: trimmedEnd, kind: classify(content) };
    lines.push(line);
    if (line.kind === 'prose' || start === bodyStart) break;
    end = nl;
  }
  return lines.reverse();
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl + 1;
}
