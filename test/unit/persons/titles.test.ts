// Titles next to persons (SPEC §4 "Titles and roles"): which title is compared, where its
// organisation part ends, how an organisation part that is no known entity is compared, the forms
// the press writes, and equivalent wordings that must not fire. Sentences are our own, in the
// style of wire copy about Iraq and Syria.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteerFrom, personDiagnostics } from './inputs';
import { TITLE_GAZETTEER, titleLine } from './titleGazetteer';

const gazetteer = gazetteerFrom(TITLE_GAZETTEER);

function roleFindings(body: string, published: string) {
  const run = personDiagnostics(body, published, gazetteer);
  return { ...run, found: run.diagnostics.filter((d) => d.code === 'person-role-mismatch') };
}

interface Raised {
  body: string;
  published: string;
  /** The text the diagnostic underlines. */
  span: string;
  /** The title as the message quotes it. */
  written: string;
  /** What the quick fix writes (undefined: no fix), and over which text. */
  fix?: string;
  fixes?: string;
  /** The role side of the message. */
  held: RegExp;
}

function assertRaised(c: Raised): void {
  const { found, textOf } = roleFindings(c.body, c.published);
  assert.equal(found.length, 1, `${c.body}: ${found.map((d) => d.message).join(' | ')}`);
  const d = found[0];
  assert.equal(textOf(d.span), c.span, c.body);
  assert.ok(d.message.includes(`calls `) && d.message.includes(`'${c.written}'`), `${c.body}: ${d.message}`);
  assert.match(d.message, c.held, c.body);
  assert.equal(d.data?.replacement, c.fix, `${c.body}: fix`);
  if (c.fixes !== undefined) assert.equal(textOf(d.data?.titleSpan as { start: number; end: number }), c.fixes, `${c.body}: fixed text`);
}

function assertQuiet(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [published, body] of cases) {
    const { found } = roleFindings(body, published);
    assert.deepEqual(found.map((d) => d.message), [], body);
  }
}

describe('titles: the title nearest the name is the one compared', () => {
  test('raised: the nearest title is wrong, a farther one is ignored', () => {
    for (const c of [
      {
        body: "The head of the Popular Mobilization Forces urged Iraq's Finance Minister, Fuad Hussein, to raise the matter in Washington.",
        published: '2021-03-08', span: 'Finance Minister', written: "Iraq's Finance Minister", fix: 'Minister of Foreign Affairs', fixes: 'Finance Minister',
        held: /has him as Minister of Foreign Affairs of Iraq$/,
      },
      {
        body: 'Falih al-Fayyadh, the spokesman of the Joint Operations Command, said the brigades would stay in Anbar.',
        published: '2021-03-08', span: 'spokesman', written: 'spokesman of the Joint Operations Command', fix: 'chairman', fixes: 'spokesman',
        held: /has him as Chairman of the Popular Mobilization Forces$/,
      },
    ] satisfies Raised[]) assertRaised(c);
  });

  test('not raised: the nearest title fits, whatever else is written around the name', () => {
    assertQuiet([
      ['2021-03-08', "The head of the Popular Mobilization Forces urged Iraq's Foreign Minister, Fuad Hussein, to raise the matter in Washington."],
      ['2021-03-08', "The chief of the Hashd Shaabi met Iraq's Foreign Minister Fuad Hussein in Baghdad on Sunday."],
      ['2021-03-08', 'Prime Minister Mustafa al-Kadhimi, a former intelligence chief, told reporters the talks went well.'],
      // A bare rank is skipped when the gazetteer records offices only; the office before it counts.
      ['2021-03-08', 'Quds Force commander Major General Esmail Qaani arrived in Baghdad on Sunday.'],
      ['2021-06-08', "Deputy Commander of Iraq's Joint Operations Command, Lieutenant General Qais al-Muhammadawi said the base was secure."],
      // A title between commas belongs to the man before it, not the one after.
      ['2020-01-05', 'The drone strike killed Qasem Soleimani, commander of the Quds Force, Falih al-Fayyadh and six others.'],
    ]);
  });
});

