// Does a date's clause look forward or back from the publication date (SPEC §4: "will", "next",
// "is to", "scheduled" … forward; past-tense verbs back)?
//
// A sentence-wide cue alone misreads wire copy such as "Iraq announced Wednesday it would take
// over the base next week": "Wednesday" is governed by "announced", not by "would"/"next". So
// the date follows the nearest tense marker before it in its own clause (after it, if none
// stands before), where markers are future cues and past-tense verbs.

import { mergeSorted } from '../text/mergeSorted';

const FUTURE_CUE_SOURCE =
  "\\b(?:will|won't|wont|shall|would|must|next(?!\\s+(?:to|door)\\b)|upcoming|scheduled|plans?|planning|intends?|expected\\s+to|" +
  '(?:planned|intended|hoped|aimed|slated|poised)\\s+to|planned\\s+(?:a|an)|' +
  'is\\s+to|are\\s+to|set\\s+(?:to|for)|has\\s+to|have\\s+to|to\\s+be\\s+held|is\\s+due|are\\s+due|' +
  'due\\s+to\\s+(?:be|take|begin|start|hold|meet|arrive|visit|resume|end)|going\\s+to)\\b|\\b\\w+\'ll\\b';

const FUTURE_CUE = new RegExp(FUTURE_CUE_SOURCE, 'gi');
const HAS_FUTURE_CUE = new RegExp(FUTURE_CUE_SOURCE, 'i');

/** Irregular or frequent past forms in news copy; regular ones are caught by their "-ed". */
const PAST_WORDS = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'met', 'took', 'gave', 'came', 'went', 'left', 'held',
  'began', 'spoke', 'wrote', 'struck', 'fought', 'sent', 'saw', 'won', 'lost', 'fell', 'shot', 'hit', 'made',
  'withdrew', 'overran', 'brought', 'thought', 'felt', 'kept', 'led', 'ran', 'rose', 'broke', 'chose',
  'drew', 'flew', 'knew', 'put', 'set', 'stood', 'swore', 'tore', 'woke', 'blew', 'bought', 'caught', 'dug',
  'drove', 'fled', 'froze', 'got', 'grew', 'hid', 'hung', 'laid', 'meant', 'paid', 'rode', 'rang', 'sank',
  'shook', 'sold', 'sought', 'spent', 'stole', 'stuck', 'swept', 'threw', 'understood', 'wore', 'became',
  'forgot', 'slew', 'bore', 'beat', 'bit', 'built', 'burnt', 'dealt', 'fed', 'found', 'heard', 'lent', 'lit',
  'quit', 'read', 'shut', 'slid', 'sped', 'spun', 'taught',
]);

/** "-ed" words that are not past events here: future cues, or adjectives common in news. */
const NOT_PAST_ED = new Set([
  'scheduled', 'planned', 'expected', 'slated', 'proposed', 'intended', 'supposed', 'anticipated',
  'armed', 'allied', 'based', 'united', 'related', 'needed', 'unidentified', 'unnamed', 'detailed',
  'advanced', 'limited', 'alleged', 'so-called', 'red', 'bed', 'shed', 'speed', 'need', 'feed', 'seed',
  'hundred', 'indeed', 'proceed', 'exceed', 'succeed', 'embed',
]);

/** A past participle after these is passive or perfect in a present/future frame ("will be handed"). */
const PARTICIPLE_AFTER = new Set(['be', 'been', 'being', 'is', 'are', 'am', "it's", 'get', 'gets']);

/** A determiner or a modifier right before "plan": the word is a noun there. */
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|peace|new|security|withdrawal)\s+$/i;

/** A tense marker found in a sentence; `clauseDirection` callers may cache them per sentence. */
export interface Marker {
  start: number;
  end: number;
  future: boolean;
  /** A present-tense auxiliary ("when the case is heard in May"): neither past nor future. */
  present?: boolean;
}

