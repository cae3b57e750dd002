// Casualty counts and levels (SPEC §4): a count of people killed, wounded, hurt or diagnosed
// never takes the key of a level (troops deployed or stationed somewhere), and the reverse. A
// mention's class comes from its own clause; a gazetteer figure's from its label and units.
import type { GazetteerEntity, Span } from '../types';

export type FigureClass = 'casualty' | 'level' | null;

/** Words that make a count a casualty count (as a noun, a participle or a verb of its clause). */
const CASUALTY = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dying', 'deaths', 'death', 'wounded', 'wounding', 'wounds', 'injured',
  'injuring', 'injuries', 'injury', 'hurt', 'hurting', 'diagnosed', 'casualties', 'casualty', 'fatalities', 'treated', 'hospitalized',
  'hospitalised', 'concussions', 'concussion', 'victims', 'bodies', 'slain', 'maimed',
]);
/** Words that make a count a level: how many are deployed, stationed or kept somewhere. */
const LEVEL = new Set([
  'deployed', 'deploy', 'deploying', 'deployment', 'stationed', 'station', 'based', 'garrison', 'garrisoned', 'level', 'levels',
  'presence', 'remain', 'remained', 'remaining', 'serving', 'serve', 'posted', 'strength', 'contingent', 'sent', 'send', 'sending',
  'keep', 'kept', 'withdraw', 'withdrawn', 'withdrew', 'drawdown', 'troop',
]);
const SKIP = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'be', 'are', 'is', 'who', 'that', 'which', 'all', 'also', 'reportedly',
  'still', 'now', 'later', 'since', 'being', 'not']);

const WORDS = /[\p{L}][\p{L}'’-]*|[.,;:!?()]/gu;

/**
 * The class of a figure from its clause: the noun it counts (`12 killed`), the first cue word
 * after it within its clause (`… service members hurt in the strike`, `troops deployed in Iraq`),
 * else a verb just before it (`the blast killed 12`, `to deploy 3,000 troops`). Null when the
 * clause says neither.
 */
export function mentionClass(text: string, figure: Span, noun: string | null, sentenceEnd: number): FigureClass {
  if (noun) {
    const last = noun.toLowerCase().split(/[\s-]+/).pop() ?? '';
    if (CASUALTY.has(last)) return 'casualty';
  }
  const after = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 90)).match(WORDS) ?? [];
  for (let i = 0, n = 0; i < after.length && n < 7; i++) {
    const w = after[i].toLowerCase();
    if (/^[.,;:!?()]$/.test(w)) break;
    if (SKIP.has(w)) continue;
    n++;
    if (CASUALTY.has(w)) return 'casualty';
    if (LEVEL.has(w)) return 'level';
  }
  const before = text.slice(Math.max(0, figure.start - 50), figure.start).match(WORDS) ?? [];
  for (let i = before.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const w = before[i].toLowerCase();
    if (/^[.,;:!?()]$/.test(w)) break;
    if (CASUALTY.has(w)) return 'casualty';
    if (LEVEL.has(w)) return 'level';
  }
  return null;
}

/** The class of a gazetteer figure from its label and units (`… diagnosed with brain injuries`, `US troops deployed in Iraq`). */
export function gazetteerClass(entity: GazetteerEntity): FigureClass {
  const words = `${entity.name} ${(entity.units ?? []).join(' ')}`.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let casualty = false;
  let level = /\b(?:troops|forces|soldiers|personnel)\s+in\b/i.test(entity.name);
  for (const w of words) {
    if (CASUALTY.has(w)) casualty = true;
    else if (LEVEL.has(w)) level = true;
  }
  if (casualty) return 'casualty';
  if (level) return 'level';
  return null;
}

/** True if a mention of class `mention` may take the key of a gazetteer figure of class `figure`. */
export function classesAgree(mention: FigureClass, figure: FigureClass): boolean {
  return mention === null || figure === null || mention === figure;
}