describe('titles: the organisation part ends at a lower-case word or another title', () => {
  test('raised: the part read is the one that belongs to the title', () => {
    assertRaised({
      body: 'Qais al-Muhammadawi, spokesman of the Joint Operations Command Prime Minister Mustafa al-Kadhimi set up, said the base was secure.',
      published: '2021-06-08', span: 'spokesman', written: 'spokesman of the Joint Operations Command', fix: 'deputy commander', fixes: 'spokesman',
      held: /has Qais al-Muhammadawi as Deputy Commander of the Joint Operations Command$/,
    });
    assertRaised({
      body: "The chairman of the Popular Mobilization Forces urged Iraq's Finance Minister Fuad Hussein to raise the matter.",
      published: '2021-03-08', span: 'Finance Minister', written: "Iraq's Finance Minister", fix: 'Minister of Foreign Affairs', fixes: 'Finance Minister',
      held: /has him as Minister of Foreign Affairs of Iraq$/,
    });
  });

  test('not raised: a verb or another title stops the part before the next name', () => {
    assertQuiet([
      ['2021-03-08', 'Commander of the Quds Force of Iran\'s Islamic Revolution Guards Corps, Esmail Qaani, arrived in Baghdad on Sunday.'],
      ['2021-03-08', 'The head of the Popular Mobilization Forces, Falih al-Fayyadh, said the brigades would stay.'],
      ['2021-03-08', 'The chairman of the Popular Mobilization Forces warned Prime Minister Mustafa al-Kadhimi against the plan.'],
      ['2021-03-08', 'The spokesman of the Joint Operations Command Tahsin al-Khafaji told state television that Anbar was calm.'],
      ['2021-06-08', 'Qais al-Muhammadawi, Deputy Commander of the Joint Operations Command Prime Minister Mustafa al-Kadhimi set up, said the base was secure.'],
      // A list of titled names: the title after the comma is the next man's.
      ['2021-03-08', 'The envoy met Mustafa al-Kadhimi, Secretary of State Antony Blinken and Speaker Mohammed al-Halbousi.'],
      ['2021-03-08', 'The envoy met Mustafa al-Kadhimi, Defense Secretary Lloyd Austin and the Iraqi foreign minister.'],
    ]);
  });
});

describe('titles: an organisation part that is no known entity is compared word by word', () => {
  test('raised: a different portfolio', () => {
    for (const c of [
      {
        body: 'Secretary of State Lloyd Austin arrived in Baghdad on an unannounced visit.',
        published: '2021-03-08', span: 'Secretary of State', written: 'Secretary of State', fix: 'Secretary of Defense', fixes: 'Secretary of State',
        held: new RegExp(`the gazetteer \\(gazetteer\\.yaml:${titleLine('lloyd-austin')}\\) has him as Secretary of Defense of the United States \\(2021-01-22 – 2025-01-20\\)$`),
      },
      {
        body: 'Secretary of the Army Mark Esper defended the strike at a Pentagon briefing.',
        published: '2020-02-08', span: 'Secretary of the Army', written: 'Secretary of the Army', fix: 'Secretary of Defense', fixes: 'Secretary of the Army',
        held: /has him as Secretary of Defense of the United States/,
      },
      {
        body: 'Iraqi Minister of Defence Fuad Hussein told reporters the talks went well.',
        published: '2021-03-08', span: 'Minister of Defence', written: 'Minister of Defence', fix: 'Minister of Foreign Affairs', fixes: 'Minister of Defence',
        held: /has him as Minister of Foreign Affairs of Iraq/,
      },
      {
        body: 'Lloyd Austin, Secretary of Homeland Security, told reporters the mission had changed.',
        published: '2021-03-08', span: 'Secretary of Homeland Security', written: 'Secretary of Homeland Security', fix: 'Secretary of Defense', fixes: 'Secretary of Homeland Security',
        held: /has him as Secretary of Defense of the United States/,
      },
    ] satisfies Raised[]) assertRaised(c);
  });

  test('not raised: the same portfolio in other words, or a part that names the organisation', () => {
    assertQuiet([
      ['2021-03-08', 'Secretary of Defense Lloyd Austin arrived in Baghdad on an unannounced visit.'],
      ['2021-03-08', 'Secretary of Defence Lloyd Austin arrived in Baghdad on an unannounced visit.'],
      ['2018-02-08', 'Secretary of the Army Mark Esper toured the base at Qayyarah.'],
      ['2021-03-08', 'Fuad Hussein, Minister of Foreign Affairs and Expatriates, told reporters the talks went well.'],
      ['2021-03-08', 'Fuad Hussein, Minister of Foreign Affairs of Iraq, told reporters the talks went well.'],
      // The role's title is an office only: the part names the organisation, which is not known.
      ['2021-03-08', 'Falih al-Fayyadh, chairman of the Hashd, said the brigades would stay.'],
      ['2021-03-08', 'Falih al-Fayyadh, chairman of the Popular Mobilisation Commission, said the brigades would stay.'],
    ]);
  });
});

