// Table tests for SPEC §4 (as changed): rounding of bare numbers, units (percent, money, km,
// times), the head of the counted noun phrase, and words that are not amounts. Sentences are our
// own, in the style of wire copy about Iraq and Syria.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatInterval } from '../../../server/src/core/figures/interval';
import { recognizeFigures } from '../../../server/src/core/figures/recognizeFigures';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';

/** `text|unit|noun|interval` for every figure of a sentence. */
function recognize(sentence: string): string[] {
  return recognizeFigures(sentence, { start: 0, end: sentence.length }, { settings: DEFAULT_SETTINGS })
    .map((f) => `${sentence.slice(f.span.start, f.span.end)}|${f.unit}|${f.noun ?? ''}|${formatInterval(f.interval)}`);
}

function table(name: string, rows: [string, string[]][]): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) test(sentence, () => assert.deepEqual(recognize(sentence), expected));
  });
}

table('a bare number covers its rounding (half a unit of its last non-zero digit, no cap)', [
  ['Iraqi officials said 5,000 families had returned to Ramadi.', ['5,000 families|count|families|[4500, 5500]']],
  ['The ministry sent 400 police officers to the Nineveh plains.', ['400 police officers|count|officers|[350, 450]']],
  ['Turkey moved 7,000 soldiers toward the Syrian border.', ['7,000 soldiers|count|soldiers|[6500, 7500]']],
  ['The militia claims 2,500 volunteers in Diyala.', ['2,500 volunteers|count|volunteers|[2450, 2550]']],
  ['Delegations from 61 countries met in Baghdad.', ['61 countries|count|countries|[61]']],
  ['Rescuers pulled 110 survivors from the rubble in Idlib.', ['110 survivors|count|survivors|[105, 115]']],
  // qualifiers keep their own intervals
  ['More than 40 service members were treated in Germany.', ['More than 40 service members|count|service members|(40, ∞)']],
  ['At least 300 detainees were moved from the camp.', ['At least 300 detainees|count|detainees|[300, ∞)']],
  ['Nearly 1,000 fighters surrendered near Baghuz.', ['Nearly 1,000 fighters|count|fighters|[900, 1000)']],
  ['Up to 200 advisers could stay in Erbil.', ['Up to 200 advisers|count|advisers|[0, 200]']],
  ['Fewer than 50 families remain in the village.', ['Fewer than 50 families|count|families|[0, 50]']],
  ['Roughly 600 trucks crossed at Rabia.', ['Roughly 600 trucks|count|trucks|[540, 660]']],
]);

table('units: percent, money, distance, times', [
  ['Turnout in Anbar was 40 percent, the commission said.', ['40 percent|percent||[35, 45]']],
  ['Turnout in Basra was 44 percent.', ['44 percent|percent||[44]']],
  ['Prices in Damascus rose 12% in a month.', ['12%|percent||[12]']],
  ['About 30 per cent of the wheat crop was lost.', ['About 30 per cent|percent||[27, 33]']],
  ['Washington pledged $10 million for demining in Mosul.', ['$10 million|USD||[5000000, 15000000]']],
  ['The donors gave more than $2.5 billion to the appeal.', ['more than $2.5 billion|USD||(2500000000, ∞)']],
  ['The EU added 50 million euros for Syrian refugees.', ['50 million euros|EUR||[45000000, 55000000]']],
  ['London promised 12 million pounds in aid.', ['12 million pounds|GBP||[11500000, 12500000]']],
  ['A kilo of bread costs 2,500 Syrian pounds in Aleppo.', ['2,500 Syrian pounds|SYP||[2450, 2550]']],
  ['Salaries of 750,000 Iraqi dinars went unpaid.', ['750,000 Iraqi dinars|IQD||[745000, 755000]']],
  ['The convoy drove 180 kilometers to Deir el-Zor.', ['180 kilometers|km||[175, 185]']],
  ['The base lies 30 miles north of Baghdad.', ['30 miles|km||[40.2336, 56.32704]']],
  ['Troops cleared a 20-kilometer stretch of the highway.', ['20-kilometer|km||[15, 25]']],
  ['The town is 12km from the front.', ['12km|km||[12]']],
  ['The base was hit three times in a week.', ['three times|times||[3]']],
  ['Attacks rose to nearly four times the level of last year.', ['nearly four times|times||[3.6, 4)']],
  // a unit after the number makes it a measure even after a name (`Division 7` is a label, `Syria 78 times` is not)
  ['Militias attacked US forces in Syria 78 times since January.', ['78 times|times||[78]']],
  ['Prices in Aleppo rose 40 percent.', ['40 percent|percent||[35, 45]']],
]);

