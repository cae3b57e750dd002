import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDatesInText } from '../../../server/src/core/dates/findDates';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import { datesIn, mentionsIn, precisionOfValue } from './helpers';

// Each row: a sentence in our own words, the publication day, and every date expected in it as
// "text=value" (SPEC §7 value format; the value's shape is its precision). [] means "no date".
type Row = [sentence: string, published: string | null, expected: string[]];

// 2020-01-16 and 2020-08-20 and 2026-01-15 are Thursdays; 2021-01-02 is a Saturday.
const ABSOLUTE: Row[] = [
  ['Officials blamed the January 3 drone strike for the rise in tension.', '2020-08-20', ['January 3=2020-01-03']],
  ['The strike on 3 Jan killed a senior commander.', '2020-08-20', ['3 Jan=2020-01-03']],
  ['The two delegations first met on June 12, 2020, in Baghdad.', '2020-08-20', ['June 12, 2020=2020-06-12']],
  ['The government declared victory over the militants in December 2017.', '2020-08-20', ['December 2017=2017-12']],
  ['The militants overran large parts of the north in 2014.', '2020-08-20', ['2014=2014']],
  ['Attacks on supply convoys have continued since 2014.', '2020-08-20', ['2014=2014']],
  ['The ministry statement is dated 2020-01-03.', '2020-08-20', ['2020-01-03=2020-01-03']],
  ['The vote took place on the 12th of June.', '2020-08-20', ['12th of June=2020-06-12']],
  ['Officials met on Jan. 5 in Erbil.', '2020-08-20', ['Jan. 5=2020-01-05']],
  ['By mid-2019 the group had lost its last town.', '2020-08-20', ['2019=2019']],
  ['The talks stalled in March.', '2020-08-20', ['March=2020-03']],
  ['Fighting flared again in May after a lull.', '2020-08-20', ['May=2020-05']],
  ['Talks were held from January 3 to January 5.', '2020-08-20', ['January 3=2020-01-03', 'January 5=2020-01-05']],
  ['The airfield was handed over on 20 March 2020.', '2020-08-20', ['20 March 2020=2020-03-20']],
  ['Between March and May the front barely moved.', '2020-08-20', ['March=2020-03', 'May=2020-05']],
  ['The number of displaced families rose to 2,500 in March.', '2020-08-20', ['March=2020-03']],
  ['The mission is meant to end by 2030, officials said.', '2020-08-20', ['2030=2030']],
];

const YEARLESS: Row[] = [
  // Year boundary: a late-December day in an early-January article is last year's.
  ['The convoy was ambushed on December 30.', '2021-01-02', ['December 30=2020-12-30']],
  ['A drone struck the depot on January 1.', '2021-01-02', ['January 1=2021-01-01']],
  ['The ceasefire collapsed on June 12.', '2020-01-16', ['June 12=2019-06-12']],
  ['The report came out on January 16.', '2020-01-16', ['January 16=2020-01-16']],
  ['The accord was signed on February 29.', '2021-03-01', ['February 29=2020-02-29']],
  ['Fighting broke out in November.', '2020-08-20', ['November=2019-11']],
  // Future cues turn year-less dates forward.
  ['Parliament will vote on January 20.', '2020-01-16', ['January 20=2020-01-20']],
  ['Elections are scheduled for June 12.', '2020-01-16', ['June 12=2020-06-12']],
  ['The summit is to take place on January 10.', '2020-01-16', ['January 10=2021-01-10']],
  ['The withdrawal is set to finish in March.', '2020-08-20', ['March=2021-03']],
  ['Talks will resume in August.', '2020-08-20', ['August=2020-08']],
  ['The ministers plan to meet again on December 30.', '2021-01-02', ['December 30=2021-12-30']],
];

