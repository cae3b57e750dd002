import type { Span } from '../types';
import {
  ABBREVIATIONS, ARTICLES, FORMER_QUALIFIERS, THEN_QUALIFIERS, type TitleWordKind, splitQualifierPrefix, titleWordKind,
} from './titleLexicon';
import { type Token, isCapitalized } from './tokens';

// Titles written next to a person mention, read off the sentence's tokens. The shapes:
//
//   before, a run of title words:       "Prime Minister X", "Iraq's Foreign Minister X", "U.S. Defense Secretary X"
//   before, a run with an "of" part:    "Secretary of Defense X", "former commander of the Quds Force X"
//   before, set off by a comma:         "Iraq's Foreign Minister, X,", "Deputy Commander of Iraq's JOC, Lt. Gen. X"
//   after, set off by a comma:          "X, spokesman of the Joint Operations Command,", "X, the defense secretary,"
//
// A title's organisation part ("of the Joint Operations Command", "of State") runs over names
// (entity mentions and capitalised words), `the`, `of`, `and` and possessives only: a lower-case
// word (a verb: "urged") or another title ("Foreign Minister") ends it.

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
  /** Its words outside entity mentions, lower-cased ("of State" → ["state"]; "the" and "of" dropped). */
  words: string[];
  /**
   * From the start of the part to its last word outside a mention, when all such words come
   * before the first mention ("Foreign Affairs" in "of Foreign Affairs of Iraq"): what a fix of
   * the title replaces together with the title words.
   */
  wordSpan: Span | null;
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

/** The lower-case words an organisation part may contain. */
const ORG_LINKS = new Set(['the', 'of', 'and']);

/** Punctuation that may close an appositive title ("al-Khafaji, spokesman of the JOC, said"). */
const CLOSING_PUNCT = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”', '!', '?', '…']);
const CLOSING_WORDS = new Set(['and', 'as', 'who', 'said', 'says', 'told', 'added', 'announced', 'stated', 'was', 'is', 'has', 'had']);
/** Punctuation that closes a name set off after a title ("Iraq's Foreign Minister, Fuad Hussein, said"). */
const NAME_CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–', '"', '”', '!', '?']);
/** Punctuation that may open a clause a title starts ("“The foreign minister, X …"). */
const CLAUSE_OPENERS = new Set(['"', '“', '(', '—', '–', ':', ';']);

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

function qualifierOf(token: Token | undefined): 'former' | 'then' | null {
  if (!token || token.kind !== 'word') return null;
  if (FORMER_QUALIFIERS.has(token.lower)) return 'former';
  if (THEN_QUALIFIERS.has(token.lower)) return 'then';
  return null;
}

function isOrgMention(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'mention' && t.mention?.kind !== 'person';
}

function isPersonMention(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'mention' && t.mention?.kind === 'person';
}

/** A name written out: "Popular", "JOC", "al-Hashd" (a lower-case particle before a capitalised name). */
function isNameWord(t: Token): boolean {
  return isCapitalized(t) || (t.kind === 'word' && /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text));
}

/** Another title's head word: it ends an organisation part ("… urged Iraq's Foreign Minister"). */
function isTitleHead(t: Token): boolean {
  const kind = titleWordKind(t.lower);
  return kind === 'position' || kind === 'rank';
}

/** May token `i` be part of an organisation part? */
function orgPartToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'mention') return t.mention?.kind !== 'person';
  if (t.kind === 'word') return ORG_LINKS.has(t.lower) || (isNameWord(t) && !isTitleHead(t));
  // The apostrophe of a plural possessive ("the Guards' Quds Force").
  return (t.text === "'" || t.text === '’') && i > 0 && tokens[i - 1].end === t.start;
}

/** Is token `i` a name or mention (not a link word or apostrophe)? */
function orgNamed(tokens: readonly Token[], i: number): boolean {
  return tokens[i].kind === 'mention' || isNameWord(tokens[i]);
}

