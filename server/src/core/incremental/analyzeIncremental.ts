// Incremental analysis: after an edit, only the paragraphs around it are read again.
//
// The recognisers (names, dates, figures) and the checks that read one sentence at a time see at
// most the sentence before (a figure's `about`), never past a blank line, so an edit changes
// what they find only in its own paragraphs and the paragraph after. Those paragraphs ("the
// stretch") are re-read with a paragraph of context on either side; what was found before the
// stretch is kept, what was found after it is kept moved by the edit's length change. Then the
// passes over the whole document run again on the merged lists: figure conflicts and parts, the
// first-occurrence rule of entity candidates, suppression, severities and the cap. Anything this
// cannot vouch for (front matter, page residue, a sentence layout that changed outside the
// stretch, a mention that crosses into it, a stage that failed) falls back to a whole analysis,
// so the result is always the one `analyzeArticle` gives.

import { type LoadedGazetteer, type LocalFindings, type Logger, analyzeArticleParts, assembleAnalysis, findLocal, stageGuard } from '../analyze';
import { parseArticle } from '../article/parseArticle';
import { findEntityCandidates } from '../entities/candidates';
import { checkFiguresInDocument } from '../figures/figureChecks';
import type { AnalysisSettings } from '../settings';
import type { ArticleAnalysis, CoreDiagnostic, EntityMention, ParsedArticle, SourceFile, Span } from '../types';
import { Blocks } from './blocks';
import { blockCandidates } from './blockCandidates';
import { restrict } from './restrict';
import { Shift } from './shift';
import { changedStretch } from '../text/textDiff';

/** Context read on either side of the stretch (whole paragraphs, at least this many characters). */
const CONTEXT_CHARS = 300;

interface IncrementalState {
  loaded: LoadedGazetteer;
  settings: AnalysisSettings;
  local: LocalFindings;
  /**
   * Entity candidates found paragraph by paragraph, each read as if the article began there
   * (no first-occurrence rule across paragraphs yet); computed on the first edit.
   */
  candidates: CoreDiagnostic[] | null;
}

/**
 * How many analyses were made incrementally and how many whole (first versions, front matter
 * edits, fallbacks): for tests and measurements, which check that typing takes the short way.
 */
export const incrementalCounts = { incremental: 0, whole: 0, candidatePasses: 0 };

/** What an incremental analysis keeps of each analysis it made (dropped with the analysis). */
const states = new WeakMap<ArticleAnalysis, IncrementalState>();

/**
 * The analysis of `file`, the same as `analyzeArticle(file, …)` gives, computed from `previous`
 * (an earlier result of this function for an earlier version of the same document) when it can.
 */
export function analyzeArticleIncremental(
  previous: ArticleAnalysis | undefined, file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, logger?: Logger,
): ArticleAnalysis {
  const state = previous ? states.get(previous) : undefined;
  if (previous && state && state.loaded === loaded && state.settings === settings && previous.article.uri === file.uri) {
    const next = reanalyze(previous, state, file, logger);
    if (next) {
      incrementalCounts.incremental++;
      return next;
    }
  }
  incrementalCounts.whole++;
  const parts = analyzeArticleParts(file, loaded, settings, logger);
  if (!parts.failed) states.set(parts.analysis, { loaded, settings, local: parts.local, candidates: null });
  return parts.analysis;
}

/** The stretch of the new text to read again, and what is read around it (offsets in the new text). */
interface Stretch {
  start: number;
  end: number;
  /** End of the stretch in the old text. */
  oldEnd: number;
  /** Sentence indexes (new text) of the stretch and of the context around it. */
  first: number;
  last: number;
  contextFirst: number;
  contextLast: number;
}

