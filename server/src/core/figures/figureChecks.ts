import type { AnalysisSettings } from '../settings';
import type { CoreDiagnostic, FigureMention, Gazetteer, GazetteerEntity, ParsedArticle, Span } from '../types';
import { foldUnit } from './countedNoun';
import { gazetteerPlace, intervalOf, pointValue, quote, valuesValidAt, numbersIn } from './figureFacts';
import { type FigureIndex, figureIndex } from './figureIndex';
import { formatLike } from './formatNumber';
import { contains, overlaps } from './interval';
import { findPartsGroups, minimumSum, partsExceedTotal } from './partsTotal';
import { intervalFor, type QualifierSense } from './qualifiers';

export { checkCorpus } from './corpusCheck';

/** `figure-gazetteer-mismatch`, `figure-document-conflict`, `figure-parts-exceed-total`. */
export function checkFigures(article: ParsedArticle, figures: FigureMention[], gazetteer: Gazetteer, settings: AnalysisSettings): CoreDiagnostic[] {
  return [...checkFigureMismatches(article, figures, gazetteer, settings), ...checkFiguresInDocument(article, figures)];
}

/**
 * `figure-gazetteer-mismatch` alone: each figure against the gazetteer, one at a time, so an
 * incremental analysis can keep the findings of figures it did not read again.
 */
export function checkFigureMismatches(article: ParsedArticle, figures: FigureMention[], gazetteer: Gazetteer, settings: AnalysisSettings): CoreDiagnostic[] {
  return gazetteerMismatches(article, [...figures].sort((a, b) => a.span.start - b.span.start), gazetteer, settings);
}

/** `figure-document-conflict` and `figure-parts-exceed-total`: figures against each other. */
export function checkFiguresInDocument(article: ParsedArticle, figures: FigureMention[]): CoreDiagnostic[] {
  const sorted = [...figures].sort((a, b) => a.span.start - b.span.start);
  const sentences = article.sentences.length > 0 ? article.sentences : [{ start: article.bodyStart, end: article.text.length }];
  const groups = findPartsGroups(article.maskedText, sorted, sentences);
  return [
    ...documentConflicts(article, sorted, sentences, groups),
    ...groups.filter((g) => partsExceedTotal(g.total, g.parts)).map((g) => partsDiagnostic(article, g.total, g.parts)),
  ];
}

// --- figure-gazetteer-mismatch ------------------------------------------------------------------

function gazetteerMismatches(article: ParsedArticle, figures: FigureMention[], gazetteer: Gazetteer, settings: AnalysisSettings): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  let index: FigureIndex | undefined;
  for (const f of figures) {
    // Gazetteer figures are counts: a percentage or a sum of money is never checked against one.
    if (!f.key || !f.date || f.unit !== 'count') continue;
    index ??= figureIndex(gazetteer);
    // A key that is no figure (an annotation's typo) is looked up as before, and skipped below.
    const entity = index.figures.get(f.key) ?? gazetteer.entities.get(f.key);
    if (!entity || entity.kind !== 'figure' || !entity.values?.length) continue;
    const valid = valuesValidAt(entity.values, f.date);
    if (valid.length === 0 || valid.some((v) => contains(intervalOf(f), v.value))) continue;
    out.push(mismatchDiagnostic(article, f, entity, valid[valid.length - 1], gazetteer, settings));
  }
  return out;
}

function mismatchDiagnostic(
  article: ParsedArticle, f: FigureMention, entity: GazetteerEntity, value: NonNullable<GazetteerEntity['values']>[number],
  gazetteer: Gazetteer, settings: AnalysisSettings,
): CoreDiagnostic {
  const written = numbersIn(article.maskedText, f.numberSpan)[0] ?? null;
  const replacement = formatLike(value.value, written, article.maskedText.slice(f.numberSpan.start, f.numberSpan.end));
  const place = gazetteerPlace(gazetteer, entity.location.uri, value.span.start);
  const origin = value.source ? `source ${value.source}, ${place}` : place;
  const date = f.date ? ` on ${f.date.value}` : '';
  const span = numbersIn(article.maskedText, f.numberSpan).length > 1 ? { start: f.span.start, end: f.numberSpan.end } : editSpan(f, value.value, settings);
  return {
    code: 'figure-gazetteer-mismatch',
    severity: 'warning',
    message: `Says ${quote(f)}${date}; the gazetteer figure ${entity.id} has ${formatLike(value.value, null)} as of ${value.asOf.value} (${origin}).`,
    uri: article.uri,
    span: f.span,
    related: [{ uri: entity.location.uri, span: value.span, message: `${entity.id}: ${formatLike(value.value, null)} as of ${value.asOf.value}` }],
    data: {
      key: entity.id,
      value: value.value,
      asOf: value.asOf.value,
      source: value.source ?? null,
      replacement,
      numberSpan: f.numberSpan,
      editSpan: span,
      editText: keptMarkup(article, span.start, f.numberSpan.start) + replacement,
      recordValue: { figureId: entity.id, value: pointValue(f, article.maskedText), as_of: f.date?.value ?? null },
    },
  };
}

