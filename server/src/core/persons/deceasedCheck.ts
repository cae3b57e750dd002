import { isAfter } from '../dates/preciseDate';
import type { CoreDiagnostic, Gazetteer, GazetteerEntity, ParsedArticle, Span } from '../types';
import type { WrittenTitle } from './findTitles';
import { entryLocationLabel, relatedEntry } from './gazetteerRef';
import type { ReferenceDates } from './sentenceContext';
import type { Token } from './tokens';

// person-deceased: a person reported speaking after their death. Only when the person is the
// speaker — "X said", "X, commander of …, told reporters", "said X", "according to X",
// "quoted X … as saying" — never for a mere mention ("the strike that killed X"), and never when
// the sentence's own date is not after the death ("X said in 2019 …"). A pluperfect or a word
// placing the speech in the past ("had said", "once said", "previously told") is left alone.

const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'announced', 'announces', 'stated', 'states', 'added', 'adds', 'declared', 'declares',
  'warned', 'warns', 'stressed', 'stresses', 'noted', 'notes', 'insisted', 'insists', 'explained', 'explains',
  'confirmed', 'confirms', 'urged', 'urges', 'vowed', 'vows', 'saying',
]);
/** Verbs that put the speaker after them ("…," said X). "told X" is the listener, so it is not here. */
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'stated', 'announced', 'declared', 'warned', 'insisted', 'explained']);
/** Words that may stand between a speaker and the verb. */
const SUBJECT_GAP = new Set(['also', 'later', 'then', 'reportedly', 'further', 'again', 'has', 'have', 'quoted', 'as', 'on', 'in', 'this', 'last']);
/** "X was …": passive, so only "was quoted as saying" makes X the speaker. */
const PASSIVE_AUX = new Set(['was', 'is', 'were', 'are', 'been', 'being']);
/** Words that place the speech before the time of writing: not checked. */
const PAST_MARKERS = new Set(['had', 'once', 'previously', 'earlier', 'formerly']);

export type SpeechForm = 'subject' | 'inverted' | 'according-to' | 'quoted';

function inAnySpan(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

/**
 * Is the mention at token `at` the speaker of its sentence? `titles` are the titles found next to
 * it (skipped over), `dateSpans` the date expressions of the sentence (also skipped).
 */
export function speechForm(tokens: readonly Token[], at: number, titles: readonly WrittenTitle[], dateSpans: readonly Span[]): SpeechForm | null {
  // After the name: skip an appositive title and its closing comma, then gap words and dates.
  let i = at + 1;
  const after = titles.find((t) => t.placement === 'after');
  if (after) {
    const end = Math.max(after.titleSpan.end, after.org?.span.end ?? -Infinity);
    while (i < tokens.length && tokens[i].start < end) i++;
    while (i < tokens.length && tokens[i].kind === 'punct' && /^[,()]$/.test(tokens[i].text)) i++;
  } else if (tokens[i]?.kind === 'punct' && tokens[i].text === ',' && tokens[i + 1]?.kind === 'word' && /^\d{1,3}$/.test(tokens[i + 1].text) && tokens[i + 2]?.text === ',') {
    i += 3; // "X, 62, said"
  }
  let past = false;
  let passive = false;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'word' && PAST_MARKERS.has(t.lower)) past = true;
    else if (t.kind === 'word' && PASSIVE_AUX.has(t.lower)) passive = true;
    else if (!(t.kind === 'word' && (SUBJECT_GAP.has(t.lower) || inAnySpan(t.start, dateSpans)))) break;
    i++;
  }
  const verb = tokens[i];
  if (verb?.kind === 'word' && SPEECH_VERBS.has(verb.lower) && !tokens[at].possessive) {
    // "X was quoted as saying" speaks; "X was announced dead" does not.
    if (past || (passive && verb.lower !== 'saying')) return null;
    return 'subject';
  }

  // Before the name (and its titles, and "the"): "said X", "according to X", "quoted X … as saying".
  const earliest = titles.filter((t) => t.placement === 'before').reduce((min, t) => Math.min(min, t.titleSpan.start, t.org?.span.start ?? Infinity), tokens[at].start);
  let left = at - 1;
  while (left >= 0 && tokens[left].start >= earliest) left--;
  if (tokens[left]?.kind === 'word' && tokens[left].lower === 'the') left--;
  const before = tokens[left];
  if (!before || before.kind !== 'word') return null;
  if (PAST_MARKERS.has(tokens[left - 1]?.lower ?? '')) return null;
  if (INVERTED_VERBS.has(before.lower)) return 'inverted';
  if (before.lower === 'to' && tokens[left - 1]?.lower === 'according') return 'according-to';
  if (before.lower === 'quoted') {
    for (let k = at + 1; k + 1 < tokens.length; k++) {
      if (tokens[k].lower === 'as' && tokens[k + 1].lower === 'saying') return 'quoted';
    }
  }
  return null;
}

export function checkDeceased(article: ParsedArticle, person: GazetteerEntity, mentionSpan: Span, refs: ReferenceDates, gazetteer: Gazetteer): CoreDiagnostic | null {
  const died = person.died;
  const date = refs.primary;
  if (!died || !date || !isAfter(date, died)) return null;
  const where = entryLocationLabel(person, gazetteer);
  return {
    code: 'person-deceased',
    severity: 'warning',
    message: `${person.name} is reported speaking on ${date.value}, but died on ${died.value} (${where})`,
    uri: article.uri,
    span: mentionSpan,
    related: [relatedEntry(person, `${person.name} died on ${died.value}`)],
    data: { personId: person.id, died: died.value, speakingOn: date.value },
  };
}