function reanalyze(previous: ArticleAnalysis, state: IncrementalState, file: SourceFile, logger?: Logger): ArticleAnalysis | null {
  const { loaded, settings } = state;
  const old = previous.article;
  const article = parseArticle(file, old);
  if (article.bodyStart !== old.bodyStart || article.sentences.length === 0) return null;
  const change = changedStretch([[old.text, article.text], [old.maskedText, article.maskedText]]);
  if (change.start < article.bodyStart) return null; // front matter: `published` and more may have changed
  const delta = article.text.length - old.text.length;
  const blocks = new Blocks(article.maskedText, article.sentences);
  const stretch = stretchFor(blocks, change.start, change.newEnd, delta);
  if (!sameLayoutOutside(old, article, stretch, change.newEnd, delta)) return null;
  if (crossesEdge(old.annotations, stretch.start, stretch.oldEnd) || crossesEdge(article.annotations, stretch.start, stretch.end)) return null;

  const guard = stageGuard(file.uri, logger);
  const sentences = article.sentences;
  const contextEnd = stretch.contextLast === sentences.length - 1 ? article.text.length : sentences[stretch.contextLast].end;
  const window = restrict(article, stretch.contextFirst === 0 ? article.bodyStart : sentences[stretch.contextFirst].start, contextEnd, stretch.contextFirst, stretch.contextLast);
  const fresh = findLocal(window, loaded, settings, guard);
  if (guard.failed) return null;

  const merge = new Merger(stretch, new Shift(stretch.oldEnd, delta));
  const local: LocalFindings = {
    entities: mergeEntities(merge, state.local.entities, fresh.entities),
    dates: merge.list(state.local.dates, fresh.dates, (d) => merge.shift.date(d)),
    figures: merge.list(state.local.figures, fresh.figures, (f) => merge.shift.figure(f)),
    entityDiagnostics: [
      ...merge.diagnostics(state.local.entityDiagnostics.filter(isUnknownId), fresh.entityDiagnostics.filter(isUnknownId)),
      ...merge.diagnostics(state.local.entityDiagnostics.filter((d) => !isUnknownId(d)), fresh.entityDiagnostics.filter((d) => !isUnknownId(d))),
    ],
    dateDiagnostics: merge.diagnostics(state.local.dateDiagnostics, fresh.dateDiagnostics),
    mismatchDiagnostics: merge.diagnostics(state.local.mismatchDiagnostics, fresh.mismatchDiagnostics),
    personDiagnostics: merge.diagnostics(state.local.personDiagnostics, fresh.personDiagnostics),
  };

  // Candidates: per paragraph, then the document's first-occurrence rule.
  const before = state.candidates ??= blockCandidates(old, new Blocks(old.maskedText, old.sentences), 0, old.sentences.length - 1, state.local.entities, loaded, guard);
  const freshCandidates = blockCandidates(article, blocks, stretch.first, stretch.last, local.entities, loaded, guard);
  const perBlock = merge.diagnostics(before, freshCandidates);
  const inDocument = guard('figure checks', [], () => checkFiguresInDocument(article, local.figures));
  if (guard.failed || merge.unsafe) return null;
  const candidates = firstOccurrences(perBlock) ?? guard('entity candidates', [], () => {
    incrementalCounts.candidatePasses++;
    return findEntityCandidates(article, local.entities, loaded.gazetteer);
  });
  if (guard.failed) return null;

  const analysis = assembleAnalysis(article, local, candidates, inDocument, settings);
  states.set(analysis, { loaded, settings, local, candidates: perBlock });
  return analysis;
}

/**
 * The paragraphs holding the change, plus the paragraph on either side (a figure reads the
 * sentence before it; a mention may end right at a paragraph's edge), then context beyond.
 */
