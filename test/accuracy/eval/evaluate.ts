// One evaluation run: the TimeML benchmark and every gold corpus, as named numbers that the
// floors file and the printed table share.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoPath } from '../../support/repo';
import { emptyTallies, GOLD_CATEGORIES, goldCorpora, scoreCorpus, type GoldTallies } from './gold';
import { precision, recall, type Tally } from './score';
import { readTimeml, scoreChrono, scoreProject, type TimemlArticle } from './timeml';

export const TIMEML_DIR = repoPath('..', 'shared', 'benchmarks', 'timeml-aquaint');
export const ACCURACY_DIR = repoPath('test', 'accuracy');

export interface GoldScore {
  corpora: string[];
  articles: number;
  tallies: GoldTallies;
}

export interface EvalResult {
  timeml: { articles: number; project: { value: Tally; extent: Tally }; chrono: { value: Tally; extent: Tally } } | null;
  gold: GoldScore;
  /** The held-out corpora (`corpus-heldout*`), or null when there is none. */
  heldOut: GoldScore | null;
  /** The unseen corpora (folder name contains `unseen`), or null when there is none. */
  unseen: GoldScore | null;
  /** The fresh corpora (folder name contains `fresh`), or null. */
  fresh: GoldScore | null;
  /** The blind corpora (folder name contains `blind`), or null. */
  blind: GoldScore | null;
  /** The sealed corpora (folder name contains `sealed`), or null. */
  sealed: GoldScore | null;
  /** The vault corpora (folder name contains `vault`): the newest never-tuned-on measure, or null. */
  vault: GoldScore | null;
  /** `timeml.recall`, `gold.dates.precision`, … → a fraction; what `floors.json` names. */
  numbers: Record<string, number>;
}

export function loadTimeml(dir = TIMEML_DIR): TimemlArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.tml'))
    .sort()
    .map((n) => readTimeml(n.replace(/\.tml$/, ''), readFileSync(path.join(dir, n), 'utf8')));
}

export function evaluate(): EvalResult {
  const numbers: Record<string, number> = {};
  const articles = loadTimeml();
  let timeml: EvalResult['timeml'] = null;
  if (articles.length > 0) {
    const project = scoreProject(articles);
    const chrono = scoreChrono(articles);
    timeml = { articles: articles.length, project, chrono };
    numbers['timeml.recall'] = recall(project.value);
    numbers['timeml.extent'] = recall(project.extent);
    numbers['timeml.precision'] = precision(project.value);
  }
  const all = goldCorpora(ACCURACY_DIR);
  const score = (prefix: string, corpora: string[]) => {
    const tallies = emptyTallies();
    let articles = 0;
    for (const folder of corpora) articles += scoreCorpus(folder, tallies);
    for (const c of GOLD_CATEGORIES) {
      const key = c.replace(/ /g, '-');
      if (c === 'must-not violations') numbers[`${prefix}.must-not-violations`] = tallies[c].reported;
      else {
        numbers[`${prefix}.${key}.recall`] = recall(tallies[c]);
        numbers[`${prefix}.${key}.precision`] = precision(tallies[c]);
      }
    }
    numbers[`${prefix}.articles`] = articles;
    return { corpora: corpora.map((c) => path.basename(c)), articles, tallies };
  };
  // Held-out corpora were written after the rules were tuned and are never tuned on: they say
  // whether the rules generalise, so they are scored and floored apart from the rest.
  // Unseen corpora are the same kind of measure, written later still on conflicts the others
  // cover less; they are scored apart again (`unseen.*`) and counted in neither of the others.
  // Fresh corpora came next (written when the unseen one had been tuned on), then blind, sealed and vault ones.
  const group = (folder: string) => APART_GROUPS.find((g) => path.basename(folder).includes(g)) ?? 'gold';
  const scoreGroup = (name: string) => {
    const corpora = all.filter((c) => group(c) === name);
    return corpora.length > 0 ? score(name, corpora) : null;
  };
  const gold = score('gold', all.filter((c) => group(c) === 'gold'));
  return { timeml, gold, heldOut: scoreGroup('heldout'), unseen: scoreGroup('unseen'), fresh: scoreGroup('fresh'), blind: scoreGroup('blind'), sealed: scoreGroup('sealed'), vault: scoreGroup('vault'), numbers };
}

/** Corpora scored apart, by a word in the folder's name; the first that matches wins, so
 *  `corpus-heldout-unseen` would be `heldout`. Anything else is the (tuned-on) gold corpus. */
const APART_GROUPS = ['vault', 'sealed', 'blind', 'fresh', 'unseen', 'heldout'] as const;

export interface Floors {
  /** Fractions a number may not fall below (`gold.must-not-violations`: a ceiling). */
  [name: string]: number;
}

/** The numbers that broke their floor, each as one line. */
export function belowFloors(numbers: Record<string, number>, floors: Floors): string[] {
  const broken: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    if (name.startsWith('$')) continue;
    const got = numbers[name];
    if (got === undefined) broken.push(`${name}: not measured (floor ${floor})`);
    else if (name.endsWith('violations') ? got > floor : got + 1e-9 < floor) broken.push(`${name}: ${got} is ${name.endsWith('violations') ? 'above its ceiling' : 'below its floor'} ${floor}`);
  }
  return broken;
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(path.join(ACCURACY_DIR, 'floors.json'), 'utf8')) as Floors;
}
