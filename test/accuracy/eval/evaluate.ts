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

export interface EvalResult {
  timeml: { articles: number; project: { value: Tally; extent: Tally }; chrono: { value: Tally; extent: Tally } } | null;
  gold: { corpora: string[]; articles: number; tallies: GoldTallies };
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
  const tallies = emptyTallies();
  const corpora = goldCorpora(ACCURACY_DIR);
  let goldArticles = 0;
  for (const folder of corpora) goldArticles += scoreCorpus(folder, tallies);
  for (const c of GOLD_CATEGORIES) {
    const key = c.replace(/ /g, '-');
    if (c === 'must-not violations') numbers['gold.must-not-violations'] = tallies[c].reported;
    else {
      numbers[`gold.${key}.recall`] = recall(tallies[c]);
      numbers[`gold.${key}.precision`] = precision(tallies[c]);
    }
  }
  numbers['gold.articles'] = goldArticles;
  return { timeml, gold: { corpora: corpora.map((c) => path.basename(c)), articles: goldArticles, tallies }, numbers };
}

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
