// A figure's date is the date it is reported as of (SPEC §4): `as of`, else the reporting clause
// that governs it, else a date of its own clause; never a date inside an event's noun phrase or
// of the event's verb; else the publication date. Sentences are our own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateRole } from '../../../server/src/core/figures/figureDate';
import { analyze, article } from './helpers';

/** The figure's text and its date, for each figure of a one-paragraph article. */
function asOf(published: string, body: string): string[] {
  return analyze(article(published, body)).figures.map((f) => `${f.text} @ ${f.date?.value ?? '-'}`);
}

describe('the date a figure is reported as of', () => {
  const rows: [string, string, string, string[]][] = [
    // published Wednesday 2020-02-05
    ['the reporting clause, not the event in the noun phrase', '2020-02-05',
      'More than 40 service members hurt in the Jan. 28 drone strike have been treated, the Pentagon said on Monday.',
      ['More than 40 service members @ 2020-02-03']],
    ['a wire-style reporting date without "on"', '2020-02-05',
      'The Pentagon said Monday that 50 service members were hurt in the strike on Jan. 8.',
      ['50 service members @ 2020-02-03']],
    ['a reporting date before its verb', '2020-02-05',
      'The Pentagon on Tuesday said 64 troops had been diagnosed after the Jan. 8 attack.',
      ['64 troops @ 2020-02-04']],
    ['a fronted reporting date', '2020-02-05',
      'On Monday, officials said 64 service members had been diagnosed.',
      ['64 service members @ 2020-02-03']],
    ['an explicit "as of"', '2020-02-05',
      'As of Jan. 30, the Pentagon said, 64 service members had been diagnosed.',
      ['64 service members @ 2020-01-30']],
    ['"Friday\'s strike" dates the strike: publication date', '2020-02-05',
      'Twelve soldiers were wounded in Friday\'s strike near Kirkuk.',
      ['Twelve soldiers @ 2020-02-05']],
    ['"the strike on Jan. 3" dates the strike', '2020-02-05',
      'At least 10 people died in the strike on Jan. 3 near Baghdad airport.',
      ['At least 10 people @ 2020-02-05']],
    ['the date of the event verb dates the event', '2020-02-05',
      'Five Iraqi soldiers were killed on Sunday in an ambush in Diyala.',
      ['Five Iraqi soldiers @ 2020-02-05']],
    // another clause's report: a coordinated clause with its own reporting verb governs the figure
    ['a dated report of another clause, and an undated one of the figure\'s own', '2020-02-05',
      'The governor said on Monday that the curfew would stay, and the army said its units had detained 14 suspects.',
      ['14 suspects @ 2020-02-05']],
    ['must not: a report embedded in the dated one stays the dated one\'s', '2020-02-05',
      'The commander told reporters on Monday that the cell, which he said had planted 30 bombs, was broken up.',
      ['30 bombs @ 2020-02-03']],
    ['must not: the dated report\'s own verb after the date', '2020-02-05',
      'The ministry on Monday said 14 suspects had been detained.',
      ['14 suspects @ 2020-02-03']],
    // the start of a span dates the start, not the count
    ['a date in a "since … began" clause', '2020-02-05',
      'The army said 9 soldiers were wounded, the first losses it has reported since the offensive began on Monday.',
      ['9 soldiers @ 2020-02-05']],
    ['a date of "started"', '2020-02-05',
      'At least 300 families have left since shelling started on Sunday, the agency said.',
      ['At least 300 families @ 2020-02-05']],
    ['a date of the figure\'s own clause', '2020-02-05',
      'In January, about 5,200 US troops were in Iraq.',
      ['about 5,200 US troops @ 2020-01']],
    ['no date at all: the publication date', '2020-02-05',
      'About 2,500 US troops remain in Iraq.',
      ['About 2,500 US troops @ 2020-02-05']],
    // a point of the figure's clause whose verb states a level: the date the count held
    ['a state verb and "in <month year>"', '2025-11-20',
      'More than 300 advisers remained in al-Anbar in October 2025, an official said.',
      ['More than 300 advisers @ 2025-10']],
    ['a perfect totals up to its date', '2020-02-05',
      'On Monday, 64 service members had been diagnosed.',
      ['64 service members @ 2020-02-03']],
    ['"put the strength at N": a level stated', '2025-01-10',
      'In 2024, US officials put the strength of Islamic State at about 2,500 fighters across Iraq and Syria.',
      ['about 2,500 fighters @ 2024']],
    ['"the toll rose to N on <day>": the level reached', '2020-02-05',
      'The toll rose to 64 service members on Monday.',
      ['64 service members @ 2020-02-03']],
    ['a speech act is a reporting clause, past an apposition', '2025-02-26',
      'The official urged Syria\'s Foreign Minister, Asaad al-Shaibani, on Tuesday to take charge of the 37,000 residents.',
      ['37,000 residents @ 2025-02-25']],
    // a span is no as-of date: the reporting clause's date or the publication date
    ['"since <year>"', '2024-09-27',
      'Attacks in Iraq have fallen by more than 90 percent since 2017.',
      ['more than 90 percent @ 2024-09-27']],
    ['"this month"', '2024-12-20',
      'US aircraft have struck dozens of targets in central Syria this month.',
      ['dozens of targets @ 2024-12-20']],
    ['"over the past week"', '2024-12-20',
      'About 40 families remained in the camp over the past week.',
      ['About 40 families @ 2024-12-20']],
    // a date after publication is a plan or a deadline, not an as-of date
    ['a deadline "by <date>" after publication', '2024-12-20',
      'The US keeps 2,500 troops in Iraq under a deal that ends the mission by September 2026.',
      ['2,500 troops @ 2024-12-20']],
    ['a future clause', '2021-02-16',
      'The mission, which now has about 500 personnel, will grow when ministers meet on Thursday.',
      ['about 500 personnel @ 2021-02-16']],
    // an action's date dates the action, not the count
    ['an action verb in the past', '2021-03-18',
      'Baghdad brought back 94 families from al-Hol in late February.',
      ['94 families @ 2021-03-18']],
    ['a fronted date of an action', '2020-01-15',
      'Two weeks ago, a roadside bomb wounded three coalition advisers near Shaddadi, the source added.',
      ['three coalition advisers @ 2020-01-15']],
    ['a passive action', '2025-07-10',
      'Two Britons were flown out of Roj camp last week, a camp official added.',
      ['Two Britons @ 2025-07-10']],
    ['a relative clause of another noun', '2021-03-18',
      'Officials said a sweep that ended on Tuesday led to the arrest of 125 people.',
      ['125 people @ 2021-03-18']],
    ['a fronted date of a pluperfect report', '2024-01-29',
      'On Sunday, Central Command had said 25 service members were injured in the attack.',
      ['25 service members @ 2024-01-28']],
    ['a span is no report date, whatever word before it looks like a verb', '2024-01-19',
      'The agency said its teams had registered dozens of new sites in Gedaref and Kassala states since December.',
      ['dozens of new sites @ 2024-01-19']],
    ['a report made "this month" is dated by its month', '2025-02-27',
      'The minister told reporters this month that the group keeps roughly 2,000 armed members.',
      ['roughly 2,000 armed members @ 2025-02']],
    ['a name after the determiner is the report\'s object, not an event', '2025-06-14',
      'The envoy told the Security Council on Friday that 78 people had been killed.',
      ['78 people @ 2025-06-13']],
    ['a subject pronoun after the reporting verb starts the reported clause', '2025-04-22',
      'The U.N. says it needs $25 million this year to support returnees.',
      ['$25 million @ 2025-04-22']],
    ['the parts of a total are not dated by a relative clause after them', '2025-01-16',
      'On Wednesday, a drone strike killed 18 people, including 11 fighters and nine villagers who had joined a convoy, the group said.',
      ['18 people @ 2025-01-16', '11 fighters @ 2025-01-16', 'nine villagers @ 2025-01-16']],
    ['must not: a lower-case noun after the determiner is still the event', '2020-02-05',
      'Five soldiers were hurt in the attack on the base on Jan. 3, officials said.',
      ['Five soldiers @ 2020-02-05']],
    // another clause between the date and the figure
    ['a relative clause whose verb takes the figure', '2023-09-04',
      'Envoys met tribal leaders on Sunday to end a week of clashes that have killed dozens of people, the embassy said.',
      ['dozens of people @ 2023-09-04']],
    ['must not: a relative clause the sentence goes on past leaves the date to the main verb', '2025-11-20',
      'In October, the force that is deployed in Anbar numbered 2,500 troops.',
      ['2,500 troops @ 2025-10']],
    ['", which" starts another clause', '2025-01-28',
      'Sunday, the secretary spoke with Sudani about the fight against Islamic State, which still has an estimated 2,500 fighters.',
      ['an estimated 2,500 fighters @ 2025-01-28']],
  ];
  for (const [why, published, body, expected] of rows) test(why, () => assert.deepEqual(asOf(published, body), expected));
});

