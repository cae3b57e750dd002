// The organisation part of a title ("of Iraq's Joint Operations Command", "Quds Force commander").

import type { Token } from './tokens';
import { isNameWord, isTitleHead } from './titleTokens';
import type { TitleOrg } from './writtenTitle';

export const MAX_ORG_TOKENS = 10;

/** The lower-case words an organisation part may contain. */
export const ORG_LINKS = new Set(['the', 'of', 'and']);

/** May token `i` be part of an organisation part? */
export function orgPartToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'mention') return t.mention?.kind !== 'person';
  if (t.kind === 'word') return ORG_LINKS.has(t.lower) || (isNameWord(t) && !isTitleHead(t));
  // The apostrophe of a plural possessive ("the Guards' Quds Force").
  return (t.text === "'" || t.text === '’') && i > 0 && tokens[i - 1].end === t.start;
}

/** Is token `i` a name or mention (not a link word or apostrophe)? */
export function orgNamed(tokens: readonly Token[], i: number): boolean {
  return tokens[i].kind === 'mention' || isNameWord(tokens[i]);
}

export function makeOrg(tokens: readonly Token[], from: number, to: number, placement: TitleOrg['placement']): TitleOrg {
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
export function namedOrgRange(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let last = to;
  while (last >= from && !orgNamed(tokens, last)) last--;
  if (last < from) return null;
  return [from, last];
}