/** Present-tense auxiliaries; one nearer to a date than a past verb makes its clause present. */
const PRESENT_WORDS = new Set(['is', 'are', 'am']);

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function markersOf(sentence: string): Marker[] {
  const cues: Marker[] = [];
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(sentence); m; m = FUTURE_CUE.exec(sentence)) {
    // "the plan", "a peace plan": the noun, not the verb that looks ahead.
    if (/^plans?$/i.test(m[0]) && NOUN_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, future: true });
  }
  const verbs: Marker[] = [];
  let f = 0; // the first future cue that may still cover a word (both come in text order)
  let previous = '';
  for (let i = 0; i < sentence.length; ) {
    if (!isAsciiLetter(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    // One word as `/[A-Za-z]+(?:[-'][A-Za-z]+)*/g` reads it, by character codes: every word of
    // every dated sentence passes through here, and a match object each was most of the garbage.
    let end = i;
    let capital = false;
    let hyphen = false;
    for (;;) {
      let c = sentence.charCodeAt(end);
      while (isAsciiLetter(c)) {
        if (c <= 90) capital = true;
        c = sentence.charCodeAt(++end);
      }
      if ((c !== 45 && c !== 39) || !isAsciiLetter(sentence.charCodeAt(end + 1))) break;
      if (c === 45) hyphen = true;
      end++;
    }
    const word = sentence.slice(i, end);
    const lower = capital ? word.toLowerCase() : word;
    const isPast =
      !capital &&
      !PARTICIPLE_AFTER.has(previous) &&
      (PAST_WORDS.has(lower) || (lower.length >= 5 && lower.endsWith('ed') && !hyphen && !NOT_PAST_ED.has(lower)));
    while (f < cues.length && cues[f].end <= i) f++;
    const insideCue = f < cues.length && cues[f].start <= i;
    if (isPast && !insideCue) {
      verbs.push({ start: i, end, future: false });
    } else if (PRESENT_WORDS.has(lower) && !insideCue) {
      verbs.push({ start: i, end, future: false, present: true });
    }
    previous = lower;
    i = end;
  }
  // A verb never starts where a cue does: words inside cues are skipped.
  return mergeSorted(cues, verbs, (m) => m.start);
}

/** True if the sentence holds any future cue (SPEC §4's sentence-level test). */
export function hasFutureCue(sentence: string): boolean {
  return HAS_FUTURE_CUE.test(sentence);
}

/** Which way a date's clause points from the publication day (SPEC §4, HeidelTime's news mode). */
export type Direction = 'past' | 'future' | 'none';

/** Characters that end a clause whatever else: quotes, brackets, semicolons, colons, dashes. */
function isClauseEdge(c: string): boolean {
  return c === ';' || c === ':' || c === '"' || c === '\u201c' || c === '\u201d' || c === '(' || c === ')' || c === '`' || c === '\u2014' || c === '\u2013';
}

/** The clause around [start, end): up to a comma too when `tight`, else only up to a clause edge. */
function clauseAround(sentence: string, start: number, end: number, tight: boolean): { start: number; end: number } {
  const edge = (i: number) => {
    const c = sentence[i];
    if (isClauseEdge(c) || (c === "'" && sentence[i + 1] === "'") || (c === "'" && sentence[i - 1] === "'")) return true;
    if (c === '-' && sentence[i + 1] === '-') return true;
    return tight && c === ',';
  };
  // Bounded: a clause longer than this is no clause (a 10 MB line must not make it quadratic).
  const low = Math.max(0, start - CLAUSE_REACH);
  const high = Math.min(sentence.length, end + CLAUSE_REACH);
  let s = start;
  while (s > low && !edge(s - 1)) s--;
  let e = end;
  while (e < high && !edge(e)) e++;
  return { start: s, end: e };
}

/** How far a clause reaches on either side of its date, in characters. */
const CLAUSE_REACH = 300;

/** The nearest marker before the date within [from, to), else the nearest after it. */
function nearestIn(markers: Marker[], from: number, to: number, start: number, end: number): Marker | null {
  let before: Marker | null = null;
  let after: Marker | null = null;
  // Markers are sorted by start: skip to the clause by binary search, stop past its end.
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < markers.length && markers[i].start < to; i++) {
    const k = markers[i];
    if (k.end > to) continue;
    if (k.end <= start) {
      if (!before || k.start > before.start) before = k;
    } else if (k.start >= end) {
      if (!after || k.start < after.start) after = k;
    }
  }
  return before ?? after;
}

/** "since …" with no clause edge before the date. */
const SINCE_BEFORE = /\bsince\b[^,;:]*$/i;

/** "as early as Saturday": the earliest a thing still to come can happen. */
const EARLIEST_BEFORE = /\bas\s+(?:early|soon)\s+as\s+$/i;

/**
 * A temporal clause with a present-tense verb looks ahead (`before they leave the country in
 * 2027`, `once the force hands over the base in May`): English puts the future there in the
 * present. The verb is checked not to be past by {@link isPastWord}.
 */
