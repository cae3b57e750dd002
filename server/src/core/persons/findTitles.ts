import type { Span } from '../types';
import {
  ABBREVIATIONS, ARTICLES, FORMER_QUALIFIERS, THEN_QUALIFIERS, type TitleWordKind, splitQualifierPrefix, titleWordKind,
} from './titleLexicon';
import { type Token, isCapitalized } from './tokens';

/** One word of a written title, with what it contributes to the comparison. */
export interface TitleWord {
  lower: string;
  kind: TitleWordKind;
}

/** Part of a title that names the organisation: "of Iraq's Joint Operations Command", "JOC spokesman". */
export interface TitleOrg {
  span: Span;
  /** Ids of the (non-person) entities mentioned in it. */
  ids: string[];
  /** `of`: after "of"; `modifier`: before the title words ("Quds Force commander"). */
  placement: 'of' | 'modifier';
}

/** A title written next to a person mention. */
export interface WrittenTitle {
  /** The title words only ("Deputy Commander", "spokesman"). */
  runSpan: Span;
  /** From the qualifier (if any) to the end of the title words. */
  titleSpan: Span;
  words: TitleWord[];
  qualifier: { kind: 'former' | 'then'; span: Span } | null;
  org: TitleOrg | null;
  placement: 'before' | 'after';
}

const MAX_ORG_TOKENS = 10;

/** Words that end an organisation phrase: clause links, verbs of speech, prepositions of place or time. */
const ORG_STOP = new Set([
  'and', 'or', 'but', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'as', 'in', 'on', 'at', 'to', 'from', 'with', 'by',
  'for', 'since', 'after', 'before', 'during', 'while', 'when', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds',
  'announced', 'stated', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'also', 'been',
]);

/** Punctuation that may close an appositive title ("al-Khafaji, spokesman of the JOC, said"). */
const CLOSING_PUNCT = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”', '!', '?', '…']);
const CLOSING_WORDS = new Set(['and', 'as', 'who', 'said', 'says', 'told', 'added', 'announced', 'stated', 'was', 'is', 'has', 'had']);

interface RunWord {
  word: TitleWord | null; // null: an abbreviation dot
  qualifier?: 'former' | 'then';
}

function runWordOf(tokens: readonly Token[], i: number): RunWord | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'punct') {
    // The dot of "Lt." / "Gen.", written right after the abbreviation.
    const prev = tokens[i - 1];
    return t.text === '.' && prev && prev.kind === 'word' && prev.end === t.start && ABBREVIATIONS.has(prev.lower) ? { word: null } : null;
  }
  if (t.kind !== 'word') return null;
  const kind = titleWordKind(t.lower);
  if (kind) return { word: { lower: t.lower, kind } };
  const split = splitQualifierPrefix(t.lower);
  if (split) {
    const restKind = titleWordKind(split.rest);
    if (restKind) return { word: { lower: split.rest, kind: restKind }, qualifier: THEN_QUALIFIERS.has(split.qualifier) ? 'then' : 'former' };
  }
  return null;
}

function qualifierOf(token: Token | undefined): 'former' | 'then' | null {
  if (!token || token.kind !== 'word') return null;
  if (FORMER_QUALIFIERS.has(token.lower)) return 'former';
  if (THEN_QUALIFIERS.has(token.lower)) return 'then';
  return null;
}

function isOrgMention(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'mention' && t.mention?.kind !== 'person';
}

