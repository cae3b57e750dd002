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
  /** The corpora scored apart, in `APART_GROUPS` order, each group that has a corpus. */
  apart: { group: ApartGroup; score: GoldScore }[];
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
  // Corpora written later, from the contract alone, say whether the rules generalise: each group
  // is scored and floored apart (`heldout.*`, `unseen.*` …) and counted in no other.
  const group = (folder: string) => [...APART_GROUPS].reverse().find((g) => path.basename(folder).includes(g)) ?? 'gold';
  const gold = score('gold', all.filter((c) => group(c) === 'gold'));
  const apart: EvalResult['apart'] = [];
  for (const name of APART_GROUPS) {
    const corpora = all.filter((c) => group(c) === name);
    if (corpora.length > 0) apart.push({ group: name, score: score(name, corpora) });
  }
  return { timeml, gold, apart, numbers };
}

/**
 * Corpora scored apart, by a word in the folder's name, oldest first; the newest that matches
 * wins (`corpus-heldout-unseen` is `unseen`). Anything else is the (tuned-on) gold corpus.
 * `NEVER_TUNED_ON` is the newest when it has not been tuned on yet: written after every fix and
 * measured once; null once its misses have been read and fixed (the next corpus takes its place).
 */
export const APART_GROUPS = ['heldout', 'unseen', 'fresh', 'blind', 'sealed', 'vault', 'crypt', 'tomb'] as const;
export type ApartGroup = (typeof APART_GROUPS)[number];
export const NEVER_TUNED_ON: ApartGroup | null = null; // tomb: tuned on after its first measure

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