function makeOrg(tokens: readonly Token[], from: number, to: number, placement: TitleOrg['placement']): TitleOrg {
  const ids: string[] = [];
  const words: string[] = [];
  let lastFreeWord = -1;
  let firstMention = -1;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    const m = t.mention;
    if (t.kind === 'mention') {
      if (firstMention < 0) firstMention = i;
      if (m && m.id && m.kind !== 'person' && !ids.includes(m.id)) ids.push(m.id);
    } else if (t.kind === 'word' && !ORG_LINKS.has(t.lower)) {
      words.push(t.lower.replace(/'s$/, ''));
      lastFreeWord = i;
    }
  }
  const wordSpan = lastFreeWord >= 0 && (firstMention < 0 || firstMention > lastFreeWord)
    ? { start: tokens[from].start, end: tokens[lastFreeWord].end }
    : null;
  return { span: { start: tokens[from].start, end: tokens[to].end }, ids, words, wordSpan, placement };
}

/** Trims an organisation part to its named stretch: from its first to its last name or mention. */
function namedOrgRange(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let last = to;
  while (last >= from && !orgNamed(tokens, last)) last--;
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
  return i + 1;
}

function prefixQualifierAt(tokens: readonly Token[], i: number): 'former' | 'then' | null {
  return runWordOf(tokens, i)?.qualifier ?? null;
}

/** A title found before a name, with the index of its first token. */
interface Found {
  title: WrittenTitle;
  first: number;
}

/**
 * A run of title words ending at token `end`, with the organisation mentions right before it
 * ("Quds Force commander", "Iraq's Foreign Minister") and a qualifier ("former").
 */
function runBackward(tokens: readonly Token[], end: number): Found | null {
  const runStart = runStartBackward(tokens, end, 0);
  if (runStart > end) return null;
  let m = runStart - 1;
  while (m >= 0 && isOrgMention(tokens[m])) m--;
  const org = m + 1 < runStart ? makeOrg(tokens, m + 1, runStart - 1, 'modifier') : null;
  const qIndex = m >= 0 && qualifierOf(tokens[m]) ? m : org === null ? qualifierPastModifiers(tokens, runStart) : null;
  const title = buildTitle(tokens, runStart, end, qIndex, prefixQualifierAt(tokens, runStart), org, 'before');
  return title ? { title, first: qIndex ?? m + 1 } : null;
}

/** Words that are never a noun modifying a title: they end the look-back for a qualifier. */
const NOT_TITLE_MODIFIER = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'who', 'whose',
  'which', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'said', 'says', 'told', 'and', 'not', 'now', 'then', 'also', 'when', 'while', 'after', 'before',
]);

/**
 * "former force commander X", "the late mission chief X": one lower-case noun may stand between a
 * qualifier and the title words; the qualifier still governs the title. The index of the
 * qualifier, or null. Only one word, so a qualifier of another noun phrase ("two former ministers
 * met commander X") is never taken.
 */
function qualifierPastModifiers(tokens: readonly Token[], runStart: number): number | null {
  const k = runStart - 1;
  const t = tokens[k];
  if (k < 1 || t.kind !== 'word' || !/^[a-z][a-z-]*$/.test(t.text) || NOT_TITLE_MODIFIER.has(t.lower)) return null;
  if (/(?:ed|ing|ly|s)$/.test(t.lower)) return null;
  return qualifierOf(tokens[k - 1]) ? k - 1 : null;
}

/**
 * "Deputy Commander of Iraq's Joint Operations Command" ending at token `end`: finds the "of",
 * the title words before it and the organisation part after it (which must reach `end`).
 */
function ofClauseBackward(tokens: readonly Token[], end: number): Found | null {
  // The part ends in a name: "commander of the Quds Force and X" is not a title of X.
  if (end < 0 || !orgNamed(tokens, end)) return null;
  const limit = Math.max(0, end - MAX_ORG_TOKENS);
  for (let k = end; k >= limit; k--) {
    if (!orgPartToken(tokens, k)) return null;
    const t = tokens[k];
    if (t.kind !== 'word' || t.lower !== 'of' || k === end) continue;
    const runEnd = k - 1;
    const runStart = runStartBackward(tokens, runEnd, 0);
    // "the Quds Force of Iran's IRGC": an "of" inside the organisation part; read on to the left.
    if (runStart > runEnd) continue;
    const named = namedOrgRange(tokens, k + 1, end);
    if (!named) return null;
    const org = makeOrg(tokens, named[0], named[1], 'of');
    const qIndex = runStart - 1 >= 0 && qualifierOf(tokens[runStart - 1]) ? runStart - 1 : null;
    const title = buildTitle(tokens, runStart, runEnd, qIndex, prefixQualifierAt(tokens, runStart), org, 'before');
    return title ? { title, first: qIndex ?? runStart } : null;
  }
  return null;
}

/** "X, commander of the Quds Force, Y …": the title between the commas belongs to X, not Y. */
function isAppositiveOfEarlierPerson(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (i >= 0 && tokens[i].kind === 'word' && ARTICLES.has(tokens[i].lower)) i--;
  const comma = tokens[i];
  return comma?.kind === 'punct' && comma.text === ',' && isPersonMention(tokens[i - 1]);
}

/** Does the title starting at token `first` start its clause ("The foreign minister, X said")? */
function startsClause(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  if (i >= 0 && tokens[i].kind === 'word' && ARTICLES.has(tokens[i].lower)) i--;
  return i < 0 || (tokens[i].kind === 'punct' && CLAUSE_OPENERS.has(tokens[i].text));
}

/** Trailing honorifics and abbreviation dots right before the name ("Sheikh", "Dr."). */
function skipHonorifics(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i >= 0) {
    const rw = runWordOf(tokens, i);
    if (!rw || (rw.word && rw.word.kind !== 'honorific')) break;
    i--;
  }
  return i;
}

/**
 * Titles written before the mention at token index `at`, nearest first: a run right before the
 * name ("Prime Minister X"), one with an "of" part ("Secretary of Defense X"), and one set off by
 * a comma ("Iraq's Foreign Minister, X,").
 */