function orgIds(tokens: readonly Token[], from: number, to: number): string[] {
  const ids: string[] = [];
  for (let i = from; i <= to; i++) {
    const m = tokens[i].mention;
    if (tokens[i].kind === 'mention' && m && m.id && m.kind !== 'person' && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/** May this token be part of an organisation phrase? */
function orgToken(t: Token): boolean {
  if (t.kind === 'mention') return t.mention?.kind !== 'person';
  if (t.kind === 'word') return !ORG_STOP.has(t.lower);
  return false;
}

/** Trims an organisation phrase to its named part (mentions and capitalised words, "the" before them). */
function namedOrgRange(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let last = to;
  while (last >= from && !(tokens[last].kind === 'mention' || isCapitalized(tokens[last]))) last--;
  if (last < from) return null;
  return [from, last];
}

function buildTitle(
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
  return { runSpan, titleSpan, words, qualifier, org, placement };
}

/** Start index of the run of title tokens that ends at `end` (inclusive), or `end + 1` if none. */
function runStartBackward(tokens: readonly Token[], end: number, floor: number): number {
  let i = end;
  while (i >= floor && runWordOf(tokens, i)) i--;
  // A dangling abbreviation dot is not a title on its own.
  return i + 1;
}

function prefixQualifierAt(tokens: readonly Token[], i: number): 'former' | 'then' | null {
  return runWordOf(tokens, i)?.qualifier ?? null;
}

/**
 * "Deputy Commander of Iraq's Joint Operations Command" ending at token `end`: finds the "of",
 * the title words before it and the organisation after it.
 */
function ofClauseBackward(tokens: readonly Token[], end: number, floor: number): WrittenTitle | null {
  const limit = Math.max(floor, end - MAX_ORG_TOKENS);
  for (let k = end; k >= limit; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && t.lower === 'of') {
      if (k === end) return null;
      const runEnd = k - 1;
      const runStart = runStartBackward(tokens, runEnd, floor);
      if (runStart > runEnd) return null;
      const named = namedOrgRange(tokens, k + 1, end);
      const org: TitleOrg | null = named
        ? { span: { start: tokens[named[0]].start, end: tokens[named[1]].end }, ids: orgIds(tokens, named[0], named[1]), placement: 'of' }
        : null;
      const qIndex = runStart - 1 >= floor && qualifierOf(tokens[runStart - 1]) ? runStart - 1 : null;
      return buildTitle(tokens, runStart, runEnd, qIndex, prefixQualifierAt(tokens, runStart), org, 'before');
    }
    if (!orgToken(t)) return null;
  }
  return null;
}

/** "X, commander of the Quds Force, Y …": the title between the commas belongs to X, not Y. */
function isAppositiveOfEarlierPerson(tokens: readonly Token[], title: WrittenTitle): boolean {
  let i = tokens.findIndex((t) => t.start === title.titleSpan.start) - 1;
  if (i >= 0 && tokens[i].kind === 'word' && ARTICLES.has(tokens[i].lower)) i--;
  const comma = tokens[i];
  const before = tokens[i - 1];
  return comma?.kind === 'punct' && comma.text === ',' && before?.kind === 'mention' && before.mention?.kind === 'person';
}

/** Titles written before the mention at token index `at` ("former Prime Minister X"). */
export function titlesBefore(tokens: readonly Token[], at: number): WrittenTitle[] {
  const titles: WrittenTitle[] = [];
  /** The token left of what has been read so far. */
  let left = at - 1;
  const runStart = runStartBackward(tokens, left, 0);
  const hasRun = runStart <= left;
  if (hasRun) {
    // Organisation mentions right before the title words: "Quds Force commander", "Iraqi Prime Minister".
    let m = runStart - 1;
    while (m >= 0 && isOrgMention(tokens[m])) m--;
    const org: TitleOrg | null = m + 1 < runStart
      ? { span: { start: tokens[m + 1].start, end: tokens[runStart - 1].end }, ids: orgIds(tokens, m + 1, runStart - 1), placement: 'modifier' }
      : null;
    const qIndex = m >= 0 && qualifierOf(tokens[m]) ? m : null;
    const title = buildTitle(tokens, runStart, left, qIndex, prefixQualifierAt(tokens, runStart), org, 'before');
    if (title) titles.push(title);
    left = qIndex !== null ? qIndex - 1 : m;
  }
  // "Deputy Commander of Iraq's JOC, Lieutenant General X" or "Prime Minister of Iraq X".
  const t = tokens[left];
  if (t?.kind === 'punct' && t.text === ',') {
    const title = ofClauseBackward(tokens, left - 1, 0);
    if (title && !isAppositiveOfEarlierPerson(tokens, title)) titles.push(title);
  } else if (!hasRun && left >= 0) {
    const title = ofClauseBackward(tokens, left, 0);
    if (title) titles.push(title);
  }
  return titles;
}

/** An appositive title after the mention at token index `at` ("X, spokesman of the JOC,"). */
export function titleAfter(tokens: readonly Token[], at: number): WrittenTitle | null {
  if (tokens[at].possessive) return null;
  let i = at + 1;
  if (tokens[i]?.kind !== 'punct' || tokens[i].text !== ',') return null;
  i++;
  if (tokens[i]?.kind === 'word' && ARTICLES.has(tokens[i].lower)) i++;
  let qIndex: number | null = null;
  if (qualifierOf(tokens[i])) qIndex = i++;
  const modStart = i;
  while (isOrgMention(tokens[i])) i++;
  const modEnd = i - 1;
  const runStart = i;
  while (i < tokens.length && runWordOf(tokens, i)) i++;
  const runEnd = i - 1;
  if (runEnd < runStart) return null;
  let org: TitleOrg | null = modEnd >= modStart
    ? { span: { start: tokens[modStart].start, end: tokens[modEnd].end }, ids: orgIds(tokens, modStart, modEnd), placement: 'modifier' }
    : null;
  if (tokens[i]?.kind === 'word' && tokens[i].lower === 'of') {
    const from = i + 1;
    let j = from;
    while (j < tokens.length && j - from < MAX_ORG_TOKENS && orgToken(tokens[j])) j++;
    const named = namedOrgRange(tokens, from, j - 1);
    if (named) org = { span: { start: tokens[named[0]].start, end: tokens[named[1]].end }, ids: orgIds(tokens, named[0], named[1]), placement: 'of' };
    i = j;
  }
  // The appositive must end here, or "X, spokesman" was the start of something else.
  const next = tokens[i];
  const closes = !next || (next.kind === 'punct' && CLOSING_PUNCT.has(next.text)) || (next.kind === 'word' && CLOSING_WORDS.has(next.lower));
  if (!closes) return null;
  return buildTitle(tokens, runStart, runEnd, qIndex, prefixQualifierAt(tokens, runStart), org, 'after');
}
