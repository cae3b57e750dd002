// A gold corpus (`test/accuracy/corpus-*/`): articles, their gazetteer and hand-written
// expectations (see ../README.md). Runs the same batch check as `newsmd check` and scores each
// category by overlap with the expected words.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkFiles, type ArticleAnalysis, type CoreDiagnostic } from '../../../server/src/core';
import { overlaps, tally, type Spanned, type Tally } from './score';

/** The categories a gold corpus is scored in, in the order they are printed. */
export const GOLD_CATEGORIES = ['entities', 'dates', 'figures', 'figure extent', 'figure interval', 'figure key', 'figure unit and noun', 'figure as-of', 'residue', 'must diagnostics', 'must-not violations'] as const;
export type GoldCategory = (typeof GOLD_CATEGORIES)[number];

/** Codes whose reports are checked for false alarms (the rest are hints, syntax or residue). */
const CHECKING_CODE = /^(?:figure|date|person)-/;

interface Located {
  text: string;
  nth?: number;
}
interface ExpectedEntity extends Located { id: string }
interface ExpectedDate extends Located { value: string | number }
interface ExpectedFigure extends Located {
  min?: number | null;
  max?: number | null;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  unit?: string;
  noun?: string | null;
  key?: string | null;
  asOf?: string | null;
}
interface ExpectedDiagnostic extends Located { code: string }

interface Expectations {
  entities?: ExpectedEntity[];
  dates?: ExpectedDate[];
  figures?: ExpectedFigure[];
  residue?: Located[];
  must?: ExpectedDiagnostic[];
  mustNot?: ExpectedDiagnostic[];
}

export type GoldTallies = Record<GoldCategory, Tally>;

export function emptyTallies(): GoldTallies {
  return Object.fromEntries(GOLD_CATEGORIES.map((c) => [c, tally(c)])) as GoldTallies;
}