export function titlesBefore(tokens: readonly Token[], at: number): WrittenTitle[] {
  const titles: WrittenTitle[] = [];
  const run = runBackward(tokens, at - 1);
  if (run) titles.push(run.title);
  const left = run ? run.first - 1 : at - 1;
  const t = tokens[left];
  if (t?.kind === 'punct' && t.text === ',') {
    // "Iraq's Foreign Minister, Fuad Hussein, said …": the name set off after the title. Read as
    // the title of this name only when the name is closed off too, the title opens its clause, or
    // a rank sits right before the name; "after meeting the finance minister, X flew" is not one.
    const found = ofClauseBackward(tokens, left - 1) ?? runBackward(tokens, left - 1);
    if (found && !isAppositiveOfEarlierPerson(tokens, found.first)) {
      const next = tokens[at + 1];
      const closed = !next || (next.kind === 'punct' && NAME_CLOSERS.has(next.text));
      if (closed || run || startsClause(tokens, found.first)) titles.push(found.title);
    }
  } else if (left >= 0) {
    // "Secretary of Defense Lloyd Austin", "commander of the Quds Force Major General X".
    const of = ofClauseBackward(tokens, run ? left : skipHonorifics(tokens, left));
    if (of) titles.push(of.title);
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
  // "X, the National Security Adviser,": capitalised words the lexicon does not know lead into a
  // title written in capitals throughout. They belong to the title (and to its fix) but are not
  // compared: "Turkish leader", "64-year-old leader" keep the lexicon's reading.
  i = capitalisedTitleLead(tokens, i);
  while (i < tokens.length && runWordOf(tokens, i)) i++;
  const runEnd = i - 1;
  if (runEnd < runStart) return null;
  let org: TitleOrg | null = modEnd >= modStart ? makeOrg(tokens, modStart, modEnd, 'modifier') : null;
  if (tokens[i]?.kind === 'word' && tokens[i].lower === 'of') {
    // "X, deputy chief of Iraq's paramilitary Hashd": the "of" part makes it a title whatever follows.
    const from = i + 1;
    let j = from;
    while (j < tokens.length && j - from < MAX_ORG_TOKENS && orgPartToken(tokens, j)) j++;
    // Another title ends the part, with the words that lead into it ("… Command Prime Minister").
    if (j < tokens.length && tokens[j].kind === 'word' && isTitleHead(tokens[j])) while (j > from && runWordOf(tokens, j - 1)?.word) j--;
    const named = namedOrgRange(tokens, from, j - 1);
    if (named) {
      // A title followed by a name is that name's: "met X, Secretary of State Y", and so is one
      // in a list of titled names: "met X, Secretary of State Mike Pompeo and Speaker Y".
      const after = tokens[named[1] + 1];
      if (isPersonMention(after)) return null;
      if (after?.kind === 'word' && after.lower === 'and' && startsTitledName(tokens, named[1] + 2)) return null;
      org = makeOrg(tokens, named[0], named[1], 'of');
    }
    return buildTitle(tokens, runStart, runEnd, qIndex, prefixQualifierAt(tokens, runStart), org, 'after');
  }
  // The appositive must end here, or "X, President Y" was the start of something else.
  const next = tokens[i];
  const closes = !next || (next.kind === 'punct' && CLOSING_PUNCT.has(next.text)) || (next.kind === 'word' && CLOSING_WORDS.has(next.lower));
  if (!closes) return null;
  return buildTitle(tokens, runStart, runEnd, qIndex, prefixQualifierAt(tokens, runStart), org, 'after');
}

const MAX_TITLE_LEAD = 3;

/**
 * The index after capitalised words unknown to the lexicon at `from` ("National" in "National
 * Security Adviser"), when a run of title words follows that is all capitalised and has an office
 * or rank in it; else `from`.
 */
function capitalisedTitleLead(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i - from < MAX_TITLE_LEAD && i < tokens.length) {
    const t = tokens[i];
    if (t.kind !== 'word' || !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(t.text) || ORG_LINKS.has(t.lower) || runWordOf(tokens, i)) break;
    i++;
  }
  if (i === from) return from;
  let j = i;
  let head = false;
  while (j < tokens.length) {
    const rw = runWordOf(tokens, j);
    if (!rw) break;
    if (rw.word) {
      if (!isCapitalized(tokens[j])) return from;
      if (rw.word.kind === 'position' || rw.word.kind === 'rank') head = true;
    }
    j++;
  }
  return head ? i : from;
}

/** Does a title or a name start at token `i` ("Speaker Mohammed al-Halbousi", "al-Halbousi")? */
function startsTitledName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isPersonMention(t) || runWordOf(tokens, i)?.word) return true;
  return t.kind === 'word' && isNameWord(t) && !ARTICLES.has(t.lower);
}

/** Characters between a title and the name it is written with: the nearest title is the one compared. */
export function titleDistance(title: WrittenTitle, name: Span): number {
  if (title.placement === 'after') return Math.max(0, title.titleSpan.start - name.end);
  const end = Math.max(title.titleSpan.end, title.org?.placement === 'of' ? title.org.span.end : -Infinity);
  return Math.max(0, name.start - end);
}
