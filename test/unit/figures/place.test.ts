// Where a count happened against where its gazetteer figure counts: a count its own clause places
// elsewhere than the figure's label and `about` entities takes no key (figurePlace.ts). Sentences
// are our own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionPlaces } from '../../../server/src/core/figures/figurePlace';
import { analyze, article, summary } from './helpers';

/** The folded places the clause after `[[…]]` names. */
function placesOf(marked: string): string[] | null {
  const start = marked.indexOf('[[');
  const text = marked.replace('[[', '').replace(']]', '');
  const end = marked.indexOf(']]') - 2;
  return mentionPlaces(text, { start, end }, text.length)?.map((p) => p.name) ?? null;
}

describe('the place a figure\'s own clause names', () => {
  const rows: [string, string[] | null][] = [
    ['[[Two people]] were killed in the occupied Golan Heights on Friday.', ['golan heights']],
    ['[[About 900 troops]] are deployed in Syria and Iraq.', ['syria', 'iraq']],
    ['[[Six civilians]] died in southern Idlib.', ['idlib']],
    // must not: a month, a lower-case place, another clause's place
    ['[[Three soldiers]] were wounded in May.', null],
    ['[[Three soldiers]] were wounded in the ambush.', null],
    ['[[Three soldiers]] were wounded, and the convoy turned back in Deir ez-Zor.', null],
    ['[[Three soldiers]] were wounded; talks resumed in Geneva.', null],
    // must not: a capitalised word that modifies a noun is no place
    ['[[Twelve people]] were killed in Israeli strikes on the town.', null],
    ['[[Four fighters]] died in US raids overnight.', null],
  ];
  for (const [marked, expected] of rows) test(marked, () => assert.deepEqual(placesOf(marked), expected));
});

describe('a count placed elsewhere than its figure takes no key', () => {
  test('a place the figure does not count in: no key', () => {
    const a = analyze(article('2020-08-20', 'Some 4,000 US troops are stationed in Kuwait, the Pentagon said.'));
    assert.deepEqual(a.figures.map(summary), ['Some 4,000 US troops → - [3600, 4400]']);
    const b = analyze(article('2021-02-01', 'An estimated 2,500 Daesh operatives remain active in Libya.'));
    assert.deepEqual(b.figures.map((f) => f.key), [null]);
  });

  test('must not: the figure\'s own place, a part of it named with an adjective, a list that includes it', () => {
    for (const body of [
      'Some 3,000 US troops are stationed in Iraq.',
      'Some 3,000 US troops are stationed in northern Iraq.',
      'Some 3,000 US troops are stationed in Kuwait and Iraq.',
    ]) assert.deepEqual(analyze(article('2020-08-20', body)).figures.map((f) => f.key), ['us-troops-iraq'], body);
  });

  test('must not: a gazetteer place that lies in the figure\'s place (a base in Iraq)', () => {
    const a = analyze(article('2020-08-20', 'Some 3,000 US troops are stationed in Ain al-Asad, officials said.'));
    assert.deepEqual(a.figures.map((f) => f.key), ['us-troops-iraq']);
  });

  test('must not: a figure whose label names no place is not judged by place', () => {
    const a = analyze(article('2020-08-20', 'Envoys of 80 countries of the US-led coalition met in Rome.'));
    assert.deepEqual(a.figures.map((f) => f.key), ['coalition-members']);
  });
});
