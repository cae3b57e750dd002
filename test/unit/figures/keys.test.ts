import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignKey, figureIndex } from '../../../server/src/core/figures/figureIndex';
import { loadGazetteer } from '../../../server/src/core/gazetteer/loadGazetteer';
import { GAZETTEER_URI, GAZETTEER_YAML, analyze, article, gazetteer, summary } from './helpers';

describe('figure keys from units and entities', () => {
  test('units and the entities of the sentence pick the gazetteer figure', () => {
    const a = analyze(article('2020-08-20', 'Over 5,000 US troops have been deployed in Iraq to train local forces.'));
    assert.deepEqual(a.figures.map(summary), ['Over 5,000 US troops → us-troops-iraq (5000, ∞)']);
    assert.deepEqual([...a.figures[0].about].sort(), ['iraq', 'united-states']);
  });

  test('entities of the sentence before count too', () => {
    const a = analyze(article('2020-08-20', 'Washington is reducing its presence in Iraq. Roughly 3,000 troops will stay.'));
    assert.deepEqual(a.figures.map(summary), ['Roughly 3,000 troops → us-troops-iraq [2700, 3300]']);
  });

  test('entities two sentences back do not', () => {
    const a = analyze(article('2020-08-20', 'Washington is reducing its presence in Iraq. The talks went on for hours. Roughly 3,000 troops will stay.'));
    assert.equal(a.figures[0].key, null);
  });

  test('an event is mentioned through its place: the strike count keys by the base name', () => {
    const a = analyze(article('2020-01-17', 'The Pentagon said on Thursday that 11 service members were treated after the Iranian strike on Ain al-Asad.'));
    assert.deepEqual(a.figures.map(summary), ['11 service members → ain-al-asad-strike-tbi [11]']);
  });

  test('"of its" and possessive forms still find the noun and the key', () => {
    const a = analyze(article('2021-02-01', 'Though Daesh has lost its territory, an estimated 2,500 of its operatives remain active in Syria and Iraq.'));
    assert.deepEqual(a.figures.map(summary), ['an estimated 2,500 of its operatives → is-operatives [2250, 2750]']);
  });

  test('a tie between two gazetteer figures is no key', () => {
    // "American" points at us-troops-iraq, "Ain al-Asad" at the strike count: one each, and the
    // clause says neither casualty nor level.
    const a = analyze(article('2020-01-25', 'After the attack on Ain al-Asad, 34 American troops were flown to Germany.'));
    assert.deepEqual(a.figures.map(summary), ['34 American troops → - [34]']);
  });

  test('the class of the clause breaks what would be a tie: a casualty count never keys to a level', () => {
    const a = analyze(article('2020-01-25', 'After the attack on Ain al-Asad, 34 American troops were diagnosed with brain injuries.'));
    assert.deepEqual(a.figures.map(summary), ['34 American troops → ain-al-asad-strike-tbi [34]']);
  });

  test('a noun no gazetteer figure counts gets no key', () => {
    const a = analyze(article('2020-08-20', 'In Iraq, US engineers repaired 40 bridges.'));
    assert.deepEqual(a.figures.map(summary), ['40 bridges → - [35, 45]']);
  });

  test('a matching noun without any of the figure\'s entities gets no key', () => {
    const a = analyze(article('2020-08-20', 'France sent 600 troops to the Sahel.'));
    assert.equal(a.figures[0].key, null);
  });

  test('an explicit figure= annotation wins over the matching', () => {
    const a = analyze(article('2020-01-25', 'After the attack on Ain al-Asad, [34 American troops]{figure=ain-al-asad-strike-tbi} were diagnosed.'));
    assert.deepEqual(a.figures.map((f) => [summary(f), f.explicit]), [['34 American troops → ain-al-asad-strike-tbi [34]', true]]);
  });

  test('an annotation may leave the qualifier outside the brackets', () => {
    const a = analyze(article('2020-08-20', 'Over [5,000 US troops]{figure=us-troops-iraq} are in the country.'));
    assert.deepEqual(a.figures.map(summary), ['Over 5,000 US troops → us-troops-iraq (5000, ∞)']);
    assert.equal(a.figures[0].explicit, true);
  });

  test('an annotated number the recogniser would pass over is still a figure', () => {
    const a = analyze(article('2020-08-20', 'The garrison is [2000 strong]{figure=us-troops-iraq}.'));
    assert.equal(a.figures.length, 1);
    assert.equal(a.figures[0].key, 'us-troops-iraq');
    assert.equal(a.figures[0].explicit, true);
  });

  test('the figure\'s own sentence decides; the sentence before only breaks a tie', () => {
    const rows: [string, string, string[]][] = [
      // own sentence names the US (troop level), the one before the base (strike count): own wins
      ['2020-03-01', 'Officials at Ain al-Asad briefed reporters. The US moved 500 troops north.', ['500 troops → us-troops-iraq [450, 550]']],
      // own sentence names nothing: the sentence before breaks the tie
      ['2020-01-25', 'Iran fired missiles at Ain al-Asad. By then 34 troops had been flown out.', ['34 troops → ain-al-asad-strike-tbi [34]']],
      // one entity of each figure in the own sentence, and the sentence before names neither: no key
      ['2020-01-25', 'Reporters waited. At Ain al-Asad, 34 US troops were flown out.', ['34 US troops → - [34]']],
    ];
    for (const [published, body, expected] of rows) assert.deepEqual(analyze(article(published, body)).figures.map(summary), expected, body);
  });

  test('a casualty count never takes the key of a level, and the reverse', () => {
    const rows: [string, string, string[]][] = [
      ['2020-03-01', 'About 50 US troops were wounded in Iraq last year.', ['About 50 US troops → - [45, 55]']],
      ['2020-03-01', 'Rockets killed two US soldiers in Iraq.', ['two US soldiers → - [2]']],
      ['2020-03-01', 'At Ain al-Asad, 1,500 US troops are stationed.', ['1,500 US troops → us-troops-iraq [1450, 1550]']],
      ['2020-03-01', 'About 5,000 US troops are deployed in Iraq.', ['About 5,000 US troops → us-troops-iraq [4500, 5500]']],
      ['2020-02-12', 'At Ain al-Asad, 109 service members were diagnosed with brain injuries.', ['109 service members → ain-al-asad-strike-tbi [109]']],
    ];
    for (const [published, body, expected] of rows) assert.deepEqual(analyze(article(published, body)).figures.map(summary), expected, body);
  });

  test('only counts take keys: a percentage of US troops is not the troop level', () => {
    const a = analyze(article('2020-03-01', 'About 20 percent of US troops in Iraq left in February.'));
    assert.deepEqual(a.figures.map((f) => [f.unit, f.key]), [['percent', null]]);
  });

  test('units fold case and plural: "Service Member" matches `service members`', () => {
    const index = figureIndex(gazetteer().gazetteer);
    const none = new Set<string>();
    assert.equal(assignKey('Service Member', new Set(['ain-al-asad']), none, index), 'ain-al-asad-strike-tbi');
    assert.equal(assignKey('soldier', new Set(['iraq']), none, index), 'us-troops-iraq');
    assert.equal(assignKey('coalition countries', new Set(['us-led-coalition']), none, index), 'coalition-members');
    assert.equal(assignKey(null, new Set(['iraq']), none, index), null);
  });

  test('the unit index is built once per gazetteer object', () => {
    const g = loadGazetteer([{ uri: GAZETTEER_URI, text: GAZETTEER_YAML }]);
    assert.equal(figureIndex(g), figureIndex(g));
    assert.notEqual(figureIndex(g), figureIndex(gazetteer().gazetteer));
  });
});

describe('figure dates', () => {
  test('a figure takes the date of its reporting clause', () => {
    const a = analyze(article('2020-02-12', 'On February 10, the Pentagon said 109 service members had been diagnosed after the strike on Ain al-Asad.'));
    assert.equal(a.figures[0].date?.value, '2020-02-10');
  });

  test('without one, the publication date', () => {
    const a = analyze(article('2020-02-12', 'The Pentagon said 109 service members had been diagnosed after the strike on Ain al-Asad.'));
    assert.equal(a.figures[0].date?.value, '2020-02-12');
  });

  test('dates are not figures, and a number after a date is still one', () => {
    const a = analyze(article('2020-01-30', 'On 16 January the Pentagon said 11 service members had been flown to Germany from Ain al-Asad.'));
    assert.deepEqual(a.figures.map(summary), ['11 service members → ain-al-asad-strike-tbi [11]']);
    assert.equal(a.figures[0].date?.value, '2020-01-16');
  });

  test('no publication date and no date in the sentence: no date', () => {
    const a = analyze(article(null, 'About 2,500 US troops remain in Iraq.'));
    assert.equal(a.figures[0].date, null);
  });
});