describe('titles: the forms the press writes', () => {
  test('not raised: each form of a correct title', () => {
    assertQuiet([
      ['2021-03-08', 'Prime Minister Mustafa al-Kadhimi met the coalition envoy in Baghdad.'],
      ['2021-03-08', 'PM Mustafa al-Kadhimi met the coalition envoy in Baghdad.'],
      ['2021-03-08', 'Tahsin al-Khafaji, spokesman of the Joint Operations Command, said the handover was on schedule.'],
      ['2021-03-08', 'The former commander of the Quds Force Qasem Soleimani was buried in Kerman.'],
      ['2021-03-08', "Iraq's Foreign Minister, Fuad Hussein, flew to Tehran on Saturday."],
      ['2021-03-08', 'Iraqi foreign minister Fuad Hussein flew to Tehran on Saturday.'],
      ['2021-03-08', "Fuad Hussein, Iraq's foreign minister, flew to Tehran on Saturday."],
      ['2021-03-08', "Iraq's Minister of Foreign Affairs Fuad Hussein flew to Tehran on Saturday."],
      ['2020-02-08', 'Defense Secretary Mark Esper said the strikes on Kataib Hezbollah were justified.'],
      ['2020-02-08', 'Defence Secretary Mark Esper said the strikes on Kataib Hezbollah were justified.'],
      ['2020-02-08', 'U.S. Defense Secretary Mark Esper said the strikes on Kataib Hezbollah were justified.'],
      ['2020-02-08', 'Esper, the defense secretary, said the strikes on Kataib Hezbollah were justified.'],
      ['2020-02-08', 'Mark Esper, the U.S. secretary of defense, said the strikes were justified.'],
      ['2021-03-08', 'Lloyd Austin, the former CENTCOM commander, said the mission had changed.'],
      ['2021-06-08', 'Lt. Gen. Qais al-Muhammadawi, the JOC deputy commander, said the base was secure.'],
      ['2021-03-08', 'Syrian President Bashar al-Assad received the Iraqi delegation in Damascus.'],
      ['2025-03-08', 'Former Syrian President Bashar al-Assad has not been seen in public since December.'],
    ]);
  });

  test('not raised: titles of people the gazetteer does not have, and words that only look like titles', () => {
    assertQuiet([
      ['2021-03-08', 'Foreign Minister Mohammad Javad Zarif met Fuad Hussein in Baghdad.'],
      ['2020-08-20', 'Secretary of State Mike Pompeo called Mustafa al-Kadhimi on Sunday.'],
      ['2021-03-08', 'The talks began at 3 PM Mustafa al-Kadhimi said, after a delay.'],
      ['2021-03-08', 'After meeting the finance minister, Fuad Hussein flew to Tehran.'],
      ['2021-03-08', 'Speaking to the spokesman of the Joint Operations Command, Falih al-Fayyadh said the brigades would stay.'],
    ]);
  });

  test('raised: each form of a wrong title', () => {
    for (const c of [
      {
        body: 'Former commander of the Quds Force Esmail Qaani arrived in Baghdad on Sunday.',
        published: '2021-03-08', span: 'Former commander', written: 'Former commander of the Quds Force', fix: 'Commander', fixes: 'Former commander',
        held: /still has him as Commander of the Quds Force \(since 2020-01-03\)$/,
      },
      {
        body: 'Esmail Qaani, the former commander of the Quds Force, arrived in Baghdad on Sunday.',
        published: '2021-03-08', span: 'former commander', written: 'former commander of the Quds Force', fix: 'commander', fixes: 'former commander',
        held: /still has him as Commander of the Quds Force/,
      },
      {
        body: 'PM Mustafa al-Kadhimi arrived in Tehran on Sunday.',
        published: '2023-03-08', span: 'PM', written: 'PM', fix: undefined,
        held: /records no role for him then/,
      },
      {
        body: 'Esper, the army secretary, said the strikes on Kataib Hezbollah were justified.',
        published: '2021-03-08', span: 'army secretary', written: 'army secretary', fix: undefined,
        held: /records no role for him then/,
      },
      {
        body: 'Fuad Hussein, Iraq\'s finance minister, told reporters the talks went well.',
        published: '2021-03-08', span: 'finance minister', written: "Iraq's finance minister", fix: 'minister of foreign affairs', fixes: 'finance minister',
        held: /has him as Minister of Foreign Affairs of Iraq$/,
      },
      {
        body: 'Syrian President Bashar al-Assad received the Iraqi delegation in Damascus.',
        published: '2025-03-08', span: 'President', written: 'Syrian President', fix: undefined,
        held: /records no role for him then \(President of Syria \(2000-07-17 – 2024-12-08\)\)$/,
      },
    ] satisfies Raised[]) assertRaised(c);
  });
});
