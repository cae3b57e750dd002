// The words the as-of rules read a figure's sentence by: reporting, event, state and change
// verbs, auxiliaries and participles, and a tokenizer that keeps names and numbers whole.

export const REPORT_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'confirmed', 'confirms', 'stated',
  'states', 'added', 'adds', 'acknowledged', 'disclosed', 'revealed', 'estimated', 'estimates', 'updated', 'released',
  'published', 'posted', 'tweeted', 'wrote', 'noted', 'according', 'briefed', 'testified', 'insisted', 'explained', 'claimed',
  'claims', 'declared', 'cited', 'quoted',
  // speech acts report too: `urged … on Tuesday to take responsibility for the 37,000 residents`
  'urged', 'urges', 'warned', 'warns', 'appealed', 'demanded', 'pledged', 'promised', 'vowed', 'stressed', 'argued', 'asked',
  'admitted', 'alleged', 'denied', 'emphasized', 'emphasised', 'informed', 'assured', 'signaled', 'signalled', 'indicated',
]);
/** Nouns of a report: `in a statement on Monday`, `Monday's briefing`. */
export const REPORT_NOUNS = new Set([
  'statement', 'statements', 'briefing', 'report', 'update', 'announcement', 'release', 'conference', 'interview', 'tally',
  'toll', 'figures', 'count', 'estimate', 'assessment', 'testimony', 'remarks', 'bulletin', 'communique', 'post', 'tweet',
]);
/** Verbs that tell what happened, whose date dates the event and not the count. */
export const EVENT_VERBS = new Set([
  'killed', 'kill', 'kills', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'hurt', 'died', 'die', 'struck', 'strike',
  'attacked', 'attack', 'hit', 'launched', 'fired', 'targeted', 'exploded', 'crashed', 'bombed', 'shelled', 'stormed', 'ambushed',
  'downed', 'shot', 'raided', 'detonated', 'blew', 'fell', 'landed', 'slammed', 'erupted', 'clashed', 'massacred', 'executed',
  // the start of something: `since ground raids began on Tuesday` dates the raids
  'began', 'begun', 'started', 'commenced',
]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'whose']);
/** Words between a date and what it attaches to: `said on Monday`, `killed early Tuesday`. */
export const PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'during', 'early', 'late', 'from', 'since', 'earlier', 'later']);
export const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'have', 'has', 'will', 'would', 'could', 'did', 'do', 'does']);

export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:()"“”—–]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export const word = (t: string): string => t.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
export const isVerbLike = (w: string): boolean => AUXILIARIES.has(w) || REPORT_VERBS.has(w) || EVENT_VERBS.has(w) || (w.length > 4 && w.endsWith('ed') && w !== 'hundred');

/** Verbs of a state or a standing amount: a date of their clause is the date the count held. */
export const STATE_VERBS = new Set([
  'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'number', 'numbers', 'numbered', 'total', 'totals', 'totaled',
  'totalled', 'stand', 'stands', 'stood', 'host', 'hosts', 'hosted', 'keep', 'keeps', 'kept', 'hold', 'holds', 'held', 'house',
  'houses', 'housed', 'count', 'counts', 'counted', 'maintain', 'maintains', 'maintained', 'live', 'lived', 'reside', 'resided',
  'reached', 'reach', 'reaches', 'exist', 'existed',
]);
/** Participles after `is`/`were` that still describe a state (`were deployed in Iraq`). */
export const STATE_PARTICIPLES = new Set([
  'deployed', 'stationed', 'based', 'held', 'kept', 'housed', 'detained', 'garrisoned', 'estimated', 'believed', 'thought',
  'registered', 'listed', 'present', 'left', 'enrolled', 'employed', 'imprisoned', 'jailed', 'displaced', 'missing',
]);
/** Verbs whose `to` before the figure names the level reached at the date: `the toll rose to 64 on Monday`. */
export const CHANGE_VERBS = new Set(['rose', 'risen', 'climbed', 'increased', 'jumped', 'grew', 'grown', 'fell', 'fallen', 'dropped', 'declined', 'raised', 'lowered', 'revised', 'brought', 'put', 'swelled']);
/** Verbs that state a level with `at` before the number: `put the toll at 64`, `stood at 5,200`. */
export const AT_VERBS = new Set(['put', 'puts', 'placed', 'places', 'pegged', 'pegs', 'set', 'sets', 'estimated', 'estimates', 'stood', 'stands', 'stand', 'kept', 'keeps', 'fixed']);
export const BE = new Set(['is', 'are', 'was', 'were']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Subject pronouns: one after a reporting verb starts the reported clause (`says it needs … this year`). */
export const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
export const HAVE = new Set(['has', 'have', 'had']);
export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);
/** Irregular past forms and participles (an -ed ending finds the rest). */
export const IRREGULAR = new Set([
  'left', 'spent', 'held', 'kept', 'brought', 'took', 'taken', 'fled', 'flew', 'flown', 'fought', 'met', 'spoke', 'spoken', 'sent',
  'went', 'gone', 'came', 'come', 'made', 'won', 'lost', 'began', 'begun', 'hit', 'struck', 'stood', 'led', 'gave', 'given', 'saw',
  'seen', 'put', 'set', 'shot', 'built', 'caught', 'drove', 'driven', 'ran', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown',
  'overran', 'overrun', 'withdrew', 'withdrawn', 'sold', 'told', 'said', 'found', 'paid', 'bought', 'thrown', 'threw', 'blew',
  'blown', 'slain', 'hid', 'hidden', 'broke', 'broken', 'stole', 'stolen', 'freed', 'got', 'gotten',
]);
export const isParticiple = (w: string): boolean => IRREGULAR.has(w) || (w.length > 4 && w.endsWith('ed') && w !== 'hundred');