/**
 * Where `replacement` goes. Just the number when the qualifier still fits the new number
 * ("about 5,000" → "about 2,500"); the qualifier too when it would not ("over 5,000" → "2,500",
 * since "over 2,500" would still miss 2,500).
 */
function editSpan(f: FigureMention, value: number, settings: AnalysisSettings): Span {
  const sense = senseOf(f);
  if (sense === 'bare' || f.span.start === f.numberSpan.start) return f.numberSpan;
  return contains(intervalFor(sense, value, value, settings, false), value) ? f.numberSpan : { start: f.span.start, end: f.numberSpan.end };
}

/**
 * The markup between an edit's start and the number ("Over [5,000 …]{figure=…}": the `[`), which
 * the edit must write back, or it would break the annotation. Markup is what the masked text
 * blanks out.
 */
function keptMarkup(article: ParsedArticle, start: number, numberStart: number): string {
  let kept = '';
  for (let i = start; i < numberStart; i++) if (article.text[i] !== article.maskedText[i]) kept += article.text[i];
  return kept;
}

/** The qualifier sense behind a mention's interval, read back from its ends. */
function senseOf(f: FigureMention): QualifierSense {
  if (f.max === null) return f.minInclusive ? 'ge' : 'gt';
  if (f.min === 0 && f.max !== 0) return f.maxInclusive ? 'le' : 'lt';
  if (!f.maxInclusive) return 'nearly';
  return f.qualifier ? 'approx' : 'bare';
}

// --- figure-document-conflict -------------------------------------------------------------------

/** Words between two figures of one sentence that say they are compared, not both asserted. */
const CONTRAST = /\b(?:from|to|compared|versus|vs|than|previously|earlier|instead|rather|down|up|before|after|then|later|rising|rose|fell|falling|increased|decreased|revised|corrected)\b/i;
/** Words that may sit between a figure and its verb ("troops have been deployed"). */
const AUXILIARIES = new Set(['have', 'has', 'had', 'been', 'be', 'being', 'were', 'was', 'are', 'is', 'will', 'would', 'still', 'reportedly',
  'also', 'now', 'already', 'currently', 'who', 'that', 'which', 'all', 'remain', 'remained', 'were', 'had']);

/**
 * The verb that says what an unkeyed figure counts ("were killed", "have been deployed"), so that
 * "5 soldiers were killed and 9 soldiers were wounded" are two counts, not a conflict.
 */
function predicateOf(text: string, f: FigureMention, limit: number): string | null {
  const rest = text.slice(f.span.end, Math.min(limit, f.span.end + 80));
  const words = /^\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)/u.exec(rest);
  if (!words) return null;
  for (const w of words[1].toLowerCase().split(/\s+/)) if (!AUXILIARIES.has(w)) return w;
  return null;
}

/**
 * Each figure's conflict group: what it counts, about whom, by which verb, on which date. It
 * reads only the figure and the rest of its sentence, so it is kept per mention, and an
 * incremental analysis hands it on to the moved copy of a mention whose sentence did not change.
 */
const conflictGroups = new WeakMap<FigureMention, string | null>();

/** `moved` is `figure` at another offset, in an unchanged sentence: it keeps its conflict group. */
export function carryConflictGroup(figure: FigureMention, moved: FigureMention): void {
  const group = conflictGroups.get(figure);
  if (group !== undefined) conflictGroups.set(moved, group);
}

