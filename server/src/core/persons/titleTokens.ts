// Token-level reading of titles: which tokens are title words, qualifiers and names, and the
// title they make once a run of them is found.

import { ABBREVIATIONS, FORMER_QUALIFIERS, THEN_QUALIFIERS, splitQualifierPrefix, titleWordKind } from './titleLexicon';
import { type Token, isCapitalized } from './tokens';
import type { TitleOrg, TitleWord, WrittenTitle } from './writtenTitle';

export interface RunWord {
  word: TitleWord | null; // null: an abbreviation dot
  qualifier?: 'former' | 'then';
}

export function runWordOf(tokens: readonly Token[], i: number): RunWord | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'punct') {
    // The dot of "Lt." / "Gen.", written right after the abbreviation.
    const prev = tokens[i - 1];
    return t.text === '.' && prev && prev.kind === 'word' && prev.end === t.start && ABBREVIATIONS.has(prev.lower) ? { word: null } : null;
  }
  if (t.kind !== 'word') return null;
  const kind = titleWordKind(t.lower);
  if (kind) {
    if (CAPITALS_ONLY.has(t.lower) && (t.text !== t.text.toUpperCase() || /^\p{N}/u.test(tokens[i - 1]?.text ?? ''))) return null;
    return { word: { lower: t.lower, kind } };
  }
  const split = splitQualifierPrefix(t.lower);
  if (split) {
    const restKind = titleWordKind(split.rest);
    if (restKind) return { word: { lower: split.rest, kind: restKind }, qualifier: THEN_QUALIFIERS.has(split.qualifier) ? 'then' : 'former' };
  }
  return null;
}

/** Abbreviations that are titles only in capitals and not after a number ("PM", not "3 pm"). */
const CAPITALS_ONLY = new Set(['pm']);

export function qualifierOf(token: Token | undefined): 'former' | 'then' | null {
  if (!token || token.kind !== 'word') return null;
  if (FORMER_QUALIFIERS.has(token.lower)) return 'former';
  if (THEN_QUALIFIERS.has(token.lower)) return 'then';
  return null;
}

export function isOrgMention(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'mention' && t.mention?.kind !== 'person';
}

export function isPersonMention(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'mention' && t.mention?.kind === 'person';
}

/** A name written out: "Popular", "JOC", "al-Hashd" (a lower-case particle before a capitalised name). */
export function isNameWord(t: Token): boolean {
  return isCapitalized(t) || (t.kind === 'word' && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text));
}

/** Another title's head word: it ends an organisation part ("… urged Iraq's Foreign Minister"). */
export function isTitleHead(t: Token): boolean {
  const kind = titleWordKind(t.lower);
  return kind === 'position' || kind === 'rank';
}

export function buildTitle(
  tokens: readonly Token[], runStart: number, runEnd: number, qualifierIndex: number | null, prefixQualifier: 'former' | 'then' | null,
  org: TitleOrg | null, placement: 'before' | 'after',
): WrittenTitle | null {
  const words: TitleWord[] = [];
  for (let i = runStart; i <= runEnd; i++) {
    const rw = runWordOf(tokens, i);
    if (rw?.word) words.push(rw.word);
  }
  if (!words.some((w) => w.kind === 'position' || w.kind === 'rank')) return null;
  const runSpan = { start: tokens[runStart].start, end: tokens[runEnd].end };
  let qualifier: WrittenTitle['qualifier'] = null;
  if (qualifierIndex !== null) {
    const q = qualifierOf(tokens[qualifierIndex]);
    if (q) qualifier = { kind: q, span: { start: tokens[qualifierIndex].start, end: tokens[qualifierIndex].end } };
  } else if (prefixQualifier) {
    // "ex-commander": the qualifier is the prefix of the first word.
    const first = tokens[runStart];
    qualifier = { kind: prefixQualifier, span: { start: first.start, end: first.start + first.text.indexOf('-') + 1 } };
  }
  const titleSpan = { start: qualifier ? qualifier.span.start : runSpan.start, end: runSpan.end };
  return { runSpan, titleSpan, words, qualifier, org, placement, formal: isFormal(tokens, runStart, runEnd) };
}

/**
 * Are the run's office words capitalised where nothing else would capitalise them? The first
 * word of a sentence (after opening punctuation only) is capitalised anyway, so it says nothing.
 */
function isFormal(tokens: readonly Token[], runStart: number, runEnd: number): boolean {
  let offices = 0;
  for (let i = runStart; i <= runEnd; i++) {
    const kind = runWordOf(tokens, i)?.word?.kind;
    if (kind !== 'position') continue;
    if (!isCapitalized(tokens[i])) return false;
    offices++;
  }
  if (offices === 0) return false;
  let wordsBefore = 0;
  for (let i = 0; i < runStart; i++) if (tokens[i].kind !== 'punct') wordsBefore++;
  // "(Reuters) - Secretary-General X": a credit in brackets before the dash starts the sentence.
  return wordsBefore > 0 && !/^[-–—:]$/.test(tokens[runStart - 1]?.text ?? '');
}

/** Start index of the run of title tokens that ends at `end` (inclusive), or `end + 1` if none. */
export function runStartBackward(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  while (i >= floor && runWordOf(tokens, i)) i--;
  return i + 1;
}

export function prefixQualifierAt(tokens: readonly Token[], i: number): 'former' | 'then' | null {
  return runWordOf(tokens, i)?.qualifier ?? null;
}
