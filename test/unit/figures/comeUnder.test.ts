import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatInterval } from '../../../server/src/core/figures/interval';
import { recognizeFigures } from '../../../server/src/core/figures/recognizeFigures';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

/** `text|unit|interval` for each figure of the sentence. */
function recognize(sentence: string): string[] {
  return recognizeFigures(sentence, { start: 0, end: sentence.length }, { settings: DEFAULT_SETTINGS })
    .map((f) => `${sentence.slice(f.span.start, f.span.end)}|${f.unit}|${formatInterval(f.interval)}`);
}

describe('"come under N" is not a qualifier', () => {
  test('after come / came / coming, the number keeps its own reading', () => {
    assert.deepEqual(recognize('Coalition bases have come under 43 attacks since May.'), ['43 attacks|count|[43]']);
    assert.deepEqual(recognize('The convoy came under 12 separate attacks on the road.'), ['12 separate attacks|count|[12]']);
    assert.deepEqual(recognize('Patrols keep coming under 7 attacks a week.'), ['7 attacks|count|[7]']);
  });

  test('must-not: "under N" elsewhere is still below N', () => {
    const [f] = recognize('Under 500 troops remain at the base.');
    assert.ok(f.startsWith('Under 500 troops|count|'), f);
    assert.ok(f.endsWith(', 500]') || f.endsWith(', 500)'), f);
    const [g] = recognize('The camp now holds under 800 families.');
    assert.ok(g.startsWith('under 800 families|count|[0, 800'), g);
  });
});

describe('"times" after a vague amount', () => {
  test('hundreds of times / dozens of times are the unit times', () => {
    const [f] = recognize('Artillery has shelled the ridge hundreds of times since March.');
    assert.ok(f.startsWith('hundreds of times|times|'), f);
    const [g] = recognize('The drones crossed the line dozens of times.');
    assert.ok(g.startsWith('dozens of times|times|'), g);
  });

  test('must-not: "N times" keeps its reading, and "hundreds of troops" stays a count', () => {
    assert.deepEqual(recognize('Prices rose three times in a year.').map((x) => x.split('|')[1]), ['times']);
    const [f] = recognize('Hundreds of troops left the base.');
    assert.ok(f.startsWith('Hundreds of troops|count|'), f);
  });
});