const FUTURE_SUBORDINATE =
  /\b(?:before|until|till|once|by\s+the\s+time|as\s+soon\s+as)\s+(?:they|it|he|she|we|you|(?:the|its|their)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+([A-Za-z]+)\b[^,;:]*$/i;

function isPastWord(word: string): boolean {
  const w = word.toLowerCase();
  return PAST_WORDS.has(w) || (w.endsWith('ed') && !NOT_PAST_ED.has(w)) || w === 'have' || w === 'has';
}

/**
 * A verb of putting off or of stopping for a time, then (within the clause) `until`/`to` right
 * before the date: `postponed until Tuesday`, `cancelled all departures until Monday`; also an
 * infinitive whose state lasts until it (`were ordered to stay closed until Monday`).
 */
const DEFERRED_TO = /\b(?:(?:postponed|postpone|postpones|delayed|delay|delays|deferred|defer|adjourned|adjourn|pushed\s+back|put\s+off|rescheduled)\b[^,;:.]{0,60}\b(?:until|till|to)|(?:suspended|suspend|suspends|cancell?ed|cancels?|halted|halt|halts|closed|shut|banned|grounded|extended|extend|extends)\b[^,;:.]{0,60}\b(?:until|till)|\bto\s+(?:stay|remain|keep|be)\b[^,;:.]{0,40}\b(?:until|till))\s+(?:the\s+)?$/i;

/** `, saying`, `, adding`, `, citing`: a participial adjunct after the date's clause. */
const PARTICIPLE_ADJUNCT = /,\s+[a-z]+ing\b/;

/** A relative clause whose verb is in the present, right before the date: `whose term ends on`, `which expires in`. */
const PRESENT_RELATIVE = /\b(?:whose\s+[a-z]+|which|that|who)\s+(?!(?:was|has|is|does|says)\b)[a-z]+s\s+(?:on|in|at|from)\s+(?:the\s+)?$/;

/** "by the end of June next": `next` right after the date; "Monday next to a vehicle" is a place. */
const NEXT_AFTER = /^\s+next\b(?!\s+(?:to|door)\b)/i;

/**
 * Which way the date at [start, end) of `sentence` points: the tense of its own clause. The
 * clause is first the comma-delimited stretch around the date ("Since the decision was announced
 * Wednesday, they have said they will appeal": "announced"), then, when that holds no tense
 * marker, the stretch up to quotes, semicolons and dashes ("On Sunday, the coalition will hand
 * over the airfield"). `next` right after the date looks ahead ("by the end of June next"); so
 * does a deadline word right before the date (`until`, `by`) when neither clause has a tense
 * ("Up until Thursday, they had not called him a suspect" is past). A temporal clause in the
 * present before the date, in its comma-delimited clause with no tense marker, looks ahead too
 * ("… before they leave the country in 2027").
 * Neither → 'none' (a bare weekday then looks back; a month or day-month takes the nearer).
 */
export function clauseDirection(sentence: string, start: number, end: number, cache?: Map<string, Marker[]>): Direction {
  let markers = cache?.get(sentence);
  if (!markers) {
    markers = markersOf(sentence);
    cache?.set(sentence, markers);
  }
  if (NEXT_AFTER.test(sentence.slice(end, end + 8)) || EARLIEST_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) return 'future';
  // "postponed until Tuesday", "delayed the vote to March 3": whatever the tense, what is put off
  // lies ahead of the putting off.
  if (DEFERRED_TO.test(sentence.slice(Math.max(0, start - 80), start))) return 'future';
  // "Aoun, whose term ends on October 31, said …": a relative clause in the present tense is
  // neither past nor future, whatever verb governs the sentence.
  if (PRESENT_RELATIVE.test(sentence.slice(Math.max(0, start - 40), start))) return 'none';
  for (const tight of [true, false]) {
    const clause = clauseAround(sentence, start, end, tight);
    // "… in a tweet on Friday, saying it would …": a participle after a comma starts an adjunct
    // whose tense is its own; the date is not governed by it.
    if (!tight) {
      const adjunct = PARTICIPLE_ADJUNCT.exec(sentence.slice(end, clause.end));
      if (adjunct) clause.end = end + adjunct.index;
    }
    const nearest = nearestIn(markers, clause.start, clause.end, start, end);
    if (nearest) return nearest.future ? 'future' : nearest.present ? 'none' : 'past';
    if (tight) {
      // No tense in the date's own clause but a temporal clause in the present before it.
      const sub = FUTURE_SUBORDINATE.exec(sentence.slice(clause.start, start));
      if (sub && !isPastWord(sub[1])) return 'future';
    }
  }
  // No tense at all: a deadline still looks ahead ("a ceasefire until Friday"), a starting point
  // back ("searching for him since shortly after the Oct. 23 slaying").
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (isFramedAsLimit(before)) return 'future';
  return SINCE_BEFORE.test(before) ? 'past' : 'none';
}

/** True if the sentence tells of something that happened (it holds a past-tense verb). */
export function hasPastMarker(sentence: string): boolean {
  return markersOf(sentence).some((k) => !k.future && !k.present);
}

/** Words right before a date that make it a deadline or a limit rather than a reported event. */
const LIMIT_BEFORE = /\b(?:until|till|by|before|ahead\s+of|deadline(?:\s+of)?|through|no\s+later\s+than|from|as\s+(?:early|soon)\s+as)\s*$/i;

/** True if the text just before a date ("… until ") frames it as a limit, not a past event. */
export function isFramedAsLimit(textBefore: string): boolean {
  return LIMIT_BEFORE.test(textBefore.slice(-30));
}
