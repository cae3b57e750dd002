// Titles written before a person mention: a run of title words, one with an "of" part, one set off by a comma.

import { ARTICLES } from './titleLexicon';
import { makeOrg, MAX_ORG_TOKENS, namedOrgRange, orgNamed, orgPartToken } from './titleOrg';
import { buildTitle, isOrgMention, isPersonMention, prefixQualifierAt, qualifierOf, runStartBackward, runWordOf } from './titleTokens';
import type { Token } from './tokens';
import type { WrittenTitle } from './writtenTitle';

/** Punctuation that closes a name set off after a title ("Iraq's Foreign Minister, Fuad Hussein, said"). */
const NAME_CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–', '"', '”', '!', '?']);
/** Punctuation that may open a clause a title starts ("“The foreign minister, X …"). */
const CLAUSE_OPENERS = new Set(['"', '“', '(', '—', '–', ':', ';']);

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