function conflictGroup(article: ParsedArticle, f: FigureMention, sentenceEnd: number): string | null {
  const date = f.date?.value ?? 'undated';
  if (f.key) return `key ${f.key} ${f.unit} ${date}`;
  // Unkeyed: counts of one noun only (a share or a sum of money says too little about what it measures).
  if (f.unit === 'count' && f.noun && f.about.length > 0) {
    const predicate = predicateOf(article.maskedText, f, sentenceEnd);
    if (predicate) return `noun ${foldUnit(f.noun)} ${idList(f.about)} ${predicate} ${date}`;
  }
  return null;
}

/**
 * `[...new Set(ids)].sort().join(',')` without the set: sorted, equal ids sit together and are
 * kept once. Made for every counted figure; most have one or two ids.
 */
function idList(ids: readonly string[]): string {
  if (ids.length === 1) return ids[0];
  const sorted = ids.slice().sort();
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    out += i === 0 ? sorted[i] : `,${sorted[i]}`;
  }
  return out;
}

function documentConflicts(article: ParsedArticle, figures: FigureMention[], sentences: Span[], groups: { total: FigureMention; parts: FigureMention[] }[]): CoreDiagnostic[] {
  const partOf = new Map<FigureMention, FigureMention>();
  for (const g of groups) for (const p of g.parts) partOf.set(p, g.total);
  const sentenceOf = sentenceLocator(sentences);
  const byGroup = new Map<string, FigureMention[]>();
  for (const f of figures) {
    let group = conflictGroups.get(f);
    if (group === undefined) {
      group = conflictGroup(article, f, sentences[sentenceOf(f.span.start)]?.end ?? article.text.length);
      conflictGroups.set(f, group);
    }
    if (!group) continue;
    const list = byGroup.get(group);
    if (list) list.push(f);
    else byGroup.set(group, [f]);
  }
  const out: CoreDiagnostic[] = [];
  for (const members of byGroup.values()) {
    for (let i = 1; i < members.length; i++) {
      const later = members[i];
      // Bounded look-back: a pathological file with thousands of one figure stays linear.
      // A mention is its own interval (same fields), so no copy is made per comparison.
      let conflicts: FigureMention[] | null = null;
      for (let j = Math.max(0, i - 50); j < i; j++) {
        const earlier = members[j];
        if (overlaps(earlier, later) || partOf.get(later) === earlier || partOf.get(earlier) === later) continue;
        if (sentenceOf(earlier.span.start) === sentenceOf(later.span.start)
          && CONTRAST.test(article.maskedText.slice(earlier.span.end, later.span.start))) continue;
        (conflicts ??= []).push(earlier);
      }
      if (!conflicts) continue;
      const first = conflicts[0];
      const what = later.key ? `figure ${later.key}` : `count of ${later.noun}`;
      out.push({
        code: 'figure-document-conflict',
        severity: 'warning',
        message: `Says ${quote(later)}, but earlier in this article ${quote(first)} for the same ${what}${later.date ? ` on ${later.date.value}` : ''}.`,
        uri: article.uri,
        span: later.span,
        related: conflicts.slice(0, 5).map((c) => ({ uri: article.uri, span: c.span, message: `Earlier: ${quote(c)}` })),
        data: { key: later.key, other: first.span },
      });
    }
  }
  return out;
}

/** Index of the sentence holding an offset (binary search; -1 before the first). */
function sentenceLocator(sentences: Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

// --- figure-parts-exceed-total ------------------------------------------------------------------

function partsDiagnostic(article: ParsedArticle, total: FigureMention, parts: FigureMention[]): CoreDiagnostic {
  const { sum, open } = minimumSum(parts);
  const totalMax = total.max as number;
  return {
    code: 'figure-parts-exceed-total',
    severity: 'error',
    message: `The parts add up to ${open ? 'more than' : 'at least'} ${sum} (${parts.map((p) => `"${p.text}"`).join(' + ')}), `
      + `more than the total "${total.text}" allows (at most ${totalMax}).`,
    uri: article.uri,
    span: { start: total.span.start, end: parts[parts.length - 1].span.end },
    related: [
      { uri: article.uri, span: total.span, message: `Total: ${quote(total)}` },
      ...parts.map((p) => ({ uri: article.uri, span: p.span, message: `Part: ${quote(p)}` })),
    ],
    data: { sum, total: totalMax },
  };
}