describe('date roles', () => {
  const rows: [string, string, string][] = [
    ['hurt in the ', ' drone strike have been treated', 'event'],
    ['the Pentagon said on ', '.', 'report'],
    ['The Pentagon ', ' said 34 troops', 'report'],
    ['', ', officials said', 'report'],
    ['killed 12 soldiers on ', ', officials said', 'event'],
    ['died in the strike on ', ' near Baghdad', 'event'],
    ['', '\'s attack on the base', 'event'],
    ['', '\'s briefing put the toll at 34', 'report'],
    ['had been diagnosed as of ', '.', 'asOf'],
    ['The US military on ', ' raised the toll', 'clause'],
    ['In ', ', about 5,200 troops were in Iraq', 'clause'],
    ['were killed on ', ' in an ambush', 'event'],
    ['urged Syria\'s Foreign Minister, Asaad al-Shaibani, on ', ' to act', 'report'],
    // not an apposition: a comma before the date still ends the clause
    ['The convoy left the base, on ', ' at dawn', 'clause'],
    ['On ', ', Central Command had said 25 were hurt', 'report'],
    ['On ', ', the troops had left', 'clause'],
  ];
  for (const [before, after, role] of rows) test(`${before}<date>${after} → ${role}`, () => assert.equal(dateRole(before, after), role));
});
