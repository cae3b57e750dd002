import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GAZETTEER_URI, gazetteerFrom, personDiagnostics } from './inputs';
import { SEED_GAZETTEER, seedLine } from './seedGazetteer';

const gazetteer = gazetteerFrom(SEED_GAZETTEER);

function roleFindings(body: string, published: string | null) {
  const run = personDiagnostics(body, published, gazetteer);
  return { ...run, found: run.diagnostics.filter((d) => d.code === 'person-role-mismatch') };
}

describe('person-role-mismatch: raised', () => {
  test('an appositive title the person did not hold, with both sides and the gazetteer line', () => {
    const { found, textOf } = roleFindings(
      'Tahsin al-Khafaji, commander of the Joint Operations Command, said on Monday that the handover was on track.',
      '2020-08-20',
    );
    assert.equal(found.length, 1);
    const d = found[0];
    assert.equal(d.severity, 'warning');
    assert.equal(textOf(d.span), 'commander');
    assert.equal(
      d.message,
      `The article calls Tahsin al-Khafaji 'commander of the Joint Operations Command', but on 2020-08-17 the gazetteer (gazetteer.yaml:${seedLine('tahsin-al-khafaji')}) has him as Spokesman of the Joint Operations Command`,
    );
    assert.equal(d.data?.replacement, 'spokesman');
    assert.deepEqual(d.data?.titleSpan, d.span);
    assert.deepEqual((d.data?.heldRoles as Array<{ title: string }>).map((r) => r.title), ['Spokesman']);
    assert.equal(d.related?.[0].uri, GAZETTEER_URI);
    const entry = d.related?.[0].span as { start: number; end: number };
    assert.equal(SEED_GAZETTEER.slice(entry.start, entry.end), 'tahsin-al-khafaji');
  });

  test('a deputy title for someone who held the office itself, checked on the sentence date', () => {
    const { found, textOf } = roleFindings('Deputy Commander Qasem Soleimani was killed near Baghdad airport on January 3.', '2020-08-20');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'Deputy Commander');
    assert.equal(found[0].data?.replacement, 'Commander');
    assert.match(found[0].message, /on 2020-01-03 the gazetteer .* has him as Commander of the Quds Force$/);
  });

  test('"former" for a role still held at the time of writing', () => {
    const { found, textOf } = roleFindings('Former Quds Force commander Qasem Soleimani visited Baghdad for talks.', '2019-06-01');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'Former Quds Force commander');
    assert.equal(found[0].data?.replacement, 'Quds Force commander');
    assert.match(found[0].message, /still has him as Commander of the Quds Force \(1998 – 2020-01-03\)/);
  });

  test('"former" past a lower-case noun before the title is still a "former", and still wrong for a role held', () => {
    const { found, textOf } = roleFindings('Former force commander Qasem Soleimani visited Baghdad for talks.', '2019-06-01');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'Former force commander');
  });

  test('a qualifier of another noun phrase does not make a title "former"', () => {
    // "former" qualifies "ministers", not "commander": a plain title for a role still held.
    assert.deepEqual(roleFindings('Two former ministers met commander Qasem Soleimani in Baghdad.', '2019-06-01').found, []);
  });

  test('"ex-" prefix is a "former" too', () => {
    const { found, textOf } = roleFindings('Ex-spokesman Tahsin al-Khafaji answered questions at the ministry.', '2020-08-20');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'Ex-spokesman');
    assert.equal(found[0].data?.replacement, 'Spokesman');
  });

  test('"former" for a role taken up only after the date', () => {
    const { found } = roleFindings('Former Prime Minister Mustafa al-Kadhimi arrived in Tehran for talks.', '2019-06-01');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /has him as Prime Minister of Iraq only from 2020-05-07$/);
  });

  test('a title whose organisation is not the one of the role held', () => {
    const { found, textOf } = roleFindings('Tahsin al-Khafaji, spokesman of the IRGC, said the sites had been handed over.', '2020-08-20');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'the IRGC');
    assert.equal(found[0].data?.replacement, 'the Joint Operations Command');
    assert.match(found[0].message, /calls Tahsin al-Khafaji 'spokesman of the IRGC'/);
  });

  test('an organisation written before the title is compared too', () => {
    const { found, textOf } = roleFindings('IRGC spokesman Tahsin al-Khafaji said the sites had been handed over.', '2020-08-20');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), 'IRGC');
    assert.equal(found[0].data?.replacement, 'Joint Operations Command');
  });

  test('without a recorded gender the message names the person instead of guessing a pronoun', () => {
    const { found } = roleFindings('Spokesman Qais al-Muhammadawi read the statement.', '2026-01-14');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /has Qais al-Muhammadawi as Deputy Commander of the Joint Operations Command$/);
  });

  test('an office held years earlier or later is not the office on the date', () => {
    const { found } = roleFindings('Prime Minister Mustafa al-Kadhimi opened the conference in Baghdad.', '2026-01-14');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /on 2026-01-14 the gazetteer .* records no role for him then \(Director of the Iraqi National Intelligence Service/);
    assert.equal(found[0].data?.replacement, undefined);
  });
});