const WEEKDAYS: Row[] = [
  ['Lawmakers voted on Wednesday to expel foreign troops.', '2020-01-16', ['Wednesday=2020-01-15']],
  // A weekday on the publication day itself is that day; "(local time)" stays outside the span.
  ['The president-elect said on Thursday (local time) that a meeting was being arranged.', '2020-01-16', ['Thursday=2020-01-16']],
  ['Rockets hit the embassy compound on Friday.', '2020-01-16', ['Friday=2020-01-10']],
  ['The minister will travel to Tehran on Friday.', '2020-01-16', ['Friday=2020-01-17']],
  // With a future cue, the publication weekday means the following week.
  ['The minister will travel to Tehran on Thursday.', '2020-01-16', ['Thursday=2020-01-16']], // the publication day itself (SPEC §4)
  // The reporting verb governs the weekday, not the "would … next week" that follows.
  ['Baghdad announced Wednesday it would take control of the air base next week.', '2026-01-15', ['Wednesday=2026-01-14', 'next week=2026-W04']],
  ['The broadcaster reported Wednesday, citing unnamed sources, that talks had begun.', '2026-01-15', ['Wednesday=2026-01-14']],
  ['On Sunday, the coalition will hand over the airfield.', '2020-01-16', ['Sunday=2020-01-19']],
  // `next to` is a place, not a time: the past verb governs (published Saturday 1998-08-08 style)
  ['Dozens were wounded in the blasts next to the embassies on Friday.', '2020-01-18', ['Friday=2020-01-17']],
  ['Twelve people were hurt in the house next door on Friday.', '2020-01-18', ['Friday=2020-01-17']],
  ['The team said it would leave next week.', '2020-01-16', ['next week=2020-W04']],
  // a plan or an intention in the past still looks ahead (published Wednesday 2020-01-15)
  ['The delegation planned to leave Erbil on Thursday.', '2020-01-15', ['Thursday=2020-01-16']],
  ['Protesters planned a march in the capital on Saturday.', '2020-01-15', ['Saturday=2020-01-18']],
  ['The ministers hoped to sign the deal on Friday.', '2020-01-15', ['Friday=2020-01-17']],
  // must not: a plan that was carried out, a passive `was planned`
  ['The raid was planned in Erbil on Monday.', '2020-01-15', ['Monday=2020-01-13']],
  // what is put off lies ahead of the putting off, whatever the tense
  ['Officials postponed until Tuesday any decision on the base.', '2020-01-15', ['Tuesday=2020-01-21']],
  ['The court adjourned the hearing to Monday.', '2020-01-15', ['Monday=2020-01-20']],
  // a stop for a time, or an infinitive's state, lasts until a day ahead (published Saturday)
  ['The airline said it had cancelled all departures until Monday.', '2025-06-14', ['Monday=2025-06-16']],
  ['Schools were ordered to stay closed until Monday evening.', '2024-04-13', ['Monday=2024-04-15']],
  ['Flights were suspended until Friday.', '2020-01-15', ['Friday=2020-01-17']],
  // a relative clause in the present is neither past nor future: the nearer occurrence
  ['President Aoun, whose term ends on October 31, said the inquiry would go on.', '2022-08-04', ['October 31=2022-10-31']],
  ['The mandate, which expires in January, was renewed.', '2022-08-04', ['January=2023-01']],
  // a participle after a comma starts an adjunct with its own tense (published Saturday)
  ['He praised the deal in a tweet on Friday, saying it would let families return.', '2020-10-10', ['Friday=2020-10-09']],
  ['On Sunday, the coalition will hand over the airfield, saying it is ready.', '2020-01-16', ['Sunday=2020-01-19']],
  // the later years of a list are years; a count after them is not
  ['They pursued it in operations in 2016, 2018 and 2019.', '2024-10-24', ['2016=2016', '2018=2018', '2019=2019']],
  // a year as a limit in time
  ['The army had been told of the cargo as early as 2014.', '2022-08-04', ['2014=2014']],
  ['Records go as far back as 1991.', '2022-08-04', ['1991=1991']],
  // must not: `until` after another past verb stays past when the clause is past
  ['Up until Thursday, they had not named him.', '2020-01-15', ['Thursday=2020-01-09']],
  ['The next round of talks will be held on Monday.', '2020-01-16', ['Monday=2020-01-20']],
  ['On Sunday, officials said the airfield will be handed over soon.', '2020-01-16', ['Sunday=2020-01-12']],
  ['Protesters gathered last Friday outside the embassy.', '2020-01-16', ['last Friday=2020-01-10']],
  ['A delegation arrives next Monday.', '2020-01-16', ['next Monday=2020-01-20']],
  ['The joint exercise ends Friday next week.', '2020-01-16', ['Friday next week=2020-01-24']],
  ["Officials said Sunday's attack wounded two soldiers.", '2020-01-16', ['Sunday=2020-01-12']],
  ['On Sunday Iraqi forces entered the town.', '2020-01-16', ['Sunday=2020-01-12']],
];

