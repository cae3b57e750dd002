// Does a sentence look forward or back from the publication date? Year-less dates and bare
// weekdays resolve backwards by default (news reports what happened) and forwards when the
// sentence announces something still to come (SPEC §4: "will", "next", "is to", "scheduled" …).
//
// A sentence-wide cue alone misreads wire copy such as "Iraq announced Wednesday it would take
// over the base next week": "Wednesday" is governed by "announced", not by "would"/"next". So
// the date follows the nearest tense marker before it in the same sentence (after it, if none
// stands before), where markers are future cues and past-tense verbs.

const FUTURE_CUE_SOURCE =
  "\\b(?:will|won't|wont|shall|would|next|upcoming|scheduled|plans?|planned|planning|intends?|expected\\s+to|" +
  'is\\s+to|are\\s+to|set\\s+to|to\\s+be\\s+held|is\\s+due|are\\s+due|' +
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

/** A tense marker found in a sentence; `looksForward` callers may cache them per sentence. */
export interface Marker {
  start: number;
  end: number;
  future: boolean;
}

const WORD = /[A-Za-z]+(?:[-'][A-Za-z]+)*/g;

function markersOf(sentence: string): Marker[] {
  const markers: Marker[] = [];
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(sentence); m; m = FUTURE_CUE.exec(sentence)) {
    markers.push({ start: m.index, end: m.index + m[0].length, future: true });
  }
  let previous = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const isPast =
      word === lower &&
      !PARTICIPLE_AFTER.has(previous) &&
      (PAST_WORDS.has(lower) || (lower.length >= 5 && lower.endsWith('ed') && !lower.includes('-') && !NOT_PAST_ED.has(lower)));
    if (isPast && !markers.some((k) => k.future && k.start <= m!.index && m!.index < k.end)) {
      markers.push({ start: m.index, end: m.index + word.length, future: false });
    }
    previous = lower;
  }
  return markers;
}

/** True if the sentence holds any future cue (SPEC §4's sentence-level test). */
export function hasFutureCue(sentence: string): boolean {
  return HAS_FUTURE_CUE.test(sentence);
}

/**
 * True if the date at [start, end) of `sentence` (offsets within the sentence) points forward:
 * the nearest tense marker before it is a future cue, or, with none before, the nearest after it.
 * `cache` keeps each sentence's markers for the next date in the same sentence.
 */
export function looksForward(sentence: string, start: number, end: number, cache?: Map<string, Marker[]>): boolean {
  let markers = cache?.get(sentence);
  if (!markers) {
    markers = HAS_FUTURE_CUE.test(sentence) ? markersOf(sentence) : [];
    cache?.set(sentence, markers);
  }
  let before: Marker | null = null;
  let after: Marker | null = null;
  for (const k of markers) {
    if (k.end <= start) {
      if (!before || k.start > before.start) before = k;
    } else if (k.start >= end) {
      if (!after || k.start < after.start) after = k;
    }
  }
  const nearest = before ?? after;
  return nearest !== null && nearest.future;
}

/** True if the sentence tells of something that happened (it holds a past-tense verb). */
export function hasPastMarker(sentence: string): boolean {
  return markersOf(sentence).some((k) => !k.future);
}

/** Words right before a date that make it a deadline or a limit rather than a reported event. */
const LIMIT_BEFORE = /\b(?:until|till|by|before|ahead\s+of|deadline(?:\s+of)?|through|no\s+later\s+than|from)\s*$/i;

/** True if the text just before a date ("… until ") frames it as a limit, not a past event. */
export function isFramedAsLimit(textBefore: string): boolean {
  return LIMIT_BEFORE.test(textBefore.slice(-30));
}