describe('person-role-mismatch: not raised', () => {
  test('the seed wording about the two men killed on January 3', () => {
    const { found } = roleFindings(
      'Tension between Baghdad and Washington grew after the January 3 US drone strike near the airport that killed Qasem Soleimani, ' +
        "former commander of the Quds Force of Iran's Islamic Revolution Guards Corps, and Abu Mahdi al-Muhandis, deputy chief of Iraq's " +
        'paramilitary Hashd Shaabi forces.',
      '2020-08-20',
    );
    assert.deepEqual(found, []);
  });

  test('a spokesman quoted by an agency, with the acronym in brackets', () => {
    const { found } = roleFindings(
      'The state news agency quoted Tahsin al-Khafaji, spokesman of the Iraqi Joint Operations Command (JOC), as saying this week that more sites would be handed over.',
      '2020-08-20',
    );
    assert.deepEqual(found, []);
  });

  test('a rank and an office before the name, separated by a comma', () => {
    const { found } = roleFindings(
      "Deputy Commander of Iraq's Joint Operations Command, Lieutenant General Qais al-Muhammadawi, said the base would be handed over next week.",
      '2026-01-14',
    );
    assert.deepEqual(found, []);
  });

  test('the office written in the usual ways while it is held', () => {
    for (const body of [
      'Prime Minister Mustafa al-Kadhimi met the coalition envoy in Baghdad.',
      'Iraqi Prime Minister Mustafa al-Kadhimi met the coalition envoy in Baghdad.',
      'Prime Minister of Iraq Mustafa al-Kadhimi met the coalition envoy in Baghdad.',
      'The premier, Mustafa al-Kadhimi, met the coalition envoy in Baghdad.',
      'JOC spokesman Tahsin al-Khafaji said the handover was on schedule.',
      'Spokesman Tahsin al-Khafaji said the handover was on schedule.',
    ]) {
      assert.deepEqual(roleFindings(body, '2020-08-20').found, [], body);
    }
  });

  test('a current title used about an earlier event (titles as of writing)', () => {
    const { found } = roleFindings('Prime Minister Mustafa al-Kadhimi said in 2019 that he would stay out of politics.', '2020-08-20');
    assert.deepEqual(found, []);
  });

  test('the dead keep the title they died with', () => {
    const { found } = roleFindings('Quds Force commander Qasem Soleimani was killed in a drone strike.', '2020-08-20');
    assert.deepEqual(found, []);
  });

  test('"former" for a role that ended before the date', () => {
    for (const body of [
      'Former intelligence chief Mustafa al-Kadhimi now leads the government.',
      'The late commander Qasem Soleimani was buried in Kerman.',
      // a lower-case noun between the qualifier and the title word
      'Crowds mourned former force commander Qasem Soleimani in Ahvaz.',
      'His portrait hung beside that of the late unit commander Qasem Soleimani.',
    ]) {
      assert.deepEqual(roleFindings(body, '2020-08-20').found, [], body);
    }
  });

  test('"then-" titles are read at the sentence date', () => {
    const { found } = roleFindings('Then-commander Qasem Soleimani said in 2019 that the militias would grow.', '2020-08-20');
    assert.deepEqual(found, []);
  });

  test('a person with no roles recorded is never flagged', () => {
    const { found } = roleFindings('Yusuf Rahimi, president of the council, said the figures were wrong.', '2020-08-20');
    assert.deepEqual(found, []);
  });

  test('a rank alone is not compared when the gazetteer records offices only', () => {
    const { found } = roleFindings('Lieutenant General Qais al-Muhammadawi toured the base.', '2026-01-14');
    assert.deepEqual(found, []);
  });

  test("one man's appositive is not taken as the next man's title", () => {
    const { found } = roleFindings(
      'The strike killed Qasem Soleimani, commander of the Quds Force, Abu Mahdi al-Muhandis and eight others.',
      '2020-01-05',
    );
    assert.deepEqual(found, []);
  });

  test('without any date, titles are not checked', () => {
    const { found } = roleFindings('Tahsin al-Khafaji, commander of the Joint Operations Command, said the talks went well.', null);
    assert.deepEqual(found, []);
  });
});
