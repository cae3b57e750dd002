// The TimeML benchmark (`../shared/benchmarks/timeml-aquaint/`), scored exactly as its README
// says: each article becomes a `.news.md` (title and DCT as front matter, the TEXT without tags),
// gold is every DATE TIMEX3 with a calendar value, and a reported date is right when it overlaps
// a gold expression and has its value. chrono-node alone is scored the same way beside it.

import * as chrono from 'chrono-node';
import { checkFiles } from '../../../server/src/core';
import { overlaps, tally, type Spanned, type Tally } from './score';

interface Timex extends Spanned {
  type: string;
  value: string;
  text: string;
}

export interface TimemlArticle {
  name: string;
  dct: string;
  title: string;
  /** The `.news.md` text handed to the analysis. */
  file: string;
  /** Where the body starts in `file`. */
  bodyStart: number;
  /** Every TIMEX3 of the TEXT, at offsets into the body. */
  timexes: Timex[];
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;

function decodeEntity(entity: string): string {
  switch (entity) {
    case '&amp;': return '&';
    case '&lt;': return '<';
    case '&gt;': return '>';
    case '&quot;': return '"';
    case '&apos;': return "'";
  }
  const n = /^&#(x?)([0-9a-f]+);$/i.exec(entity);
  return n ? String.fromCodePoint(parseInt(n[2], n[1] ? 16 : 10)) : entity;
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** The text of an XML fragment without tags, and the TIMEX3 elements at offsets into it. */
function stripTags(xml: string): { text: string; timexes: Timex[] } {
  let text = '';
  const open: { start: number; tag: string }[] = [];
  const timexes: Timex[] = [];
  for (const m of xml.matchAll(/<[^>]*>|&[#a-z0-9]+;|[^<&]+/gi)) {
    const piece = m[0];
    if (piece.startsWith('<TIMEX3')) {
      if (piece.endsWith('/>')) continue;
      open.push({ start: text.length, tag: piece });
    } else if (piece === '</TIMEX3>') {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, type: attribute(o.tag, 'type'), value: attribute(o.tag, 'value'), text: text.slice(o.start) });
    } else if (piece.startsWith('<')) {
      continue;
    } else if (piece.startsWith('&')) {
      text += decodeEntity(piece);
    } else {
      text += piece;
    }
  }
  return { text, timexes };
}

export function readTimeml(name: string, xml: string): TimemlArticle {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attribute(dctTag, 'value').slice(0, 10);
  const title = stripTags(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? '').text.trim();
  const inner = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const stripped = stripTags(inner);
  const lead = /^(?:[ \t]*\r?\n)*/.exec(stripped.text)![0].length;
  const body = stripped.text.slice(lead);
  const timexes = stripped.timexes.map((t) => ({ ...t, start: t.start - lead, end: t.end - lead }));
  const header = `---\ntitle: ${JSON.stringify(title)}\npublished: ${dct}\n---\n`;
  return { name, dct, title, file: header + body, bodyStart: header.length, timexes };
}

function isScored(t: Timex): boolean {
  return t.type === 'DATE' && CALENDAR_VALUE.test(t.value);
}

interface Reported extends Spanned {
  value: string | null;
  text: string;
}

/** Scores reported dates (at body offsets) against one article's gold, into `t`. */
function scoreArticle(article: TimemlArticle, reported: Reported[], t: Tally, extent: Tally): void {
  const body = article.file.slice(article.bodyStart);
  const gold = article.timexes.filter(isScored);
  const unscored = article.timexes.filter((x) => !isScored(x));
  const where = (s: Spanned) => {
    const line = body.slice(0, s.start).split('\n').length;
    return `${article.name}:${line}`;
  };
  for (const g of gold) {
    t.gold++;
    extent.gold++;
    const over = reported.filter((r) => overlaps(r, g));
    if (over.length > 0) extent.found++;
    if (over.some((r) => r.value === g.value)) t.found++;
    else {
      const got = over.length ? over.map((r) => `"${r.text}" → ${r.value ?? 'unresolved'}`).join(', ') : 'not found';
      t.misses.push(`${where(g)} missed "${g.text}" = ${g.value} (${got})`);
    }
  }
  for (const r of reported) {
    if (!gold.some((g) => overlaps(r, g)) && unscored.some((u) => overlaps(r, u))) continue;
    t.reported++;
    if (gold.some((g) => overlaps(r, g) && r.value === g.value)) t.correct++;
    else {
      const g = gold.find((x) => overlaps(r, x));
      t.misses.push(`${where(r)} reported "${r.text}" → ${r.value ?? 'unresolved'}${g ? ` where gold has "${g.text}" = ${g.value}` : ' (no date there in gold)'}`);
    }
  }
}

/** The project's dates through the full analysis (no gazetteer), as an editor would show them. */
export function scoreProject(articles: TimemlArticle[]): { value: Tally; extent: Tally } {
  const value = tally('TimeML dates (project)');
  const extent = tally('TimeML extent (project)');
  const { articles: analyses } = checkFiles({ articles: articles.map((a) => ({ uri: a.name, text: a.file })), gazetteerFiles: [] });
  analyses.forEach((analysis, i) => {
    const a = articles[i];
    const reported = analysis.dates.map((d) => ({ start: d.span.start - a.bodyStart, end: d.span.end - a.bodyStart, value: d.date?.value ?? null, text: d.text }));
    scoreArticle(a, reported, value, extent);
  });
  return { value, extent };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A chrono result's value at the precision chrono is certain of (a weekday pins the day). */
function chronoValue(r: chrono.ParsedResult): string | null {
  const c = r.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  if (c.isCertain('year')) return `${y}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** chrono-node alone: `chrono.parse(text, dct)`, scored the same way. */
export function scoreChrono(articles: TimemlArticle[]): { value: Tally; extent: Tally } {
  const value = tally('TimeML dates (chrono-node alone)');
  const extent = tally('TimeML extent (chrono-node alone)');
  for (const a of articles) {
    const body = a.file.slice(a.bodyStart);
    const [y, m, d] = a.dct.split('-').map(Number);
    const results = chrono.parse(body, new Date(y, m - 1, d, 12));
    const reported = results.map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r), text: r.text }));
    scoreArticle(a, reported, value, extent);
  }
  return { value, extent };
}