const RELATIVE: Row[] = [
  ['The decision was announced today.', '2020-01-16', ['today=2020-01-16']],
  ['Two rockets landed near the airport yesterday.', '2020-01-16', ['yesterday=2020-01-15']],
  ['The envoy is expected to arrive tomorrow.', '2020-01-16', ['tomorrow=2020-01-17']],
  ['The spokesman was quoted as saying this week that talks continue.', '2020-01-16', ['this week=2020-W03']],
  ['Clashes erupted last week in the border town.', '2020-01-16', ['last week=2020-W02']],
  ['The base will be handed over next week.', '2020-01-16', ['next week=2020-W04']],
  ['Attacks have risen this month.', '2020-01-16', ['this month=2020-01']],
  ['The council met last month.', '2020-01-16', ['last month=2019-12']],
  ['A new round of talks opens next month.', '2020-01-16', ['next month=2020-02']],
  ['The budget for this year was cut.', '2020-01-16', ['this year=2020']],
  ['Turnout fell sharply last year.', '2020-01-16', ['last year=2019']],
  ['The group lost most of its territory earlier this year.', '2020-08-20', ['earlier this year=2020']],
  ['The bridge was reopened two days ago.', '2020-01-16', ['two days ago=2020-01-14']],
  ['The governor resigned three weeks ago.', '2020-01-16', ['three weeks ago=2019-W52']],
  ['The checkpoint was moved two months ago.', '2020-01-16', ['two months ago=2019-11']],
  ['Gunfire was heard last night near the port.', '2020-01-16', ['last night=2020-01-15']],
  // ISO weeks across New Year: 2020-12-31 and 2021-01-03 both lie in 2020-W53.
  ['Talks resumed this week.', '2020-12-31', ['this week=2020-W53']],
  ['Talks resumed this week.', '2021-01-03', ['this week=2020-W53']],
  ['Talks will resume next week.', '2021-01-03', ['next week=2021-W01']],
  ['Talks stalled last week.', '2021-01-04', ['last week=2020-W53']],
];

const NOT_DATES: Row[] = [
  ['An estimated 2,500 of its operatives remain active in the desert.', '2020-08-20', []],
  ['More than 61 countries take part in the coalition.', '2020-08-20', []],
  ['Over 5,000 US troops are deployed in the country.', '2020-08-20', []],
  ['The hotline for families operates 24/7.', '2020-08-20', []],
  ['The 18th edition of the joint exercise is under way.', '2020-08-20', []],
  ['The 7th Division moved north.', '2020-08-20', []],
  ['Protesters may march on the embassy.', '2020-08-20', []],
  ['The Sunday Times reported the claim first.', '2020-08-20', []],
  ['The Sunday Herald carried the interview.', '2020-08-20', []],
  ['The convoy will reach the checkpoint in 12 minutes.', '2020-08-20', []],
  ['The first blast came at 3 pm.', '2020-08-20', []],
  ['Thousands attended Good Friday prayers in the old city.', '2020-08-20', []],
  ['The clashes resulted in 2000 deaths.', '2020-08-20', []],
  ['May the talks succeed, the cleric told worshippers.', '2020-08-20', []],
  ['The minister sat down with tribal elders.', '2020-08-20', []],
  ['The sun rose over the river.', '2020-08-20', []],
  ['The council has 2000 members.', '2020-08-20', []],
  ['', '2020-08-20', []],
];

const NO_PUBLICATION: Row[] = [
  // Relative and year-less forms cannot be placed without a publication day; full dates can.
  ['Lawmakers voted on Wednesday.', null, ['Wednesday=null']],
  ['The ceasefire collapsed on June 12.', null, ['June 12=null']],
  ['Clashes erupted last week.', null, ['last week=null']],
  ['The two delegations met on June 12, 2020.', null, ['June 12, 2020=2020-06-12']],
  ['The militants overran the city in 2014.', null, ['2014=2014']],
];

