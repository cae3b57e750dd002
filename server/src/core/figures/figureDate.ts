// Which date a figure is reported as of (SPEC §4): an explicit `as of` date, else the date of the
// reporting clause that governs it (`…, the Pentagon said on Monday`), else a date of its own
// clause; never a date that belongs to an event (`in the Jan. 28 drone strike`, `the strike on
// Jan. 3`, `Friday's attack`, `were killed on Monday`). Without one, the caller takes the
// publication date. Reads only the figure's sentence (the incremental analysis relies on it).
import type { DateMention, PreciseDate, Span } from '../types';

/** What a date in a sentence does for the figures in it. */
export type DateRole = 'asOf' | 'report' | 'clause' | 'event';

const REPORT_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'confirms', 'stated',
  'states', 'added', 'adds', 'acknowledged', 'disclosed', 'revealed', 'estimated', 'estimates', 'updated', 'released',
  'published', 'posted', 'tweeted', 'wrote', 'noted', 'according', 'briefed', 'testified', 'insisted', 'explained', 'claimed',
  'claims', 'declared', 'cited', 'quoted',
]);
/** Nouns of a report: `in a statement on Monday`, `Monday's briefing`. */
const REPORT_NOUNS = new Set([
  'statement', 'statements', 'briefing', 'report', 'update', 'announcement', 'release', 'conference', 'interview', 'tally',
  'toll', 'figures', 'count', 'estimate', 'assessment', 'testimony', 'remarks', 'bulletin', 'communique', 'post', 'tweet',
]);
/** Verbs that tell what happened, whose date dates the event and not the count. */
const EVENT_VERBS = new Set([
  'killed', 'kill', 'kills', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'hurt', 'died', 'die', 'struck', 'strike',
  'attacked', 'attack', 'hit', 'launched', 'fired', 'targeted', 'exploded', 'crashed', 'bombed', 'shelled', 'stormed', 'ambushed',
  'downed', 'shot', 'raided', 'detonated', 'blew', 'fell', 'landed', 'slammed', 'erupted', 'clashed', 'massacred', 'executed',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'whose']);
/** Words between a date and what it attaches to: `said on Monday`, `killed early Tuesday`. */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'during', 'early', 'late', 'from', 'since', 'earlier', 'later']);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'have', 'has', 'will', 'would', 'could', 'did', 'do', 'does']);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:()"“”—–]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const word = (t: string): string => t.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
const isVerbLike = (w: string): boolean => AUXILIARIES.has(w) || REPORT_VERBS.has(w) || EVENT_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && w !== 'hundred');

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
    if (/^[,;:()"“”—–]$/.test(t)) return { role: 'clause', boundary: true };
    const w = word(t);
    if (REPORT_VERBS.has(w) || REPORT_NOUNS.has(w)) return { role: 'report', boundary: false };
    if (EVENT_VERBS.has(w)) return { role: 'event', boundary: false };
    if (isVerbLike(w)) return { role: 'clause', boundary: false };
    // "the strike on Jan. 3", "an attack on the base on Tuesday": inside a noun phrase.
    if (DETERMINERS.has(w) || /['’]s$/.test(t)) return { role: n === 0 ? 'clause' : 'event', boundary: false };
  }
  return { role: 'clause', boundary: i < 0 };
}

const PRIORITY: Record<DateRole, number> = { asOf: 3, report: 2, clause: 1, event: 0 };

/**
 * The date that governs a figure: among the resolved dates of its sentence (sorted, none
 * overlapping), the best role (`as of` over a report over its clause; never an event's), the
 * nearest on a tie. Null when none governs: the caller uses the publication date.
 */
export function governingDate(text: string, sentence: Span, dates: readonly DateMention[], figure: Span, roles?: Map<DateMention, DateRole>): PreciseDate | null {
  let best: DateMention | null = null;
  let bestPriority = 0;
  let bestDistance = Infinity;
  // A pathological sentence with thousands of dates: only the nearest few are weighed.
  const near = dates.length > 16 ? nearest(dates, figure, 8) : dates;
  for (const d of near) {
    if (!d.date) continue;
    let role = roles?.get(d);
    if (role === undefined) {
      role = dateRole(text.slice(Math.max(sentence.start, d.span.start - 100), d.span.start), text.slice(d.span.end, Math.min(sentence.end, d.span.end + 80)));
      roles?.set(d, role);
    }
    const priority = PRIORITY[role];
    if (priority === 0) continue;
    const distance = d.span.end <= figure.start ? figure.start - d.span.end : d.span.start >= figure.end ? d.span.start - figure.end : 0;
    if (priority > bestPriority || (priority === bestPriority && distance < bestDistance)) {
      best = d;
      bestPriority = priority;
      bestDistance = distance;
    }
  }
  return best?.date ?? null;
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
