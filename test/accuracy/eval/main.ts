// `npm run eval`: prints the TimeML line and the gold-corpus table, writes every miss to
// `test-results/eval/`, and exits 1 when a number fell below its floor (`floors.json`).

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoPath } from '../../support/repo';
import { NEVER_TUNED_ON, belowFloors, evaluate, readFloors, type GoldScore } from './evaluate';
import { GOLD_CATEGORIES } from './gold';
import { percent, precision, recall, type Tally } from './score';

const outDir = repoPath('test-results', 'eval');
mkdirSync(outDir, { recursive: true });

function writeMisses(file: string, tallies: Tally[]): string {
  const target = path.join(outDir, file);
  writeFileSync(target, tallies.map((t) => `## ${t.name} (${t.misses.length})\n${t.misses.join('\n')}\n`).join('\n'));
  return path.relative(process.cwd(), target);
}

const started = Date.now();
const result = evaluate();

if (result.timeml) {
  const { project, chrono } = result.timeml;
  const line = (label: string, v: Tally, e: Tally) =>
    `${label.padEnd(22)} recall ${percent(recall(v)).padStart(6)}  extent ${percent(recall(e)).padStart(6)}  precision ${percent(precision(v)).padStart(6)}  (${v.found}/${v.gold} found, ${v.correct}/${v.reported} right)`;
  console.log(`TimeML (${result.timeml.articles} articles, calendar dates)`);
  console.log(line('  News Annotator', project.value, project.extent));
  console.log(line('  chrono-node alone', chrono.value, chrono.extent));
  console.log(`  misses: ${writeMisses('timeml-misses.txt', [project.value])} (chrono-node's: ${writeMisses('timeml-chrono-misses.txt', [chrono.value])})`);
} else {
  console.log('TimeML: ../shared/benchmarks/timeml-aquaint/ not found; skipped');
}

function printGold(title: string, score: GoldScore, missesFile: string): void {
  const { tallies } = score;
  console.log(`\n${title} (${score.articles} articles in ${score.corpora.join(', ') || 'no corpus'})`);
  console.log(`  ${'category'.padEnd(22)} ${'recall'.padStart(7)} ${'precision'.padStart(10)}   found/gold  right/reported`);
  for (const c of GOLD_CATEGORIES) {
    const t = tallies[c];
    if (c === 'must-not violations') {
      console.log(`  ${c.padEnd(22)} ${String(t.reported).padStart(7)} of ${t.gold} must-not items`);
      continue;
    }
    console.log(`  ${c.padEnd(22)} ${percent(recall(t)).padStart(7)} ${percent(precision(t)).padStart(10)}   ${`${t.found}/${t.gold}`.padStart(10)}  ${`${t.correct}/${t.reported}`.padStart(14)}`);
  }
  console.log(`  misses: ${writeMisses(missesFile, GOLD_CATEGORIES.map((c) => tallies[c]))}`);
}

printGold('Gold corpus', result.gold, 'gold-misses.txt');
for (const { group, score } of result.apart) {
  const name = group === 'heldout' ? 'Held-out' : group.charAt(0).toUpperCase() + group.slice(1);
  const tuned = group === NEVER_TUNED_ON ? 'never tuned on' : 'tuned on after its first measure';
  printGold(`${name} corpus (${tuned})`, score, `${group}-misses.txt`);
}

const broken = belowFloors(result.numbers, readFloors());
writeFileSync(path.join(outDir, 'numbers.json'), JSON.stringify(result.numbers, null, 2) + '\n');
console.log(`\n${broken.length === 0 ? 'all numbers at or above their floors' : `below floor:\n  ${broken.join('\n  ')}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = broken.length === 0 ? 0 : 1;