function stretchFor(blocks: Blocks, changeStart: number, changeEnd: number, delta: number): Stretch {
  const sentences = blocks.sentences;
  const count = sentences.length;
  let lo = blocks.firstEndingFrom(changeStart - 1);
  let hi = blocks.lastStartingBy(changeEnd + 1);
  if (lo > hi) [lo, hi] = [Math.max(0, Math.min(hi, count - 1)), Math.min(count - 1, Math.max(lo, 0))]; // between sentences: both neighbours
  let first = blocks.first(lo);
  let last = blocks.last(hi);
  if (first > 0) first = blocks.first(first - 1);
  if (last < count - 1) last = blocks.last(last + 1);
  let contextFirst = first;
  do {
    if (contextFirst === 0) break;
    contextFirst = blocks.first(contextFirst - 1);
  } while (sentences[first].start - sentences[contextFirst].start < CONTEXT_CHARS);
  let contextLast = last;
  do {
    if (contextLast === count - 1) break;
    contextLast = blocks.last(contextLast + 1);
  } while (sentences[contextLast].end - sentences[last].end < CONTEXT_CHARS);
  const start = Math.min(sentences[first].start, changeStart);
  const end = Math.max(sentences[last].end, changeEnd);
  return { start, end, oldEnd: end - delta, first, last, contextFirst, contextLast };
}

/**
 * The sentences and page residue outside the stretch are the old ones, moved: nothing else
 * changed there. So is the stretch's last sentence when anything comes after it, and the change
 * ends before it: what is kept after the stretch was found reading the sentence before it (a
 * figure's `about`). An edit that opens a comment can hide text up to a later comment's end; the
 * sentence after the change then starts later than it did, and the figure after it must be read
 * again.
 */
function sameLayoutOutside(old: ParsedArticle, article: ParsedArticle, stretch: Stretch, changeEnd: number, delta: number): boolean {
  const before = (s: Span) => s.start < stretch.start;
  const moved = (o: Span, n: Span) => o.start + delta === n.start && o.end + delta === n.end;
  const oldSentences = old.sentences;
  const newSentences = article.sentences;
  let i = 0;
  while (i < oldSentences.length && before(oldSentences[i]) && i < newSentences.length && before(newSentences[i])) {
    if (oldSentences[i].start !== newSentences[i].start || oldSentences[i].end !== newSentences[i].end) return false;
    i++;
  }
  if ((i < oldSentences.length && before(oldSentences[i])) || (i < newSentences.length && before(newSentences[i]))) return false;
  if (i > 0 && newSentences[i - 1].end > stretch.start) return false;
  let a = oldSentences.length - 1;
  let b = newSentences.length - 1;
  while (a >= 0 && oldSentences[a].start >= stretch.oldEnd && b >= 0 && newSentences[b].start >= stretch.end) {
    if (!moved(oldSentences[a], newSentences[b])) return false;
    a--;
    b--;
  }
  if ((a >= 0 && oldSentences[a].start >= stretch.oldEnd) || (b >= 0 && newSentences[b].start >= stretch.end)) return false;
  // Here `b` is the stretch's last sentence and `a` the only old sentence that can be it, moved.
  if (b < newSentences.length - 1) {
    if (a < 0 || b < 0 || newSentences[b].start < changeEnd || !moved(oldSentences[a], newSentences[b])) return false;
  }
  return sameResidueOutside(old.residue, article.residue, stretch, delta);
}

/**
 * Page residue (sorted lines, masked) before the stretch is the old one, and after it the old one
 * moved; inside the stretch it may differ, since the stretch is read again from the masked text.
 */
function sameResidueOutside(old: readonly Span[], now: readonly Span[], stretch: Stretch, delta: number): boolean {
  let i = 0;
  while (i < old.length && old[i].end <= stretch.start) i++;
  let j = 0;
  while (j < now.length && now[j].end <= stretch.start) j++;
  if (i !== j) return false;
  for (let k = 0; k < i; k++) if (old[k].start !== now[k].start || old[k].end !== now[k].end) return false;
  let a = old.length;
  while (a > i && old[a - 1].start >= stretch.oldEnd) a--;
  let b = now.length;
  while (b > j && now[b - 1].start >= stretch.end) b--;
  if (old.length - a !== now.length - b) return false;
  for (let k = 0; a + k < old.length; k++) {
    if (old[a + k].start + delta !== now[b + k].start || old[a + k].end + delta !== now[b + k].end) return false;
  }
  return true;
}

