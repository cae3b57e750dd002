import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatInterval } from '../../../server/src/core/figures/interval';
import { type RecognizedFigure, recognizeFigures } from '../../../server/src/core/figures/recognizeFigures';
import { DEFAULT_SETTINGS, withDefaults } from '../../../server/src/core/settings';

/** `text|noun|interval` (and `|c=N` for vague amounts, `|unit` for what is not a count) — what a hover would show. */
function render(sentence: string, f: RecognizedFigure): string {
  const conservative = f.conservative === undefined ? '' : `|c=${f.conservative}`;
  const unit = f.unit === 'count' ? '' : `|${f.unit}`;
  return `${sentence.slice(f.span.start, f.span.end).replace(/\s+/g, ' ')}|${f.noun ?? ''}|${formatInterval(f.interval)}${conservative}${unit}`;
}

function recognize(sentence: string, settings = DEFAULT_SETTINGS): string[] {
  return recognizeFigures(sentence, { start: 0, end: sentence.length }, { settings }).map((f) => render(sentence, f));
}

// Each row: a sentence in our own words, and every figure in it.
const FIGURES: [string, string[]][] = [
  // a rate counts its noun; `per day`/`a day` is not part of the noun
  ['Output at the Rumaila field reached 1.4 million barrels per day in May.', ['1.4 million barrels|barrels|[1350000, 1450000]']],
  ['Smugglers trucked roughly 20,000 barrels a day across the border.', ['roughly 20,000 barrels|barrels|[18000, 22000]']],
  ['Storage tanks at Baiji held 300 barrels of crude.', ['300 barrels|barrels|[250, 350]']],
  // `that` after a reporting verb or a conjunction is a conjunction; a single count stops at its verb
  ['Medics said that one soldier died of his wounds.', ['one soldier|soldier|[1]']],
  ['Police reported the blast and that one guard fled.', ['one guard|guard|[1]']],
  // qualifiers
  ['Over 5,000 US troops have been deployed in Iraq.', ['Over 5,000 US troops|troops|(5000, ∞)']],
  ['There are more than 61 countries taking part.', ['more than 61 countries|countries|(61, ∞)']],
  ['Officials counted above 300 fighters.', ['above 300 fighters|fighters|(300, ∞)']],
  ['In excess of 1,000 people fled.', ['In excess of 1,000 people|people|(1000, ∞)']],
  ['At least 50 people died in the blast.', ['At least 50 people|people|[50, ∞)']],
  ['No fewer than 12 militants surrendered.', ['No fewer than 12 militants|militants|[12, ∞)']],
  ['Nearly 5,000 troops remain.', ['Nearly 5,000 troops|troops|[4500, 5000)']],
  ['Almost 110 service members were screened.', ['Almost 110 service members|service members|[99, 110)']],
  ['Up to 3,000 troops could stay.', ['Up to 3,000 troops|troops|[0, 3000]']],
  ['At most 40 advisers will stay.', ['At most 40 advisers|advisers|[0, 40]']],
  ['No more than 200 personnel remain.', ['No more than 200 personnel|personnel|[0, 200]']],
  ['Fewer than 100 soldiers were left at the base.', ['Fewer than 100 soldiers|soldiers|[0, 100]']],
  ['Less than 20 civilians were evacuated.', ['Less than 20 civilians|civilians|[0, 20]']],
  ['About 2,500 US troops are still in the country.', ['About 2,500 US troops|troops|[2250, 2750]']],
  ['Around 900 soldiers took part.', ['Around 900 soldiers|soldiers|[810, 990]']],
  ['Some 3,000 soldiers were withdrawn.', ['Some 3,000 soldiers|soldiers|[2700, 3300]']],
  ['Approximately 400 contractors left.', ['Approximately 400 contractors|contractors|[360, 440]']],
  ['Roughly 70 vehicles were seen.', ['Roughly 70 vehicles|vehicles|[63, 77]']],
  ['An estimated 2,500 of its operatives are still active.', ['An estimated 2,500 of its operatives|operatives|[2250, 2750]']],
  ['Exactly 109 service members were diagnosed.', ['Exactly 109 service members|service members|[109]']],
  ['A total of 20 people were hurt.', ['A total of 20 people|people|[15, 25]']],
  ['The unit has 5,000 or more troops.', ['5,000 or more troops|troops|[5000, ∞)']],
  ['Officials counted 300-plus soldiers.', ['300-plus soldiers|soldiers|[300, ∞)']],
  ['They brought 40 or so advisers.', ['40 or so advisers|advisers|[36, 44]']],
  // bare numbers and their rounding
  ['The base hosted 5,000 troops.', ['5,000 troops|troops|[4500, 5500]']],
  ['The group fields 2,500 fighters.', ['2,500 fighters|fighters|[2450, 2550]']],
  ['The alliance has 61 countries.', ['61 countries|countries|[61]']],
  ['The Pentagon said 110 service members were hurt.', ['110 service members|service members|[105, 115]']],
  ['The camp held 100 detainees.', ['100 detainees|detainees|[50, 150]']],
  ['Officers counted 5 000 troops.', ['5 000 troops|troops|[4500, 5500]']],
  ['The count reached 34 American troops.', ['34 American troops|troops|[34]']],
  ['Doctors examined 11 service members.', ['11 service members|service members|[11]']],
  ['Iraq\'s 5,000 troops were on alert.', ['5,000 troops|troops|[4500, 5500]']],
  ['The strike killed 12.', ['12||[12]']],
  // number words, dozens and vague amounts
  ['Twenty-one soldiers were moved.', ['Twenty-one soldiers|soldiers|[21]']],
  ['Ninety-nine recruits graduated.', ['Ninety-nine recruits|recruits|[99]']],
  ['Eleven service members were flown out.', ['Eleven service members|service members|[11]']],
  ['One soldier was hurt.', ['One soldier|soldier|[1]']],
  ['A dozen soldiers guarded the gate.', ['A dozen soldiers|soldiers|[12]']],
  ['More than a dozen drones were shot down.', ['More than a dozen drones|drones|(12, ∞)']],
  ['Two dozen trucks left.', ['Two dozen trucks|trucks|[24]']],
  ['Dozens of soldiers were treated.', ['Dozens of soldiers|soldiers|[24, 99]|c=12']],
  ['Hundreds of civilians fled the town.', ['Hundreds of civilians|civilians|[200, 999]|c=100']],
  ['Thousands of people marched.', ['Thousands of people|people|[2000, 9999]|c=1000']],
  ['Tens of thousands of residents left.', ['Tens of thousands of residents|residents|[20000, 99999]|c=10000']],
  // scale words
  ['The war displaced 1.5 million people.', ['1.5 million people|people|[1450000, 1550000]']],
  ['Some 2 million refugees returned.', ['Some 2 million refugees|refugees|[1800000, 2200000]']],
  ['A force of 12k troops massed.', ['12k troops|troops|[11500, 12500]']],
  ['Five thousand soldiers paraded.', ['Five thousand soldiers|soldiers|[4500, 5500]']],
  // ranges
  ['Between 10 and 15 fighters were captured.', ['Between 10 and 15 fighters|fighters|[10, 15]']],
  ['Officials said 10 to 15 fighters were captured.', ['10 to 15 fighters|fighters|[10, 15]']],
  ['Officials said 10-15 fighters were captured.', ['10-15 fighters|fighters|[10, 15]']],
  ['Two or three drones crashed.', ['Two or three drones|drones|[2, 3]']],
  ['About 10 to 20 advisers stayed.', ['About 10 to 20 advisers|advisers|[9, 22]']],
  // several figures in one sentence
  ['The blast left 12 killed, including 5 soldiers and 9 civilians.',
    ['12 killed|killed|[12]', '5 soldiers|soldiers|[5]', '9 civilians|civilians|[9]']],
  ['The tally rose from 11 to 34 service members.', ['11|service members|[11]', '34 service members|service members|[34]']],
  ['In 2000 troops arrived.', []],
  // designations of aircraft and weapons modify the counted noun; their digits are no figures
  ['Two F-16 jets and an MQ-9 drone flew over.', ['Two F-16 jets|jets|[2]']],
  ['Two F/A-18 fighter jets bombed artillery near Erbil.', ['Two F/A-18 fighter jets|jets|[2]']],
  ['The air force lost four F-16s over Idlib.', ['four F-16s|F-16s|[4]']],
  // durations are counts of their noun (SPEC §4: a count is the default unit)
  ['The talks lasted 18 months.', ['18 months|months|[18]']],
  ['Sanctions were suspended for 180 days.', ['180 days|days|[175, 185]']],
  ['Commandos spent about two hours on the ground.', ['about two hours|hours|[1.8, 2.2]']],
  ['A 10-day ceasefire held for five weeks.', ['five weeks|weeks|[5]']],
  // a singular known-looking noun before a plural one modifies it
  ['Militias launched four small attack drones at the base.', ['four small attack drones|drones|[4]']],
  // "around"/"about" after a determiner and a noun is a preposition, not "approximately"
  ['The sides agreed to a ceasefire around two Aleppo neighborhoods.', ['two Aleppo neighborhoods|neighborhoods|[2]']],
  ['The fighting around 12 villages went on.', ['12 villages|villages|[12]']],
  ['A report about 40 detainees was released.', ['40 detainees|detainees|[35, 45]']],
  // … but not after a verb or a preposition, nor before a measure
  ['The strike killed around 20 fighters.', ['around 20 fighters|fighters|[18, 22]']],
  ['A force of around 3,000 troops stayed.', ['around 3,000 troops|troops|[2700, 3300]']],
  ['The raid hit a town around 30 km from Mosul.', ['around 30 km||[27, 33]|km']],
  ['The army sent about 500 troops north.', ['about 500 troops|troops|[450, 550]']],
  ['Only 2000 troops arrived.', ['Only 2000 troops|troops|[1500, 2500]']],
  // weights and volumes count their noun
  ['The smugglers moved 40 tonnes of fuel a week.', ['40 tonnes|tonnes|[35, 45]']],
  ['The ship carried some 21,000 tonnes of fertiliser.', ['some 21,000 tonnes|tonnes|[18900, 23100]']],
  ['The refinery stored 90 litres per day of additive.', ['90 litres|litres|[85, 95]']],
  // a possessive says how many the owner has
  ['She fled with her four children in May.', ['four children|children|[4]']],
  ['His three sons were killed in the strike.', ['three sons|sons|[3]']],
  // demonyms in -ese are their own plural, but only at the end of their phrase
  ['Among those freed were 16 Saudis and three Sudanese.', ['16 Saudis|Saudis|[16]', 'three Sudanese|Sudanese|[3]']],
  ['Chad hosts more than 600,000 Sudanese who have crossed.', ['more than 600,000 Sudanese|Sudanese|(600000, ∞)']],
  ['About 400 Sudanese refugees reached the border.', ['About 400 Sudanese refugees|refugees|[360, 440]']],
  ['Some 300 Lebanese Army soldiers deployed.', ['Some 300 Lebanese Army soldiers|soldiers|[270, 330]']],
  // names joined by a slash modify the noun as one name
  ['Forces neutralised 58 PKK/YPG militants in the north.', ['58 PKK/YPG militants|militants|[58]']],
  // a measure in brackets is a figure too (a conversion)
  ['Manbij lies 100 kilometers (62 miles) to the east.', ['100 kilometers||[50, 150]|km', '62 miles||[99.779328]|km']],
  // names joined by `and` modify one noun; plurals joined by `and` do not
  ['Five US and Iraqi troops were hurt.', ['Five US and Iraqi troops|troops|[5]']],
  ['The army said 260 PKK/PYD-YPG and Daesh terrorists were neutralized.', ['260 PKK/PYD-YPG and Daesh terrorists|terrorists|[255, 265]']],
  ['Twelve Iraqis and Syrians were killed.', ['Twelve Iraqis|Iraqis|[12]']],
  // a mixed-case designation modifies the noun; an adverb before a participle too
  ['Jets shot down two Syrian Su-24 warplanes.', ['two Syrian Su-24 warplanes|warplanes|[2]']],
  ['Salaries for some 30,000 newly recruited fighters were withheld.', ['some 30,000 newly recruited fighters|fighters|[27000, 33000]']],
  ['One family fled to Erbil.', ['One family|family|[1]']],
  // a regional currency by its demonym; the items of a deal are counted
  ['Officials pledged 2.5 billion Libyan dinars for Derna.', ['2.5 billion Libyan dinars||[2450000000, 2550000000]|LYD']],
  ['The agreement has eight points.', ['eight points|points|[8]']],
  // compounds of -man are plural
  ['The ministry said 86 policemen and 12 tribesmen were killed.', ['86 policemen|policemen|[86]', '12 tribesmen|tribesmen|[12]']],
  ['The 30 Iraqi soldiers were freed.', ['30 Iraqi soldiers|soldiers|[25, 35]']],
  // the first age of a list is an age, the count before it still counts
  ['The army named three reservists, aged 46, 24 and 23.', ['three reservists|reservists|[3]']],
  // …but a count after `call` or as young as is still a count when a noun follows
  ['The court will call 20 witnesses.', ['20 witnesses|witnesses|[15, 25]']],
  ['As young as they were, 12 recruits deserted.', ['12 recruits|recruits|[12]']],
];