table('units that are not figures stay out', [
  ['The truck carried 500 pounds of explosives.', []],
  ['Support fell by 3 percentage points.', []],
  // (A duration is no longer left out: SPEC §4 reads it as a count of its noun, see recognize.test.ts.)
  ['The siege ended when its commander was 45 years old.', []],
  // (`The shell weighed 40 kg.` is now a count of kg: an amount without a unit of its own, SPEC §4.)
  ['The temperature reached 48 degrees in Basra.', []],
]);

table('the counted noun is the head of the noun phrase', [
  ['Militias launched four small attack drones at the base.', ['four small attack drones|count|drones|[4]']],
  ['The Pentagon sent 450 U.S. Marines to Baghdad.', ['450 U.S. Marines|count|Marines|[445, 455]']],
  ['Two Britons were detained in Erbil.', ['Two Britons|count|Britons|[2]']],
  ['Gunmen fired three one-way attack drones at Tal Baydar.', ['three one-way attack drones|count|drones|[3]']],
  ['Some 500 Peshmerga fighters joined the push.', ['Some 500 Peshmerga fighters|count|fighters|[450, 550]']],
  ['Officials counted 12 Kataib Hezbollah rockets.', ['12 Kataib Hezbollah rockets|count|rockets|[12]']],
  ['The army deployed 300 Special Forces troops.', ['300 Special Forces troops|count|troops|[250, 350]']],
  ['Nine crew members were rescued off Latakia.', ['Nine crew members|count|crew members|[9]']],
  ['One American contractor was killed.', ['One American contractor|count|contractor|[1]']],
  ['Five Iraqis and two Syrians were arrested.', ['Five Iraqis|count|Iraqis|[5]', 'two Syrians|count|Syrians|[2]']],
  // a verb or preposition ends the phrase: no noun
  ['The rocket attack wounded 12 near the gate.', ['12|count||[12]']],
  ['Police said 30 were detained.', ['30|count||[25, 35]']],
]);

describe('words that are not amounts', () => {
  const rows = [
    'The two sides met in Geneva on Tuesday.',
    'The three men were handed to Iraqi police.',
    'Both sides accused each other, and all four denied it.',
    'One of them was a senior Islamic State commander.',
    'Investigators said one of the drones came from the east.',
    'The 45-year-old colonel led the brigade.',
    'The spokesman, aged 52, declined to comment.',
    'Saad al-Jubouri, 38, was released on bail.',
    'The group seized Mosul in 2014.',
    'The 7th Division moved north of Tikrit.',
    'Paratroopers of the 82nd Airborne arrived in Kuwait.',
    'It was the 3rd attack this month.',
    'Division 16 took the bridge.',
  ];
  for (const sentence of rows) test(sentence, () => assert.deepEqual(recognize(sentence), []));
  // and the same words as real amounts
  const amounts: [string, string[]][] = [
    ['Two sides of the base were shelled.', ['Two sides|count|sides|[2]']],
    ['The 5,000 troops in Iraq will stay.', ['5,000 troops|count|troops|[4500, 5500]']],
    ['In 2014 troops left the city.', []],
    ['Officials said 2014 troops had left.', ['2014 troops|count|troops|[2014]']],
  ];
  for (const [sentence, expected] of amounts) test(sentence, () => assert.deepEqual(recognize(sentence), expected));
});
