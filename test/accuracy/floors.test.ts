// The accuracy floors (`floors.json`) checked in CI: a recogniser change that makes any measured
// number drop below its floor fails `npm test`. `npm run eval` prints the same numbers in full.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { belowFloors, evaluate, readFloors, TIMEML_DIR } from './eval/evaluate';

describe('accuracy against gold data', () => {
  const result = evaluate();

  test('the TimeML benchmark is measured (../shared beside the clone)', () => {
    assert.ok(existsSync(TIMEML_DIR), `${TIMEML_DIR} is missing`);
    assert.ok(result.timeml && result.timeml.articles >= 70, 'TimeML articles read');
  });

  test('the gold corpus has at least 40 articles', () => {
    assert.ok(result.gold.articles >= 40, `${result.gold.articles} articles`);
  });

  test('every number is at or above its floor in floors.json', () => {
    const broken = belowFloors(result.numbers, readFloors());
    assert.deepEqual(broken, [], `run \`npm run eval\` for the misses:\n${broken.join('\n')}`);
  });
});
