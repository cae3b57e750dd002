import type { CoreDiagnostic, EntityMention, Gazetteer, ParsedArticle, Span } from '../types';
import { isParticle, isParticleName, WordList } from './candidateWords';
import { SpanOverlaps, sortedByStart } from '../text/spanOverlaps';

/** Words that, right before a name, make it a person's name ("Lieutenant General", "President-elect"). */
const TITLES = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'premier', 'chancellor', 'general', 'lieutenant', 'colonel',
  'major', 'captain', 'commander', 'admiral', 'brigadier', 'sergeant', 'marshal', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary', 'ambassador', 'envoy', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'ayatollah', 'imam', 'cleric', 'chief', 'chairman', 'chairwoman', 'director', 'leader', 'judge', 'activist', 'journalist',
  'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'dr', 'mr', 'mrs', 'ms', 'prof',
]);
/** Abbreviated titles written with a period ("Lt. Gen. Qais …"). */
const DOTTED_TITLES = new Set(['lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'cmdr', 'gov', 'sen', 'dr', 'mr', 'mrs', 'ms', 'prof']);
/** What may stand between a name and its title in an apposition ("X, the spokesman of …"). */
const APPOSITION_FILLERS = new Set(['the', 'a', 'an', 'former', 'deputy', 'acting', 'senior', 'chief', 'top', 'military', 'official']);
/** Last words of organisation names. */
const ORG_HEADS = new Set([
  'committee', 'command', 'agency', 'forces', 'force', 'corps', 'government', 'ministry', 'council', 'front', 'brigades',
  'brigade', 'army', 'party', 'movement', 'organization', 'organisation', 'authority', 'commission', 'union', 'coalition',
  'alliance', 'guard', 'guards', 'service', 'services', 'directorate', 'militia', 'battalion', 'battalions', 'division',
  'regiment', 'federation', 'association', 'institute', 'foundation', 'bank', 'court', 'parliament', 'assembly', 'group',
  'network', 'office', 'department', 'mission', 'police', 'navy',
]);
/** Capitalised words that start sentences or qualify names without being part of them. */
const LEADING_STOPWORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'in', 'on', 'at', 'for', 'from',
  'with', 'by', 'after', 'before', 'when', 'while', 'as', 'over', 'under', 'according', 'although', 'leading', 'senior',
  'former', 'local', 'several', 'some', 'many', 'all', 'both', 'each', 'every', 'other', 'another', 'new', 'but', 'and', 'if',
  'during', 'since', 'until', 'about', 'against', 'between', 'located', 'meanwhile', 'however', 'then', 'there', 'here',
  'to', 'into', 'near', 'amid', 'is', 'are', 'was', 'were', 'will', 'says', 'said', 'not', 'no',
]);
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'said', 'says', 'told',
]);
/** Capitalised words that are no part of a person's name: asked for nearly every capitalised word, so one lookup. */
const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...TITLES, ...ORG_HEADS]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);
const MAX_ORG_WORDS = 6;

interface Candidate {
  span: Span;
  name: string;
  kind: 'person' | 'organization';
  aliases?: string[];
}

/**
 * `entity-candidate` hints for names the gazetteer lacks, preferring silence to noise: only
 * names that announce themselves — a person's name right after a title ("Lieutenant General
 * Qais al-Muhammadawi", "spokesman Tahsin al-Khafaji") or before one in apposition ("Tahsin
 * al-Khafaji, spokesman of …"), and organisation names ending in a word like Committee, Command
 * or Forces, or followed by their acronym in parentheses ("Kurdistan Regional Government (KRG)").
 * Names that overlap a found mention, and the page residue, are skipped; each name is reported
 * once, at its first occurrence, with a kebab-case id for the "add a stub entry" quick fix.
 */
