// Does the verb that governs a figure state a level that held at a date (`300 advisers remained
// in al-Anbar in October 2025`), or tell an action the date belongs to (`were flown out last week`)?
import type { Span } from '../types';
import { AT_VERBS, BE, CHANGE_VERBS, EVENT_VERBS, HAVE, MODALS, RELATIVE_PRONOUNS, REPORT_VERBS, STATE_PARTICIPLES, STATE_VERBS, isParticiple, tokens, word } from './figureDateWords';

/**
 * Whether the clause that governs a figure states a level that held at its date (`300 advisers
 * remained in al-Anbar in October 2025`, `In January, 5,200 troops were in Iraq`, `the base hosts
 * 1,500 troops`, a perfect `had been diagnosed` that totals up to then) — true — or tells an
 * action whose date dates the action (`brought back 94 families in late February`, `were flown out
 * last week`, `a bomb wounded three advisers two weeks ago`) — false. Null when no verb is near.
 */
export function figureStatesLevel(text: string, sentence: Span, figure: Span): boolean | null {
  const after = tokens(text.slice(figure.end, Math.min(sentence.end, figure.end + 80)));
  for (let k = 0, n = 0; k < after.length && n < 7; k++, n++) {
    const t = after[k];
    if (/^[,;:()"“”—–]$/.test(t)) break;
    const w = word(t);
    // "… and nine villagers who had joined": a relative clause's verb is not the figure's.
    if (RELATIVE_PRONOUNS.has(w)) break;
    const next = after[k + 1] ? word(after[k + 1]) : '';
    if (BE.has(w)) {
      if (next === 'being') return false;
      return !isParticiple(next) || STATE_PARTICIPLES.has(next);
    }
    if (HAVE.has(w)) return true; // a perfect totals up to its date; `have` alone is possession
    if (MODALS.has(w)) return false;
    if (STATE_VERBS.has(w)) return true;
    if (REPORT_VERBS.has(w) || EVENT_VERBS.has(w) || isParticiple(w)) return false;
  }
  const before = tokens(text.slice(Math.max(sentence.start, figure.start - 60), figure.start));
  for (let k = before.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = before[k];
    if (/^[,;:()"“”—–]$/.test(t)) break;
    const w = word(t);
    if (HAVE.has(w) || STATE_VERBS.has(w)) return true;
    if (w === 'to' && k > 0 && CHANGE_VERBS.has(word(before[k - 1]))) return true;
    // "put the strength of Islamic State at about 2,500 fighters", "estimated the force at": a level stated.
    if (w === 'at' && before.slice(Math.max(0, k - 7), k).some((b) => AT_VERBS.has(word(b)))) return true;
    if (BE.has(w) || MODALS.has(w)) return n === 0; // `the total was 64`; `will send` is a plan
    if (REPORT_VERBS.has(w) || EVENT_VERBS.has(w) || isParticiple(w)) {
      // `have brought home 10,000 people`: a perfect totals up to its date.
      return k > 0 && HAVE.has(word(before[k - 1]));
    }
  }
  return null;
}
