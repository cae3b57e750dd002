// Which date a figure is reported as of (SPEC §4): an explicit `as of` date, else the date of the
// reporting clause that governs it (`…, the Pentagon said on Monday`), else a date of its own
// clause; never a date that belongs to an event (`in the Jan. 28 drone strike`, `the strike on
// Jan. 3`, `Friday's attack`, `were killed on Monday`). Without one, the caller takes the
// publication date. Reads only the figure's sentence (the incremental analysis relies on it).
import type { DateMention, PreciseDate, Span } from '../types';
import { AUXILIARIES, DETERMINERS, EVENT_VERBS, PREPOSITIONS, REPORT_NOUNS, REPORT_VERBS, STATE_VERBS, SUBJECT_PRONOUNS, isParticiple, isVerbLike, tokens, word } from './figureDateWords';
import { figureStatesLevel } from './figureVerb';

/** What a date in a sentence does for the figures in it. */
export type DateRole = 'asOf' | 'report' | 'clause' | 'event';


/**
 * The role of one date of a sentence. `before`/`after` are the sentence's text before and after
 * the date (a few dozen characters are enough).
 */
export function dateRole(before: string, after: string): DateRole {
  if (/\bas\s+(?:of|at)\s+$/i.test(before) || /(?:^|[^\p{L}])by\s+$/iu.test(before)) return 'asOf';
  // "Friday's strike" dates the strike; "Monday's briefing" is a report.
  const possessive = /^['’]s\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(\p{L}+)/u.exec(after);
  if (possessive) return REPORT_NOUNS.has(possessive[1].toLowerCase()) ? 'report' : 'event';
  const forward = forwardRole(after);
  // "the Pentagon on Monday said", "the strike on Jan. 3 killed": the verb right after the date.
  if (forward && !forward.comma) return forward.role;
  const back = backwardRole(before, after);
  // "On Monday, officials said": a fronted date takes the verb of its clause.
  if (back.boundary && forward) return forward.role;
  return back.role;
}

function forwardRole(after: string): { role: DateRole; comma: boolean } | null {
  const t = tokens(after.slice(0, 60));
  let k = 0;
  const comma = t[0] === ',';
  if (comma) k++;
  for (let n = 0; k < t.length && n < 5; k++, n++) {
    const w = word(t[k]);
    if (!/^\p{L}/u.test(w)) return null;
    if (REPORT_VERBS.has(w)) return { role: 'report', comma };
    if (n === 0 && EVENT_VERBS.has(w)) return { role: 'event', comma };
    // "On Sunday, Central Command had said …": an auxiliary before a reporting verb.
    if (AUXILIARIES.has(w) && REPORT_VERBS.has(word(t[k + 1] ?? '')) && word(t[k + 1]) !== 'according') return { role: 'report', comma };
    if (isVerbLike(w)) return n === 0 || comma ? { role: 'clause', comma } : null;
  }
  return null;
}

function backwardRole(before: string, after: string): { role: DateRole; boundary: boolean } {
  const back = tokens(before.slice(-70));
  let i = back.length - 1;
  // "the Jan. 28 drone strike", "the 2003 invasion": a date that modifies a noun.
  if (i >= 0 && DETERMINERS.has(back[i].toLowerCase()) && /^\s+\p{Ll}/u.test(after)) return { role: 'event', boundary: false };
  while (i >= 0 && PREPOSITIONS.has(back[i].toLowerCase())) i--;
  for (let n = 0; i >= 0 && n < 8; i--, n++) {
    const t = back[i];
    if (t === ',' && n === 0) {
      // "urged Syria's Foreign Minister, Asaad al-Shaibani, on Tuesday": a name set off by commas
      // right before the date is an apposition; the verb before the name it follows is the date's.
      const skipped = pastApposition(back, i);
      if (skipped !== null) {
        i = skipped + 1; // the loop's i-- lands on the word before the named noun phrase
        continue;
      }
    }
    if (/^[,;:()"“”—–]$/.test(t)) return { role: 'clause', boundary: true };
    const w = word(t);
    // "announced since the raids began on Tuesday": a `since` clause dates the start of a span.
    if (w === 'since' && n > 0) return { role: 'event', boundary: false };
    // "The U.N. says it needs $25 million this year": the date is the reported clause's.
    if (SUBJECT_PRONOUNS.has(w) && i > 0 && REPORT_VERBS.has(word(back[i - 1]))) return { role: 'clause', boundary: false };
    if (REPORT_VERBS.has(w) || (REPORT_NOUNS.has(w) && !isPlacePost(w, back[i - 1]))) return { role: 'report', boundary: false };
    if (EVENT_VERBS.has(w)) return { role: 'event', boundary: false };
    if (isVerbLike(w)) return { role: 'clause', boundary: false };
    // "the strike on Jan. 3", "an attack on the base on Tuesday": inside a noun phrase; but a
    // name after the determiner is an object, not an event (`told the Security Council on Friday`).
    // "told a ceremony on Saturday", "briefed the council on Monday": the noun phrase is the
    // audience of a report, and the date the report's.
    if (DETERMINERS.has(w) && i > 0 && AUDIENCE_VERBS.has(word(back[i - 1]))) return { role: 'report', boundary: false };
    // "told a ceremony at the al-Omar oil field on Saturday": a place after a preposition
    // modifies what comes before it; read on past it.
    if (DETERMINERS.has(w) && n > 0 && i > 1 && PLACE_PREPOSITIONS.has(word(back[i - 1]))) {
      i--;
      continue;
    }
    if ((DETERMINERS.has(w) || /['’]s$/.test(t)) && !(n > 0 && back.slice(i + 1, i + 1 + n).every((b) => /^\p{Lu}/u.test(b)))) {
      return { role: n === 0 ? 'clause' : 'event', boundary: false };
    }
  }
  return { role: 'clause', boundary: i < 0 };
}

/**
 * "the Jaber border post", "an army post": a place, not a message. `post` is a report after a
 * determiner or a medium's name ("in a post", "a Facebook post"), never after a lower-case noun.
 */
function isPlacePost(w: string, previous: string | undefined): boolean {
  return w === 'post' && previous !== undefined && /^\p{Ll}+$/u.test(previous) && !DETERMINERS.has(previous);
}

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'outside', 'inside']);

/** Reporting verbs whose object is who was told: the date after that object is the telling's. */
const AUDIENCE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'briefed', 'brief', 'briefs', 'informed', 'addressed', 'assured']);

const isName = (t: string): boolean => /^\p{Lu}/u.test(t) || /^(?:al|el|bin|ibn|de|van|von)(?:-|$)/.test(t);

/**
 * For `…, Name Name,` ending at `back[comma]`: the index of the last token before the noun phrase
 * the apposition names (capitalised words and possessives: `Syria's Foreign Minister`), or null
 * when the stretch between the commas is not a name.
 */
function pastApposition(back: string[], comma: number): number | null {
  let j = comma - 1;
  while (j >= 0 && j > comma - 6 && back[j] !== ',' && isName(back[j])) j--;
  if (j === comma - 1 || j < 1 || back[j] !== ',') return null;
  let k = j - 1;
  while (k >= 0 && j - k <= 5 && /^\p{Lu}/u.test(back[k])) k--;
  return k < j - 1 && k >= 0 ? k : null;
}

const PRIORITY: Record<DateRole, number> = { asOf: 3, report: 2, clause: 1, event: 0 };

/**
 * A span rather than a point: `since 2017`, `over the past week`, `during 2024`, `this month`. A
 * count over a span is reported as of the day it is written (the reporting clause's date or the
 * publication date), never as of the span.
 */
const PERIOD_BEFORE = /(?:^|[^\p{L}])(?:since|during|throughout|through|for|until|till|within|from|between|(?:in|over|during|for)\s+the\s+(?:past|last|previous|coming|next|first)(?:\s+\p{L}+)?|so\s+far\s+(?:in|this)?)\s*$/iu;
const PERIOD_TEXT = /^(?:this|past|earlier\s+this|so\s+far\s+this|the\s+(?:past|last|next))\s/i;
/** `by Sept. 15` before a future date is a deadline, not an "as of". */
const BY_BEFORE = /(?:^|[^\p{L}])by\s+$/iu;
/** A comma, then a relative pronoun, then no comma up to the date: the date is inside that clause. */
const IN_RELATIVE_CLAUSE = /,\s*(?:who|which|whose|where)\b[^,;]*$/i;
/** Between a date and a figure, these start another clause: the date is not the figure's. */
const CLAUSE_BREAK = /;|,\s*(?:which|who|whose|whom|where|when|while|and|but|as|after|before|because|although|though|until|whereas)\b|\s(?:when|while|whereas|because|although)\s/i;



/**
 * The date that governs a figure: among the resolved dates of its sentence (sorted, none
 * overlapping), the best role (`as of` over a report over its clause; never an event's), the
 * nearest on a tie. Null when none governs: the caller uses the publication date.
 *
 * A date of the figure's clause (neither `as of` nor a report) governs only when it is a point —
 * not a span (`since 2017`, `this month`) and not after publication (`will meet on Thursday`, a
 * deadline `by Sept. 15`) — in the figure's own clause (no `, which …` or `; ` between them), and
 * the figure's verb states a level rather than tells an action (`figureStatesLevel`).
 */
export function governingDate(
  text: string, sentence: Span, dates: readonly DateMention[], figure: Span, roles?: Map<DateMention, DateRole>,
  published?: PreciseDate | null,
): PreciseDate | null {
  let best: DateMention | null = null;
  let bestPriority = 0;
  let bestDistance = Infinity;
  let states: boolean | null | undefined;
  // A pathological sentence with thousands of dates: only the nearest few are weighed.
  const near = dates.length > 16 ? nearest(dates, figure, 8) : dates;
  for (const d of near) {
    if (!d.date) continue;
    let role = roles?.get(d);
    const before = text.slice(Math.max(sentence.start, d.span.start - 100), d.span.start);
    if (role === undefined) {
      role = dateRole(before, text.slice(d.span.end, Math.min(sentence.end, d.span.end + 80)));
      roles?.set(d, role);
    }
    const priority = PRIORITY[role];
    if (priority === 0) continue;
    // "X said on Tuesday that …, and the ministry said its forces had killed 12": another reporting
    // verb between the report's date and the figure governs the figure; the date is the other clause's.
    if (role === 'report' && d.span.end <= figure.start && anotherReport(text, d.span.end, figure.start)) continue;
    // "The envoy briefed the council on Saturday; 40 fighters were killed …": another sentence in all but name.
    if (role === 'report' && text.slice(Math.min(d.span.end, figure.end), Math.max(d.span.start, figure.start)).includes(';')) continue;
    const future = published != null && d.date.start > published.end;
    if (role === 'asOf' && future && BY_BEFORE.test(before)) continue;
    // A span (`since December`, `over the past week`) is never the day a count is reported as of,
    // whatever verb is near (`… registered dozens of sites in Kassala states since December`). A
    // report made `this month` is dated, coarsely; a level `this month` is a span.
    if (role !== 'asOf' && PERIOD_BEFORE.test(before.slice(-40))) continue;
    if (role === 'clause') {
      if (future || PERIOD_TEXT.test(d.text)) continue;
      const [from, to] = d.span.end <= figure.start ? [d.span.end, figure.start] : [figure.end, d.span.start];
      // Far apart (a long sentence) is another clause anyway; a short gap is read for a clause break.
      if (to - from > 240 || CLAUSE_BREAK.test(text.slice(from, to)) || (from === d.span.end && endsInRelativeClause(text.slice(from, to)))) continue;
      // "Sudani, who visited Sinjar in May, has promised 2,000 posts": a date inside a relative
      // clause set off by commas is that clause's, not the figure's outside it.
      if (from === d.span.end && IN_RELATIVE_CLAUSE.test(before) && text.slice(from, to).includes(',')) continue;
      if (states === undefined) states = figureStatesLevel(text, sentence, figure);
      if (states !== true) continue;
    }
    const distance = d.span.end <= figure.start ? figure.start - d.span.end : d.span.start >= figure.end ? d.span.start - figure.end : 0;
    if (priority > bestPriority || (priority === bestPriority && distance < bestDistance)) {
      best = d;
      bestPriority = priority;
      bestDistance = distance;
    }
  }
  return best?.date ?? null;
}

/**
 * The text between a date and the figure after it ends in a relative clause whose verb takes the
 * figure (`met … on Sunday to end clashes that have killed dozens`): the figure is that clause's,
 * not the date's. A relative clause the sentence goes on past (`the force that is deployed in
 * Iraq numbered 2,500`) leaves the date to the main verb.
 */
function endsInRelativeClause(between: string): boolean {
  const m = /\s(?:that|which|who)\s+((?:[\p{L}'’-]+\s+){1,3})$/u.exec(between);
  if (!m) return false;
  const words = tokens(m[1]).map(word);
  return isVerbLike(words[0]) || isParticiple(words[0]) || STATE_VERBS.has(words[0]);
}

/** A new main clause: `, and the ministry said …`, `; officials said …`. */
const COORDINATION = /;|,\s*["”’']?\s*(?:and|but|while|whereas)\s|["”’]\s*(?:and|but)\s/g;

/**
 * True if the text between a report's date and a figure after it holds a new main clause (after
 * `, and`, `, but`, `;`) with a reporting verb of its own (`X said on Tuesday that …, and the
 * ministry said its forces had killed 12`). A report embedded in the first one (`…, which he said
 * had carried out 22 attacks`) is still the dated report's.
 */
function anotherReport(text: string, from: number, to: number): boolean {
  if (to - from > 400) return false;
  const between = text.slice(from, to);
  let last = -1;
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(between); m; m = COORDINATION.exec(between)) last = m.index + m[0].length;
  if (last < 0) return false;
  return tokens(between.slice(last)).some((t) => {
    const w = word(t);
    return REPORT_VERBS.has(w) && w !== 'according';
  });
}

function nearest(dates: readonly DateMention[], figure: Span, each: number): readonly DateMention[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].span.start < figure.start) lo = mid + 1;
    else hi = mid;
  }
  return dates.slice(Math.max(0, lo - each), lo + each);
}
