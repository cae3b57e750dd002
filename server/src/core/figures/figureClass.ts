// Casualty counts and levels (SPEC §4): a count of people killed, wounded, hurt or diagnosed
// never takes the key of a level (troops deployed or stationed somewhere), and the reverse. A
// mention's class comes from its own clause; a gazetteer figure's from its label and units.
import type { GazetteerEntity, Span } from '../types';

/**
 * `other` is a count of people the clause says something else happened to — they fled, were
 * displaced, held, aboard, evacuated, detained, rescued: not a casualty count, so never a
 * casualty figure's key (it may still take a level's or an unclassed figure's).
 * `killed` and `injured` are the two kinds of casualty count; `casualty` is one that names both or
 * neither (`casualties`, `victims`) and agrees with either. A count of the wounded never takes the
 * key of a death toll, nor the reverse: they are different series.
 */
export type FigureClass = 'killed' | 'injured' | 'casualty' | 'level' | 'other' | null;

/** Words that make a count a death toll (as a noun, a participle or a verb of its clause). */
const KILLED = new Set([
  'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dying', 'deaths', 'death', 'fatalities', 'slain', 'bodies',
  'executed', 'massacred',
]);
/** Words that make a count a count of the injured. */
const INJURED = new Set([
  'wounded', 'wounding', 'wounds', 'injured', 'injuring', 'injuries', 'injury', 'hurt', 'hurting', 'diagnosed', 'treated',
  'hospitalized', 'hospitalised', 'concussions', 'concussion', 'maimed',
]);
/** Casualty words that say neither which kind. */
const CASUALTY = new Set(['casualties', 'casualty', 'victims']);
/** Words that make a count a level: how many are deployed, stationed, kept or hosted somewhere. */
const LEVEL = new Set([
  'deployed', 'deploy', 'deploying', 'deployment', 'stationed', 'station', 'based', 'garrison', 'garrisoned', 'level', 'levels',
  'presence', 'remain', 'remained', 'remaining', 'serving', 'serve', 'posted', 'strength', 'contingent', 'sent', 'send', 'sending',
  'keep', 'keeps', 'kept', 'withdraw', 'withdrawn', 'withdrew', 'drawdown', 'troop', 'host', 'hosts', 'hosted', 'hosting', 'houses',
  'housed', 'counts', 'counted', 'numbered', 'numbers', 'ranks', 'payroll', 'roster', 'maintains', 'maintained',
]);
/**
 * Words that say what happened to the people counted was not death or injury. They are weak: they
 * decide only when the close cues above say nothing (`all 60 people aboard died` stays a death
 * toll), and then the nearest of them and the casualty words in the clause wins.
 */
const NOT_CASUALTY = new Set([
  'fled', 'flee', 'flees', 'displaced', 'displacement', 'uprooted', 'homeless', 'evacuated', 'evacuate', 'evacuation', 'held',
  'hold', 'holding', 'hostage', 'hostages', 'captive', 'captives', 'captivity', 'kidnapped', 'abducted', 'seized', 'seizure',
  'hijacked', 'hijacking', 'aboard', 'onboard', 'detained', 'detain', 'detention', 'arrested', 'arrest', 'arrests', 'jailed',
  'imprisoned', 'rescued', 'rescue', 'repatriated', 'sheltering', 'sheltered', 'stranded', 'surrendered', 'captured',
]);
/** Possession right before the number (`which now has about 500 personnel`) states a level. */
const HAVE = new Set(['has', 'have', 'had']);
/** Heads of people counted in a gazetteer figure's units: with no casualty word, such a figure is a strength (a level). */
const PEOPLE = new Set([
  'troops', 'soldiers', 'members', 'personnel', 'fighters', 'militants', 'operatives', 'forces', 'marines', 'advisers', 'advisors',
  'trainers', 'residents', 'inhabitants', 'detainees', 'suspects', 'prisoners', 'people', 'civilians', 'contractors', 'police',
  'officers', 'staff', 'recruits', 'refugees', 'guards', 'commandos', 'sailors', 'airmen', 'reservists', 'militiamen', 'volunteers',
  'mercenaries', 'insurgents', 'rebels', 'peshmerga', 'diplomats', 'workers', 'employees',
]);
/** Words that introduce the parts of a total: the parts share the total's class (`killed 154 people, including 39 fighters`). */
const PARTS = /(?:^|[^\p{L}])(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s*[^.;:!?]*$/iu;

function cue(w: string): FigureClass | undefined {
  if (KILLED.has(w)) return 'killed';
  if (INJURED.has(w)) return 'injured';
  if (CASUALTY.has(w)) return 'casualty';
  if (LEVEL.has(w)) return 'level';
  return undefined;
}

const SKIP = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'be', 'are', 'is', 'who', 'that', 'which', 'all', 'also', 'reportedly',
  'still', 'now', 'later', 'since', 'being', 'not']);