// SPEC §4 as of the accuracy work: dates by their own clause, weekdays as wire copy writes them,
// years as modifiers. 2020-01-16 is a Thursday; 2020-01-05 a Sunday; 2020-02-12 a Wednesday.
const BY_CLAUSE: Row[] = [
  // A weekday after a place, an organisation or at a sentence start is a date…
  ['A roadside bomb struck a patrol north of Kirkuk Friday, police said.', '2020-01-16', ['Friday=2020-01-10']],
  ['Kataib Hezbollah Thursday denied any role in the attack.', '2020-01-16', ['Thursday=2020-01-16']],
  ['Earlier Tuesday, the militia buried its dead.', '2020-01-16', ['Tuesday=2020-01-14']],
  ['With Friday\'s raid, the campaign entered its third week.', '2020-01-16', ['Friday=2020-01-10']],
  // …but a real name of a day is not.
  ['Markets were closed for Good Friday.', '2020-04-14', []],
  // A future clause includes the publication day; its own clause decides, not the sentence.
  ['The prime minister would address the nation on Thursday.', '2020-01-16', ['Thursday=2020-01-16']],
  ['Since the ruling was announced Wednesday, the families have said they will appeal.', '2020-01-16', ['Wednesday=2020-01-15']],
  ['The families said they would challenge Wednesday\'s ruling.', '2020-01-16', ['Wednesday=2020-01-15']],
  ['Officials said the envoy could arrive as early as Saturday.', '2020-01-16', ['Saturday=2020-01-18']],
  // A day-month with no tense signal takes the nearer occurrence; a deadline looks ahead.
  ['Parliament set Jan. 14 as the date for a vote on the troop presence.', '2020-01-05', ['Jan. 14=2020-01-14']],
  ['The forces must leave the base by Jan. 14, the ministry ruled on Wednesday.', '2020-01-05', ['Jan. 14=2020-01-14', 'Wednesday=2020-01-01']],
  ['The withdrawal is to be completed by the end of June next.', '2020-01-16', ['June=2020-06']],
  // A past verb that governs another event does not throw a date near ahead a year back…
  ['The foreign minister has invited his counterparts to a ceremony in Baghdad on March 12.', '2020-02-12', ['March 12=2020-03-12']],
  ['NATO has decided to expand its mission in early March, an official said.', '2020-02-12', ['March=2020-03']],
  // …but a past date half a year back stays there.
  ['The base was struck on Oct. 23, killing two contractors.', '2020-05-06', ['Oct. 23=2019-10-23']],
  ['He was last seen in public last November.', '2020-06-01', ['last November=2019-11']],
  // Years as modifiers and the second of a pair.
  ['The 2003 invasion toppled the government.', '2020-01-16', ['2003=2003']],
  ['A 2005 law set the borders of the region.', '2020-01-16', ['2005=2005']],
  ['Attacks rose between 2014 and 2017.', '2020-01-16', ['2014=2014', '2017=2017']],
  ['The feud dates back to 1991.', '2020-01-16', ['1991=1991']],
  // A year as the standard of a comparison dates it.
  ['Grain deliveries to Aleppo are still far below 2010 levels.', '2020-01-16', ['2010=2010']],
  ['Oil output has climbed back above pre-2014 highs.', '2020-01-16', ['2014=2014']],
  ['Exports were lower than 2018 output, the ministry said.', '2020-01-16', ['2018=2018']],
  // Must not: a count of levels, floors or records, or a year not before a comparison's noun.
  ['The tower had 2000 levels of scaffolding, the engineer joked.', '2020-01-16', []],
  ['Archivists scanned more than 2000 records from the ministry.', '2020-01-16', []],
  ['The parking garage has more than 2000 levels of access codes.', '2020-01-16', []],
  // Must not: a four-digit count after a determiner, and "now".
  ['The 2000 troops left the base.', '2020-01-16', []],
  ['The militia is now in control of the crossing.', '2020-01-16', []],
  ['As of Jan. 30, 64 service members had been diagnosed.', '2020-02-03', ['Jan. 30=2020-01-30']],
  // A month with its year written as a word, and a deadline with no tense.
  ['The ratification began in February this year.', '2020-12-03', ['February this year=2020-02']],
  ['The three states will join in April next year.', '2020-12-03', ['April next year=2021-04']],
  ['Up until Thursday, investigators had not named him a suspect.', '2020-01-17', ['Thursday=2020-01-16']],
  ['A truce until Friday.', '2020-01-16', ['Friday=2020-01-17']],
  // Named days by their calendar rule and their clause; "the October slaying" is a month.
  ['The convoy reached the border on Thanksgiving Day.', '2020-01-16', ['Thanksgiving Day=2019-11-28']],
  ['The families hope he will be home by Christmas.', '2020-01-16', ['Christmas=2020-12-25']],
  ['The talks will resume after Nowruz.', '2020-03-02', ['Nowruz=2020-03-21']],
  ['Police linked the October slaying to the group.', '2020-01-16', ['October=2019-10']],
  ['Investigators have been searching for him since shortly after the Oct. 23 killing.', '2020-05-06', ['Oct. 23=2019-10-23']],
  ['Envoys will meet the week of March 6.', '2020-02-24', ['the week of March 6=2020-W10']],
  // A day counted from a date: that many days from it (2020-02-24 is a Monday).
  ['The strike came the day before last Tuesday.', '2020-02-24', ['the day before last Tuesday=2020-02-17']],
  ['Convoys resumed two days after Jan. 5, officials said.', '2020-02-24', ['two days after Jan. 5=2020-01-07']],
  ['Fighters withdrew a day after Friday, residents said.', '2020-02-24', ['a day after Friday=2020-02-22']],
  ["A day after Friday's attack, the road reopened.", '2020-02-24', ['A day after Friday=2020-02-22']],
  ['The siege ended days after Friday.', '2020-02-24', ['Friday=2020-02-21']],
  // "the last week" is the stretch up to now, valued by the period holding most of it, not the
  // calendar week before this one; "the last week of June" is a week of June.
  ['He has been held in Erbil for the last week.', '2020-02-24', ['the last week=2020-W08']],
  ['He has been held in Erbil for the last week.', '2020-02-28', ['the last week=2020-W09']],
  ['Clashes are expected over the next month.', '2020-02-24', ['the next month=2020-03']],
  ['Prices rose 40 percent over the past year.', '2020-02-24', ['the past year=2019']],
  ['Aid arrived last week.', '2020-02-24', ['last week=2020-W08']],
  ['Voting ends the last week of June.', '2020-02-24', ['June=2020-06']],
  ['Iraq will take control next week of the air base.', '2020-02-24', ['next week=2020-W10']],
  // `next` right after a weekday looks ahead, unless it is the preposition "next to".
  ['A car bomb exploded Monday next to a bus, the civil defence said.', '2025-02-04', ['Monday=2025-02-03']],
  ['The talks open Monday next, officials said.', '2025-02-04', ['Monday=2025-02-10']],
  // "today's youth" is the present age; "today's vote" is the day.
  ["Veterans say today's youth know little of the siege.", '2020-02-24', []],
  ["Elders blamed today's digital world.", '2020-02-24', []],
  ["Today's vote was postponed.", '2020-02-24', ['Today=2020-02-24']],
  ["Lawmakers rejected today's deadly attack on the base.", '2020-02-24', ['today=2020-02-24']],
  ['Pilgrims are expected for Easter week.', '2020-02-24', ['Easter week=2020-W15']],
  ['No foreign combat troops will remain by the end of the year.', '2021-12-09', ['end of the year=2021']],
  ['Attacks nearly tripled in 2024 compared with 2023.', '2025-04-18', ['2024=2024', '2023=2023']],
  ['The minister approved the plan on Thursday, officials said.', '2025-04-18', ['Thursday=2025-04-17']],
  ['He led the group until it was dissolved in January.', '2025-11-11', ['January=2025-01']],
  // A present-tense clause is neither past nor future: the nearer occurrence.
  ['Relatives vowed to fight on when the case is heard in May.', '2020-03-29', ['May=2020-05']],
];