export function findEntityCandidates(article: ParsedArticle, mentions: EntityMention[], _gazetteer: Gazetteer): CoreDiagnostic[] {
  // Page residue (before, inside or after the article) is blanked in the masked text.
  const words = new WordList(article.maskedText, article.bodyStart, article.maskedText.length);
  const text = article.text;
  const taken = new SpanOverlaps(sortedByStart(mentions));
  const found: Candidate[] = [...titledPersons(text, words), ...organisations(text, words, taken)];
  found.sort((a, b) => a.span.start - b.span.start);

  const seen = new Set<string>();
  const out: CoreDiagnostic[] = [];
  let lastEnd = -1;
  for (const c of found) {
    // The span tests first: most candidates are names the gazetteer has (a mention covers them),
    // and those need no id.
    if (c.span.start < lastEnd || taken.overlaps(c.span)) continue;
    const suggestedId = kebabCase(c.name);
    if (suggestedId === '' || seen.has(suggestedId)) continue;
    seen.add(suggestedId);
    lastEnd = c.span.end;
    out.push({
      code: 'entity-candidate',
      severity: 'hint',
      message: `"${c.name}" looks like ${c.kind === 'person' ? 'a person' : 'an organisation'} the gazetteer does not have.`,
      uri: article.uri,
      span: c.span,
      data: { name: c.name, kind: c.kind, suggestedId, ...(c.aliases ? { aliases: c.aliases } : {}) },
    });
  }
  return out;
}

/** `Qais al-Muhammadawi` → `qais-al-muhammadawi`. */
export function kebabCase(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function isNameWord(words: WordList, i: number): boolean {
  if (i < 0 || i >= words.count || !(words.capitalised(i) || isParticleName(words, i))) return false;
  const lower = words.lower(i);
  return !NOT_NAME_WORDS.has(lower);
}

function isInitial(words: WordList, i: number): boolean {
  return words.capitalised(i) && words.end(i) - words.start(i) === 1;
}

/** Joins words `[from, to]` into a candidate. */
function candidate(text: string, words: WordList, from: number, to: number, kind: Candidate['kind'], aliases?: string[]): Candidate {
  const span = { start: words.start(from), end: words.end(to) };
  return { span, name: text.slice(span.start, span.end).replace(/\s+/g, ' '), kind, ...(aliases ? { aliases } : {}) };
}

/** The longest person name starting at word `i`: 2–4 name words (particles inside), ending on a name word. */
function personNameAt(words: WordList, i: number): number | null {
  if (i >= words.count || !(isNameWord(words, i) || isInitial(words, i))) return null;
  let end = i;
  let count = 1;
  let last = i;
  while (count < 4 && !words.possessive(end) && end + 1 < words.count && (words.nameGapAfter(end) || isInitialGap(words, end))) {
    if (isParticle(words, end + 1)) {
      end++;
      continue;
    }
    if (!isNameWord(words, end + 1)) break;
    end++;
    last = end;
    count++;
  }
  return count >= 2 ? last : null;
}

/** "S. Jaishankar": an initial's period may stand between name words. */
function isInitialGap(words: WordList, i: number): boolean {
  return isInitial(words, i) && /^\.[ \t\u00a0]+$/.test(words.gapAfter(i));
}

function isTitleBeforeName(words: WordList, i: number): boolean {
  // Titles stand right before a capitalised word; checking that first spares most words a string.
  if (!words.capitalised(i + 1) || words.possessive(i)) return false;
  const lower = words.lower(i);
  if (!TITLES.has(lower)) return false;
  return words.nameGapAfter(i) || (DOTTED_TITLES.has(lower) && /^\.[ \t\u00a0]+$/.test(words.gapAfter(i)));
}

function titledPersons(text: string, words: WordList): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.count; i++) {
    if (isTitleBeforeName(words, i)) {
      const last = personNameAt(words, i + 1);
      if (last !== null) {
        out.push(candidate(text, words, i + 1, last, 'person'));
        i = last;
      }
      continue;
    }
    // Apposition: "Tahsin al-Khafaji, spokesman of the Joint Operations Command".
    if (!words.capitalised(i) || !isNameWord(words, i) || (isNameWord(words, i - 1) && words.nameGapAfter(i - 1))) continue;
    if (LEADING_STOPWORDS.has(words.lower(i))) continue;
    const last = personNameAt(words, i);
    if (last === null || !/^,[ \t]+$/.test(words.gapAfter(last))) continue;
    let k = last + 1;
    while (k < words.count && APPOSITION_FILLERS.has(words.lower(k)) && words.nameGapAfter(k)) k++;
    if (k < words.count && TITLES.has(words.lower(k))) {
      out.push(candidate(text, words, i, last, 'person'));
      i = last;
    }
  }
  return out;
}

/** Scratch for `organisations`' run of words (`organisationsIn` copies what it keeps). */
const RUN: number[] = [];

/**
 * `mentions` spares the work on runs of names the gazetteer has: a candidate holds at least one
 * word of its run, so when every word overlaps a mention, every candidate would be dropped.
 */