/** Where `item.text` stands in the article body: its nth occurrence, or null when absent. */
function locate(text: string, bodyStart: number, item: Located): Spanned | null {
  let at = bodyStart - 1;
  for (let n = 0; n < (item.nth ?? 1); n++) {
    at = text.indexOf(String(item.text), at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + String(item.text).length };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Scores one list: `matches` says whether a reported item is the expected one (same span and
 * same value); `describe` writes a reported item for a miss line.
 */
function scoreList<E extends Located, R extends { span: Spanned }>(
  t: Tally, where: (s: Spanned) => string, text: string, bodyStart: number,
  expected: E[], reported: R[], matches: (e: E, r: R) => boolean, describe: (r: R) => string, show: (e: E) => string,
): void {
  const located = expected.map((e) => ({ e, span: locate(text, bodyStart, e) }));
  for (const { e, span } of located) {
    t.gold++;
    if (!span) {
      t.misses.push(`${where({ start: bodyStart, end: bodyStart })} gold error: "${e.text}" (nth ${e.nth ?? 1}) is not in the article`);
      continue;
    }
    const over = reported.filter((r) => overlaps(r.span, span));
    if (over.some((r) => matches(e, r))) t.found++;
    else t.misses.push(`${where(span)} missed ${show(e)}${over.length ? `; reported ${over.map(describe).join(', ')}` : ''}`);
  }
  for (const r of reported) {
    t.reported++;
    const hit = located.some(({ e, span }) => span && overlaps(r.span, span) && matches(e, r));
    if (hit) t.correct++;
    else t.misses.push(`${where(r.span)} reported ${describe(r)} where gold has none like it`);
  }
}

function scoreArticle(analysis: ArticleAnalysis, diagnostics: CoreDiagnostic[], exp: Expectations, name: string, t: GoldTallies): void {
  const { text, bodyStart } = analysis.article;
  const where = (s: Spanned) => `${name}:${lineOf(text, s.start)}`;

  const entities = analysis.entities.filter((m) => m.id !== null);
  scoreList(t.entities, where, text, bodyStart, exp.entities ?? [], entities,
    (e, r) => r.id === e.id, (r) => `"${r.text}" as ${r.id}`, (e) => `"${e.text}" as ${e.id}`);

  const dates = analysis.dates;
  scoreList(t.dates, where, text, bodyStart, exp.dates ?? [], dates,
    (e, r) => (r.date?.value ?? null) === String(e.value), (r) => `"${r.text}" = ${r.date?.value ?? 'unresolved'}`, (e) => `"${e.text}" = ${e.value}`);

  const figures = analysis.figures;
  type F = (typeof figures)[number];
  const interval = (e: ExpectedFigure, r: F) =>
    sameNumber(e.min, r.min) && sameNumber(e.max, r.max) &&
    (e.minInclusive === undefined || e.minInclusive === r.minInclusive) && (e.maxInclusive === undefined || e.maxInclusive === r.maxInclusive);
  const key = (e: ExpectedFigure, r: F) => e.key === undefined || (e.key ?? null) === r.key;
  const unitNoun = (e: ExpectedFigure, r: F) =>
    (e.unit === undefined || e.unit === figureUnit(r)) && (e.noun === undefined || (e.noun ?? '').toLowerCase() === (figureNoun(r) ?? '').toLowerCase());
  const asOf = (e: ExpectedFigure, r: F) => e.asOf === undefined || String(e.asOf ?? '') === (r.date?.value ?? '');
  const showFigure = (r: F) =>
    `"${r.text}" ${r.minInclusive ? '[' : '('}${r.min ?? '-∞'}, ${r.max ?? '∞'}${r.maxInclusive ? ']' : ')'} ${figureUnit(r)}${figureNoun(r) ? ` of ${figureNoun(r)}` : ''} key ${r.key ?? 'none'} as of ${r.date?.value ?? 'none'}`;
  const showExpected = (e: ExpectedFigure) =>
    `"${e.text}" ${e.minInclusive ? '[' : '('}${e.min ?? '-∞'}, ${e.max ?? '∞'}${e.maxInclusive ? ']' : ')'} ${e.unit ?? ''}${e.noun ? ` of ${e.noun}` : ''} key ${e.key ?? 'none'} as of ${e.asOf ?? '?'}`;
  const expFigures = exp.figures ?? [];
  scoreList(t.figures, where, text, bodyStart, expFigures, figures, (e, r) => interval(e, r) && key(e, r) && unitNoun(e, r) && asOf(e, r), showFigure, showExpected);
  scoreList(t['figure extent'], where, text, bodyStart, expFigures, figures, () => true, showFigure, showExpected);
  // The per-field tallies count only figures found at all, so each says what is wrong with them.
  const foundFigures = figures.filter((r) => expFigures.some((e) => { const s = locate(text, bodyStart, e); return s && overlaps(s, r.span); }));
  const foundExpected = expFigures.filter((e) => { const s = locate(text, bodyStart, e); return s && figures.some((r) => overlaps(s, r.span)); });
  scoreList(t['figure interval'], where, text, bodyStart, foundExpected, foundFigures, interval, showFigure, showExpected);
  scoreList(t['figure key'], where, text, bodyStart, foundExpected, foundFigures, key, showFigure, showExpected);
  scoreList(t['figure unit and noun'], where, text, bodyStart, foundExpected, foundFigures, unitNoun, showFigure, showExpected);
  scoreList(t['figure as-of'], where, text, bodyStart, foundExpected, foundFigures, asOf, showFigure, showExpected);

  const residue = analysis.article.residue.map((span) => ({ span, text: text.slice(span.start, span.end).split('\n')[0].slice(0, 60) }));
  scoreList(t.residue, where, text, bodyStart, exp.residue ?? [], residue, () => true, (r) => `residue "${r.text}"`, (e) => `residue "${e.text}"`);

  const checking = diagnostics.filter((d) => CHECKING_CODE.test(d.code));
  const mustList = exp.must ?? [];
  const must = t['must diagnostics'];
  const mustLocated = mustList.map((e) => ({ e, span: locate(text, bodyStart, e) }));
  for (const { e, span } of mustLocated) {
    must.gold++;
    if (span && diagnostics.some((d) => d.code === e.code && overlaps(d.span, span))) must.found++;
    else must.misses.push(`${where(span ?? { start: bodyStart, end: bodyStart })} missed ${e.code} on "${e.text}"${span ? '' : ' (gold error: not in the article)'}`);
  }
  for (const d of checking) {
    must.reported++;
    if (mustLocated.some(({ e, span }) => span && e.code === d.code && overlaps(d.span, span))) must.correct++;
    else must.misses.push(`${where(d.span)} false alarm ${d.code} on "${text.slice(d.span.start, d.span.end)}": ${d.message}`);
  }
  const not = t['must-not violations'];
  for (const e of exp.mustNot ?? []) {
    not.gold++;
    const span = locate(text, bodyStart, e);
    const fired = span ? diagnostics.find((d) => d.code === e.code && overlaps(d.span, span)) : undefined;
    if (!span) not.misses.push(`${where({ start: bodyStart, end: bodyStart })} gold error: "${e.text}" is not in the article`);
    else if (fired) {
      not.reported++;
      not.misses.push(`${where(span)} must not report ${e.code} on "${e.text}": ${fired.message}`);
    } else not.found++;
  }
}

/** The unit kind of a figure; before figures had units every figure was a count. */
function figureUnit(f: object): string {
  const u = (f as { unit?: unknown; noun?: unknown }).unit;
  return 'noun' in f ? String(u) : 'count';
}
/** The counted noun of a figure (named `unit` before figures had units). */
function figureNoun(f: object): string | null {
  const r = f as { unit?: unknown; noun?: unknown };
  return ('noun' in f ? (r.noun as string | null) : (r.unit as string | null)) ?? null;
}

/** Every `corpus-*` folder under `root`. */
export function goldCorpora(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('corpus-'))
    .map((d) => path.join(root, d.name))
    .sort();
}

/** Scores one gold corpus folder into `t`; returns how many articles it has. */
export function scoreCorpus(folder: string, t: GoldTallies): number {
  const articleDir = path.join(folder, 'articles');
  const names = readdirSync(articleDir).filter((n) => n.endsWith('.news.md')).sort();
  const gazetteerFiles = readdirSync(folder)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => ({ uri: path.join(folder, n), text: readFileSync(path.join(folder, n), 'utf8') }));
  const articles = names.map((n) => ({ uri: path.join(articleDir, n), text: readFileSync(path.join(articleDir, n), 'utf8') }));
  const result = checkFiles({ articles, gazetteerFiles });
  result.articles.forEach((analysis, i) => {
    const name = names[i];
    const expFile = path.join(folder, 'expected', name.replace(/\.news\.md$/, '.yaml'));
    let exp: Expectations = {};
    try {
      exp = (parse(readFileSync(expFile, 'utf8')) ?? {}) as Expectations;
    } catch (err) {
      t['must diagnostics'].misses.push(`${name}: cannot read ${path.basename(expFile)}: ${(err as Error).message}`);
    }
    scoreArticle(analysis, analysis.diagnostics, exp, `${path.basename(folder)}/${name}`, t);
  });
  return names.length;
}