function runTable(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const [sentence, published, expected] of rows) {
      test(`${JSON.stringify(sentence)} (published ${published ?? 'none'}) → ${expected.join(', ') || 'no date'}`, () => {
        assert.deepEqual(datesIn(sentence, published), expected);
        for (const d of mentionsIn(sentence, published)) {
          if (d.date) assert.equal(d.date.precision, precisionOfValue(d.date.value), `precision of ${d.date.value}`);
        }
      });
    }
  });
}

runTable('absolute dates', ABSOLUTE);
runTable('dates without a year', YEARLESS);
runTable('weekdays', WEEKDAYS);
runTable('relative expressions', RELATIVE);
runTable('numbers and words that are not dates', NOT_DATES);
runTable('no publication date', NO_PUBLICATION);
runTable('dates by their own clause (SPEC §4)', BY_CLAUSE);

describe('mention fields', () => {
  test('spans cover the date words and point into the text', () => {
    const text = 'The envoy said on Thursday (local time) that talks were over.';
    const [d] = mentionsIn(text, '2020-01-16');
    assert.equal(text.slice(d.span.start, d.span.end), 'Thursday');
    assert.equal(d.text, 'Thursday');
  });

  test('relative forms are marked relative, written full dates are not', () => {
    const found = mentionsIn('On June 12, 2020, two days ago and in May, fighters regrouped.', '2020-06-14');
    assert.deepEqual(found.map((d) => [d.text, d.relative]), [['June 12, 2020', false], ['two days ago', true], ['May', true]]);
    assert.ok(found.every((d) => !d.explicit));
  });

  test('a weekday written with its date stays one mention valued by the date', () => {
    assert.deepEqual(datesIn('Wednesday, January 15, 2020 was calm.', '2020-01-16'), ['Wednesday, January 15, 2020=2020-01-15']);
    assert.deepEqual(datesIn('The vote was held on Tuesday, 14 January.', '2020-01-16'), ['Tuesday, 14 January=2020-01-14']);
  });

  test('the written weekday picks the year of a year-less date', () => {
    // Without a future cue "January 20" would be the past one (2019-01-20, a Sunday).
    assert.deepEqual(datesIn('The talks resume on Monday, January 20.', '2020-01-16'), ['Monday, January 20=2020-01-20']);
    assert.deepEqual(datesIn('Officials met on Sunday, January 20.', '2020-01-16'), ['Sunday, January 20=2019-01-20']);
  });

  test('a clause that looks back or ahead keeps its year when the weekday is wrong', () => {
    // June 17, 2024 was a Monday: the past clause still means three days ago, not a year ahead.
    assert.deepEqual(datesIn('On Tuesday, June 17, the council said the siege had tightened.', '2024-06-20'), ['Tuesday, June 17=2024-06-17']);
    // Future clause: the coming one, whatever weekday is written beside it.
    assert.deepEqual(datesIn('The envoy will visit on Friday, June 24.', '2024-06-20'), ['Friday, June 24=2024-06-24']);
  });

  test('offsets are kept when scanning starts later in the text', () => {
    const head = 'published: 2020-01-16 March\n';
    const body = 'The talks stalled in March.';
    const found = resolveDatesFrom(head + body, head.length);
    assert.deepEqual(found.map((d) => [d.text, d.span.start]), [['March', head.length + body.indexOf('March')]]);
  });
});