// Each row: a sentence whose numbers are not figures.
const NOT_FIGURES: string[] = [
  'The 45-year-old commander spoke.',
  'The commander, aged 45, spoke.',
  'He is 45 years old.',
  'The group overran Mosul in 2014.',
  'Victory was declared in December 2017.',
  'The drone attack came on January 3.',
  'Talks were held on 12 June.',
  'The 18th edition of the exercise began.',
  'Soldiers of the 7th Division arrived.',
  'Division 7 moved north.',
  'The council passed Resolution 2231.',
  // (Was 'Two F-16 jets and an MQ-9 drone flew over.': the designations are still no figures, but
  // `Two … jets` counts jets by SPEC §4 — the head past a chain of modifiers — see FIGURES.)
  'An MQ-9 drone and an F-16 flew over.',
  'The convoy left at 10:30 local time.',
  'The curfew starts at 9 pm.',
  'Call the hotline on +964 770 123 4567.',
  // (`The talks lasted 18 months.` moved to FIGURES: SPEC §4 lists ages, years, ordinals and unit
  // names as non-amounts, not durations; a duration is a count of its noun.)
  'He turned 45 years old in March.',
  'No one was hurt.',
  'The drone came in as a friendly one returning to the outpost.',
  'The first convoy left and a second one followed.',
  'One of the sites was handed over.',
  'The two met on the border.',
  'Activist Mahrang Baloch (31) was detained.',
  'Flight 752 was shot down.',
  'Read section 3.2.1 of the report.',
  'The dates 3/1/2020 were wrong.',
  'The talks ran between 2019 and 2021.',
  'A 10-day ceasefire held.',
  // `that one` as a determiner is no count; (weights and volumes moved to FIGURES: an amount
  // without a unit of its own counts its noun, SPEC §4)
  'He kept that one rifle for decades.',
  // a possessive's count is an amount, the definite `the`/`all`/`both` before a small number is not
  'The two sides met; all four were freed.',
  'Both three were released.',
  // the later ages of a list are ages too
  'The dead were reservists aged 46, 24 and 23.',
  // `one` before a participle no noun follows is a pronoun; a leading zero makes a code
  'Earlier truces, including one agreed in Astana in 2017, collapsed.',
  'Families can call the hotline on 0912 345 678.',
  'Exiles set up a line, +33 1 4567 8900, for families.',
  // an age after `who was`
  'They beheaded the retired chief, who was 82.',
  // a number between `the` and a capitalised singular word names a unit
  'Forces including the 444 Brigade took over the district.',
  // an age after `as young as`; numbers to call
  'Among the dead were children as young as 12.',
  'Some victims were as old as ninety.',
  'Residents can reach the hotline 113 at any hour.',
  'Families should call 113 or the Red Crescent.',
  'Survivors can dial 104, the civil defence said.',
];

