// Casualty counts and levels (SPEC §4: a casualty count never takes the key of a level, and the
// reverse), read from the figure's clause; and the class of a gazetteer figure from its label and
// units. Sentences are our own, in the style of wire copy about Iraq and Syria.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classesAgree, type FigureClass, gazetteerClass, mentionClass } from '../../../server/src/core/figures/figureClass';
import type { GazetteerEntity } from '../../../server/src/core/types';
import { analyze, article, summary } from './helpers';

/** The class of the figure written `[[…]]` in `marked`. */
function classOf(marked: string, noun: string | null = null): FigureClass {
  const start = marked.indexOf('[[');
  const text = marked.replace('[[', '').replace(']]', '');
  const end = marked.indexOf(']]') - 2;
  return mentionClass(text, { start, end }, noun, text.length, 0);
}

describe('the class of a figure from its clause', () => {
  const rows: [string, FigureClass][] = [
    // casualty word after the number, past a relative clause's auxiliaries
    ['[[More than 11,000 SDF fighters]] were killed in the campaign against IS.', 'killed'],
    ['The SDF said [[11,000 fighters]] had been killed in the war.', 'killed'],
    ['[[At least 14 people]] were wounded, several of them seriously.', 'injured'],
    ['[[34 American troops]] were diagnosed with brain injuries.', 'injured'],
    ['Rockets killed [[two US soldiers]] in Iraq.', 'killed'],
    ['[[Dozens of civilians]] were among the casualties.', 'casualty'],
    // the parts of a total take the total's class
    ['A drone strike killed four people, including [[three SDF fighters]] and two civilians.', 'killed'],
    ['The attack has killed at least 154 people, including 102 militants, [[39 SDF fighters]] and 13 civilians.', 'killed'],
    ['The blast wounded 20 people, among them [[six police officers]].', 'injured'],
    // a level: hosting, keeping, counting in its ranks, having
    ['Ain al-Asad hosts [[about 1,500 coalition troops]].', 'level'],
    ['NATO Mission Iraq, which now has [[about 500 personnel]], is set to grow.', 'level'],
    ['The SDF, which counts [[about 60,000 fighters]] in its ranks, declared victory.', 'level'],
    ['The US keeps [[2,500 troops]] in Iraq.', 'level'],
    ['[[About 5,000 US troops]] are deployed in Iraq.', 'level'],
    // neither: must not be read as a casualty count or a level
    ['By then [[34 troops]] had been flown out.', null],
    ['Officials said [[200 families]], including 40 children, returned to Sinjar.', null],
    ['Families of [[40 detainees]] gathered outside the court, including relatives of the killed.', null],
    ['The convoy carried [[400 armored vehicles]] north.', null],
    // not a casualty count: the clause says the people fled, were held, aboard, evacuated, detained, rescued
    ['[[Some 40,000 residents]] have fled the fighting in Tal Afar.', 'other'],
    ['Gunmen hijacked the tanker and took its [[19 sailors]] to the port of Hodeidah.', 'other'],
    ['The militia is still holding [[seven aid workers]] hostage near Deir ez-Zor.', 'other'],
    ['The ferry sank off Tartus with [[about 300 passengers]] aboard.', 'other'],
    ['Coast guards rescued [[57 migrants]] from a dinghy.', 'other'],
    ['Police detained [[dozens of protesters]] in Basra overnight.', 'other'],
    ['The war has displaced [[more than 2 million people]] since 2011.', 'other'],
    // must NOT be read as not-a-casualty count: a casualty word is closer, or in the figure's own clause
    ['All [[60 people]] aboard died when the aircraft came down near Mosul.', 'killed'],
    ['Two of the [[14 hostages]] held in the compound were killed.', 'killed'],
    ['An air strike on the camp killed [[nine displaced civilians]].', 'killed'],
    ['The strike killed [[11 people]], and thousands fled the town.', 'killed'],
    ['Thousands fled, and [[27 people]] died in the shelling.', 'killed'],
    ['The ministry released a toll of [[1,200 people]] for the month.', null],
  ];
  for (const [marked, expected] of rows) test(marked, () => assert.equal(classOf(marked), expected));

  test('a count that is not a casualty count never takes a casualty figure\'s key; a level or unclassed one it may', () => {
    for (const c of ['killed', 'injured', 'casualty'] as const) assert.equal(classesAgree('other', c), false, c);
    for (const c of ['level', 'other', null] as const) assert.equal(classesAgree('other', c), true, String(c));
  });

  test('a casualty noun counts for itself; a level noun does not decide alone', () => {
    assert.equal(classOf('The blast left [[12 killed]].', 'killed'), 'killed');
    assert.equal(classOf('Officials listed [[12 wounded]] at the hospital.', 'wounded'), 'injured');
  });
});