const WORDS = /[\p{L}][\p{L}'’-]*|[.,;:!?()]/gu;

/**
 * The class of a figure from its clause: the noun it counts (`12 killed`), the first cue word
 * after it within its clause (`… service members hurt in the strike`, `troops deployed in Iraq`),
 * else a verb just before it (`the blast killed 12`, `to deploy 3,000 troops`, `the base hosts
 * 1,500 troops`, `which has 500 personnel`); the parts of a total take the total's class (`killed
 * 154 people, including 102 militants, 39 SDF fighters`). Null when the clause says neither.
 */
export function mentionClass(text: string, figure: Span, noun: string | null, sentenceEnd: number, sentenceStart = 0): FigureClass {
  if (noun) {
    const last = noun.toLowerCase().split(/[\s-]+/).pop() ?? '';
    const c = cue(last);
    if (c && c !== 'level') return c;
  }
  const after = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 90)).match(WORDS) ?? [];
  for (let i = 0, n = 0; i < after.length && n < 7; i++) {
    const w = after[i].toLowerCase();
    if (/^[.,;:!?()]$/.test(w)) break;
    if (SKIP.has(w)) continue;
    n++;
    const c = cue(w);
    if (c) return c;
  }
  const from = Math.max(sentenceStart, figure.start - 140);
  const beforeText = text.slice(from, figure.start);
  const before = text.slice(Math.max(from, figure.start - 50), figure.start).match(WORDS) ?? [];
  for (let i = before.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const w = before[i].toLowerCase();
    if (/^[.,;:!?()]$/.test(w)) break;
    if (n === 0 && HAVE.has(w)) return 'level';
    const c = cue(w);
    if (c) return c;
  }
  // The parts of a total: read the class of the words before `including`.
  const parts = PARTS.exec(beforeText);
  if (parts) {
    const head = beforeText.slice(0, parts.index + 1).match(WORDS) ?? [];
    for (let i = head.length - 1, n = 0; i >= 0 && n < 8; i--) {
      const w = head[i].toLowerCase();
      if (/^[.;:!?()]$/.test(w)) break;
      if (w === ',' || SKIP.has(w)) continue;
      n++;
      const c = cue(w);
      if (c) return c;
    }
  }
  return notCasualty(text, figure, sentenceEnd, sentenceStart);
}

/** Clause boundaries for {@link notCasualty}: sentence punctuation, commas, brackets, dashes. */
const CLAUSE_BREAK = /^[.,;:!?()]$/;

/**
 * When the close cues say nothing: `other` if the nearest of the clause's casualty words and
 * {@link NOT_CASUALTY} words, on either side of the figure, is a not-casualty word (`the seizure of
 * the ship and its 25 crew members`, `more than a million people have fled their homes`); else null.
 */
function notCasualty(text: string, figure: Span, sentenceEnd: number, sentenceStart: number): FigureClass {
  const before = text.slice(Math.max(sentenceStart, figure.start - 200), figure.start).match(WORDS) ?? [];
  const after = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 200)).match(WORDS) ?? [];
  let nearest: { distance: number; other: boolean } | null = null;
  const see = (w: string, distance: number): boolean => {
    if (CLAUSE_BREAK.test(w)) return false;
    const c = cue(w);
    const other = NOT_CASUALTY.has(w);
    if ((c && c !== 'level') || other) {
      if (!nearest || distance < nearest.distance) nearest = { distance, other: other && !c };
      return false;
    }
    return true;
  };
  for (let i = before.length - 1, d = 1; i >= 0; i--, d++) if (!see(before[i].toLowerCase(), d)) break;
  for (let i = 0, d = 1; i < after.length; i++, d++) if (!see(after[i].toLowerCase(), d)) break;
  return (nearest as { distance: number; other: boolean } | null)?.other ? 'other' : null;
}

/**
 * The class of a gazetteer figure from its label and units (`… diagnosed with brain injuries`, `US
 * troops deployed in Iraq`). A figure that counts people and names no casualty is a strength —
 * how many there are (`Fighters in the ranks of the SDF`, `Residents of al-Hol camp`): a level.
 */
export function gazetteerClass(entity: GazetteerEntity): FigureClass {
  const words = `${entity.name} ${(entity.units ?? []).join(' ')}`.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let killed = false;
  let injured = false;
  let casualty = false;
  const counts = (entity.units ?? []).map((u) => u.toLowerCase().split(/[\s-]+/).pop() ?? '');
  const people = counts.length === 0 || counts.some((u) => PEOPLE.has(u));
  // "US troops in Iraq" is a level; "Attacks on US forces in Iraq" counts attacks, not forces.
  let level = people && /\b(?:troops|forces|soldiers|personnel)\s+in\b/i.test(entity.name);
  for (const w of words) {
    const c = cue(w);
    if (c === 'killed') killed = true;
    else if (c === 'injured') injured = true;
    else if (c === 'casualty') casualty = true;
    else if (c === 'level') level = true;
  }
  if (casualty || (killed && injured)) return 'casualty';
  if (killed) return 'killed';
  if (injured) return 'injured';
  if (level) return 'level';
  return counts.length > 0 && people ? 'level' : null;
}

const isCasualty = (c: FigureClass): boolean => c === 'killed' || c === 'injured' || c === 'casualty';

/** True if a mention of class `mention` may take the key of a gazetteer figure of class `figure`. */
export function classesAgree(mention: FigureClass, figure: FigureClass): boolean {
  if (mention === null || figure === null || mention === figure) return true;
  // Fled, held, aboard …: any figure but a casualty count.
  if (mention === 'other' || figure === 'other') return !isCasualty(mention) && !isCasualty(figure);
  // `casualties` agrees with a death toll and with a count of the injured.
  return isCasualty(mention) && isCasualty(figure) && (mention === 'casualty' || figure === 'casualty');
}