/**
 * True if an annotation runs across either edge of the stretch: its findings and diagnostics
 * (an unknown id's span is the id, at the annotation's end) would be split between re-read and
 * kept. Typing `<!--` before an annotation hides it, while the text after the change, the
 * annotation's id among it, stays the same.
 */
function crossesEdge(annotations: readonly { span: Span }[], start: number, end: number): boolean {
  for (const { span } of annotations) {
    if ((span.start < start && span.end > start) || (span.start < end && span.end > end)) return true;
  }
  return false;
}

/** Splices old findings (kept or moved) around fresh ones from the stretch, and notes what it cannot vouch for. */
class Merger {
  unsafe = false;

  constructor(private readonly stretch: Stretch, readonly shift: Shift) {}

  list<T extends { span: Span }>(old: readonly T[], fresh: readonly T[], move: (item: T) => T): T[] {
    const { start, end, oldEnd } = this.stretch;
    const out: T[] = [];
    for (const item of old) {
      if (item.span.start < start) {
        if (item.span.end > start) this.unsafe = true; // reaches into the stretch
        out.push(item);
      }
    }
    for (const item of fresh) {
      if (item.span.start >= start && item.span.start < end) {
        if (item.span.end > end) this.unsafe = true;
        out.push(item);
      }
    }
    for (const item of old) if (item.span.start >= oldEnd) out.push(move(item));
    return out;
  }

  diagnostics(old: readonly CoreDiagnostic[], fresh: readonly CoreDiagnostic[]): CoreDiagnostic[] {
    return this.list(old, fresh, (d) => this.shift.diagnostic(d));
  }
}

/**
 * The name matcher lists annotated mentions first, then matched names, each in text order; the
 * merged list keeps that order. Should the matcher ever list them otherwise, lists in plain text
 * order merge as they are, and anything else is not vouched for.
 */
function mergeEntities(merge: Merger, old: EntityMention[], fresh: EntityMention[]): EntityMention[] {
  const move = (m: EntityMention) => merge.shift.entity(m);
  if (annotatedFirst(old) && annotatedFirst(fresh)) {
    return [
      ...merge.list(old.filter((m) => m.explicit), fresh.filter((m) => m.explicit), move),
      ...merge.list(old.filter((m) => !m.explicit), fresh.filter((m) => !m.explicit), move),
    ];
  }
  if (!inTextOrder(old) || !inTextOrder(fresh)) merge.unsafe = true;
  return merge.list(old, fresh, move);
}

function annotatedFirst(mentions: readonly EntityMention[]): boolean {
  let matched = false;
  for (const m of mentions) {
    if (!m.explicit) matched = true;
    else if (matched) return false;
  }
  return true;
}

function inTextOrder(items: readonly { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i].span.start < items[i - 1].span.start) return false;
  return true;
}

function isUnknownId(d: CoreDiagnostic): boolean {
  return d.code === 'entity-unknown-id';
}

/**
 * The document's candidates from per-paragraph ones, when the first-occurrence rule drops none of
 * them (no name twice, no overlap): then they are exactly what one pass over the document finds.
 * Null otherwise: a dropped candidate may have hidden an overlapping one that the paragraph's own
 * pass never reported, so the caller reads the whole document instead.
 */
function firstOccurrences(perBlock: readonly CoreDiagnostic[]): CoreDiagnostic[] | null {
  const seen = new Set<unknown>();
  let lastEnd = -1;
  for (const d of perBlock) {
    const id = d.data?.suggestedId;
    if (seen.has(id) || d.span.start < lastEnd) return null;
    seen.add(id);
    lastEnd = d.span.end;
  }
  return perBlock.slice();
}