function figure(label: string, units: string[]): GazetteerEntity {
  return { id: 'x', kind: 'figure', name: label, aliases: [], location: {} as GazetteerEntity['location'], fields: {}, units } as GazetteerEntity;
}

describe('the class of a gazetteer figure', () => {
  const rows: [string, string[], FigureClass][] = [
    ['US troops deployed in Iraq', ['troops'], 'level'],
    ['Coalition personnel killed in the rocket attack on Camp Taji', ['service members', 'people'], 'killed'],
    ['US service members diagnosed with brain injuries after the strike', ['service members', 'troops'], 'injured'],
    ['Casualties of the Ghwayran prison attack', ['people'], 'casualty'],
    ['People killed and wounded in the Tower 22 attack', ['people'], 'casualty'],
    // a count of people that names no casualty is a strength
    ['Fighters in the ranks of the SDF', ['fighters'], 'level'],
    ['Estimated Islamic State fighters in Iraq and Syria', ['fighters', 'militants'], 'level'],
    ['Residents of al-Hol camp', ['residents'], 'level'],
    // not people: no class
    ['Attacks on US forces in Iraq and Syria since October 2023', ['attacks'], null],
    ['Drones launched at US bases', ['drones'], null],
  ];
  for (const [label, units, expected] of rows) test(label, () => assert.equal(gazetteerClass(figure(label, units)), expected));
});

describe('which classes agree', () => {
  const rows: [FigureClass, FigureClass, boolean][] = [
    [null, 'level', true], ['killed', null, true], ['killed', 'killed', true],
    ['killed', 'injured', false], ['injured', 'killed', false],
    ['casualty', 'killed', true], ['injured', 'casualty', true],
    ['killed', 'level', false], ['level', 'injured', false], ['level', 'casualty', false],
  ];
  for (const [mention, fig, expected] of rows) test(`${mention} → ${fig}`, () => assert.equal(classesAgree(mention, fig), expected));
});

describe('keys follow the class', () => {
  test('a level never takes a casualty key: "the base hosts N troops"', () => {
    // The only figure about Ain al-Asad in the test gazetteer is the brain-injury count.
    const a = analyze(article('2020-01-08', 'Ain al-Asad hosts about 1,500 troops.'));
    assert.deepEqual(a.figures.map(summary), ['about 1,500 troops → - [1350, 1650]']);
  });

  test('a casualty count never takes the key of a strength: "Islamic State said 12 fighters were killed"', () => {
    const a = analyze(article('2020-02-13', 'Iraqi forces said 12 Islamic State fighters were killed in an airstrike.'));
    assert.deepEqual(a.figures.map(summary), ['12 Islamic State fighters → - [12]']);
  });

  test('a count that says neither still takes the key its entities point to', () => {
    const a = analyze(article('2021-02-01', 'An estimated 2,500 Islamic State fighters remain active in Iraq and Syria.'));
    assert.deepEqual(a.figures.map(summary), ['An estimated 2,500 Islamic State fighters → is-operatives [2250, 2750]']);
  });
});
