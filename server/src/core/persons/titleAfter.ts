// A title set off by a comma after a person mention ("X, spokesman of the JOC,").

import { ARTICLES } from './titleLexicon';
import { makeOrg, MAX_ORG_TOKENS, namedOrgRange, ORG_LINKS, orgPartToken } from './titleOrg';
import { buildTitle, isNameWord, isOrgMention, isPersonMention, isTitleHead, prefixQualifierAt, qualifierOf, runWordOf } from './titleTokens';
import { type Token, isCapitalized } from './tokens';
import type { TitleOrg, WrittenTitle } from './writtenTitle';

/** Punctuation that may close an appositive title ("al-Khafaji, spokesman of the JOC, said"). */
const CLOSING_PUNCT = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”', '!', '?', '…']);
const CLOSING_WORDS = new Set(['and', 'as', 'who', 'said', 'says', 'told', 'added', 'announced', 'stated', 'was', 'is', 'has', 'had']);

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