function organisations(text: string, words: WordList, mentions: SpanOverlaps): Candidate[] {
  const out: Candidate[] = [];
  const run = RUN;
  let i = 0;
  while (i < words.count) {
    if (!words.capitalised(i)) {
      i++;
      continue;
    }
    // A run of capitalised words, with "of", "for", "and", "the" inside when a capital follows.
    run.length = 0;
    run.push(i);
    let j = i;
    while (!words.possessive(j) && j + 1 < words.count && words.nameGapAfter(j)) {
      if (words.capitalised(j + 1)) {
        run.push(j + 1);
        j++;
        continue;
      }
      if (CONNECTORS.has(words.lower(j + 1))) {
        let k = j + 1;
        while (k + 1 < words.count && CONNECTORS.has(words.lower(k + 1)) && words.nameGapAfter(k)) k++;
        if (k + 1 < words.count && words.nameGapAfter(k) && words.capitalised(k + 1) && !words.possessive(k)) {
          for (let c = j + 1; c <= k + 1; c++) run.push(c);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    let unknown = false;
    for (let r = 0; r < run.length && !unknown; r++) unknown = !mentions.overlapsRange(words.start(run[r]), words.end(run[r]));
    if (unknown) organisationsIn(text, words, run, out);
    i = j + 1;
  }
  return out;
}

/** Adds to `out` the organisation names in `run`. */
function organisationsIn(text: string, words: WordList, run: number[], out: Candidate[]): void {
  let s = 0;
  while (s < run.length && (LEADING_STOPWORDS.has(words.lower(run[s])) || TITLES.has(words.lower(run[s])))) s++;
  const parts = run.slice(s);
  if (parts.length === 0) return;
  const last = parts[parts.length - 1];

  // "… Committee (BYC)": an acronym in parentheses names the words whose initials it spells.
  const paren = last + 1;
  if (paren < words.count && /^[ \t]*\($/.test(words.gapAfter(last)) && words.gapAfter(paren).startsWith(')')) {
    const letters = words.textOf(paren);
    if (/^\p{Lu}{2,6}$/u.test(letters)) {
      const capitals = parts.filter((p) => words.capitalised(p));
      if (capitals.length >= letters.length) {
        const tail = capitals.slice(capitals.length - letters.length);
        const initials = tail.map((p) => words.textOf(p)[0].toUpperCase()).join('');
        if (initials === letters && !tail.some((p) => LEADING_STOPWORDS.has(words.lower(p)))) {
          out.push(candidate(text, words, tail[0], last, 'organization', [letters]));
          return;
        }
      }
    }
  }

  // Stretches of capitalised words, split where "of", "for", "the" … join them.
  const stretches: number[][] = [];
  for (const p of parts) {
    const current = stretches[stretches.length - 1];
    if (!words.capitalised(p)) continue;
    if (current && current[current.length - 1] === p - 1) current.push(p);
    else stretches.push([p]);
  }
  for (let k = 0; k < stretches.length; k++) {
    const stretch = stretches[k];
    // "Baloch Yakjehti Committee", "Quds Force (of Iran)": a head word last, after at least one
    // modifier and after any capitalised function word (a Title Case heading "Coalition To Hand
    // Sites To Iraqi Army" yields at most "Iraqi Army").
    let h = stretch.length - 1;
    while (h >= 1 && !ORG_HEADS.has(words.lower(stretch[h]))) h--;
    if (h >= 1) {
      let first = h;
      while (first > 0 && h - first < MAX_ORG_WORDS - 1 && !LEADING_STOPWORDS.has(words.lower(stretch[first - 1]))) first--;
      if (first < h) out.push(candidate(text, words, stretch[first], stretch[h], 'organization'));
      continue;
    }
    // "Ministry of Interior", "Committee for the Protection of Journalists": a head word, then
    // "of"/"for" and the rest of the name.
    const head = stretch[stretch.length - 1];
    if (ORG_HEADS.has(words.lower(head)) && k + 1 < stretches.length && (words.lower(head + 1) === 'of' || words.lower(head + 1) === 'for')) {
      let end = k + 1;
      while (end + 1 < stretches.length && words.lower(stretches[end + 1][0] - 1) !== 'and') end++;
      const lastStretch = stretches[end];
      out.push(candidate(text, words, stretch[0], lastStretch[lastStretch.length - 1], 'organization'));
      k = end;
    }
  }
}