describe('figure expressions', () => {
  for (const [sentence, expected] of FIGURES) {
    test(sentence, () => assert.deepEqual(recognize(sentence), expected));
  }
});

describe('numbers that are not figures', () => {
  for (const sentence of NOT_FIGURES) {
    test(sentence, () => assert.deepEqual(recognize(sentence), []));
  }
});

describe('qualifier tolerances come from settings', () => {
  test('about N uses approximateTolerance', () => {
    const settings = withDefaults({ figures: { approximateTolerance: 0.2 } });
    assert.deepEqual(recognize('About 1,000 troops stayed.', settings), ['About 1,000 troops|troops|[800, 1200]']);
  });
  test('nearly N uses nearlyTolerance', () => {
    const settings = withDefaults({ figures: { nearlyTolerance: 0.05 } });
    assert.deepEqual(recognize('Nearly 1,000 troops stayed.', settings), ['Nearly 1,000 troops|troops|[950, 1000)']);
  });
  test('a bare number is its rounding whatever the tolerances (no cap)', () => {
    const settings = withDefaults({ figures: { approximateTolerance: 0.02 } });
    assert.deepEqual(recognize('The base hosted 5,000 troops.', settings), ['5,000 troops|troops|[4500, 5500]']);
  });
});

describe('spans and offsets', () => {
  test('the number span excludes qualifier and noun, offsets are into the given text', () => {
    const text = 'Intro. Over 5,000 US troops stayed.';
    const [f] = recognizeFigures(text, { start: 7, end: text.length }, { settings: DEFAULT_SETTINGS });
    assert.equal(text.slice(f.numberSpan.start, f.numberSpan.end), '5,000');
    assert.equal(text.slice(f.span.start, f.span.end), 'Over 5,000 US troops');
    assert.equal(f.qualifier, 'Over');
  });
  test('spans to skip (dates) are not read as figures', () => {
    const text = 'On 16 January 11 service members were flown out.';
    const skip = [{ start: 3, end: 13 }];
    const found = recognizeFigures(text, { start: 0, end: text.length }, { settings: DEFAULT_SETTINGS, skip });
    assert.deepEqual(found.map((f) => render(text, f)), ['11 service members|service members|[11]']);
  });
  test('"hand over 12 sites" is a transfer, not more than 12', () => {
    assert.deepEqual(recognize('The coalition will hand over 12 sites.'), ['12 sites|sites|[12]']);
  });
});