function resolveDatesFrom(text: string, from: number) {
  return resolveDatesInText({ text, from, published: parsePreciseDate('2020-08-20') });
}

describe('pinned dates', () => {
  const sentence = 'Talks ended last Friday after a week of clashes.';
  const span = { start: sentence.indexOf('last Friday'), end: sentence.indexOf('last Friday') + 'last Friday'.length };

  test('a pin wins over what the resolver reads and is marked explicit', () => {
    const found = mentionsIn(sentence, '2020-01-16', [{ span, text: 'last Friday', value: '2020-01-03' }]);
    assert.equal(found.length, 1);
    assert.deepEqual([found[0].text, found[0].date?.value, found[0].explicit, found[0].relative], ['last Friday', '2020-01-03', true, false]);
  });

  for (const [value, expected] of [['2020', 'year'], ['2020-01', 'month'], ['2020-W02', 'week'], ['2020-01-03', 'day']] as const) {
    test(`a pin may be ${value} (${expected} precision)`, () => {
      const [d] = mentionsIn(sentence, '2020-01-16', [{ span, text: 'last Friday', value }]);
      assert.equal(d.date?.value, value);
      assert.equal(d.date?.precision, expected);
    });
  }

  test('a pin with a malformed value stays a mention without a date', () => {
    for (const value of ['2020-13-01', '2020-W54', 'soon']) {
      const [d] = mentionsIn(sentence, '2020-01-16', [{ span, text: 'last Friday', value }]);
      assert.equal(d.date, null, value);
      assert.equal(d.explicit, true);
    }
  });

  test('dates outside the pin are still found', () => {
    const text = 'Talks ended last Friday and resume on January 20, 2020.';
    const pinSpan = { start: text.indexOf('last Friday'), end: text.indexOf('last Friday') + 11 };
    assert.deepEqual(datesIn(text, '2020-01-16', [{ span: pinSpan, text: 'last Friday', value: '2020-01-03' }]), [
      'last Friday=2020-01-03',
      'January 20, 2020=2020-01-20',
    ]);
  });
});
