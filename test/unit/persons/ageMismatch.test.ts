import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteerFrom, personDiagnostics } from './inputs';
import { SEED_GAZETTEER, seedLine } from './seedGazetteer';

const gazetteer = gazetteerFrom(SEED_GAZETTEER);

function ageFindings(body: string, published: string | null) {
  const run = personDiagnostics(body, published, gazetteer);
  return { ...run, found: run.diagnostics.filter((d) => d.code === 'person-age-mismatch') };
}

describe('person-age-mismatch: raised', () => {
  test('"the N-year-old" before a dead man: his age at death', () => {
    const { found, textOf } = ageFindings('The 68-year-old Qasem Soleimani had led the force for two decades.', '2020-08-20');
    assert.equal(found.length, 1);
    const d = found[0];
    assert.equal(d.severity, 'warning');
    assert.equal(textOf(d.span), '68');
    assert.deepEqual(d.data?.ageSpan, d.span);
    assert.equal(d.data?.replacement, '62');
    assert.equal(
      d.message,
      `The article gives Qasem Soleimani's age as 68, but the gazetteer (gazetteer.yaml:${seedLine('qasem-soleimani')}) says Qasem Soleimani was born on 1957-03-11 and died on 2020-01-03 aged 62`,
    );
  });

  test('"X, N," with a year-precision birth date names both possible ages', () => {
    const { found, textOf } = ageFindings('Mustafa al-Kadhimi, 55, said he would stand again.', '2026-01-14');
    assert.equal(found.length, 1);
    assert.equal(textOf(found[0].span), '55');
    assert.match(found[0].message, /was born in 1967, so 58 or 59 on 2026-01-14$/);
    assert.deepEqual(found[0].data?.possibleAges, [58, 59]);
  });

  test('"aged N" and "(N)" after the name', () => {
    assert.equal(ageFindings('Abu Mahdi al-Muhandis, aged 70, was also killed in the strike.', '2020-01-05').found.length, 1);
    assert.equal(ageFindings('Mustafa al-Kadhimi (49) took office in May.', '2020-08-20').found.length, 1);
  });

  test('another date in the sentence ("since 1998") does not become the date of the age', () => {
    const { found } = ageFindings('The 60-year-old Soleimani had led the Quds Force since 1998.', '2020-01-03');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /was born on 1957-03-11, so 62 on 2020-01-03$/);
    assert.equal(found[0].data?.replacement, '62');
  });

  test('the day before a birthday counts the younger age', () => {
    const { found } = ageFindings('The 62-year-old Qasem Soleimani inspected the troops.', '2019-03-10');
    assert.equal(found.length, 1);
    assert.equal(found[0].data?.replacement, '61');
  });
});

describe('person-age-mismatch: not raised', () => {
  test('the right age, at the sentence date or at publication', () => {
    for (const [body, published] of [
      ['The 62-year-old Qasem Soleimani was killed on January 3.', '2020-08-20'],
      ['The 62-year-old Qasem Soleimani inspected the troops.', '2019-03-11'],
      // The sentence's own date or the publication date: reporters use either.
      ['On March 10, 2019, the 61-year-old Qasem Soleimani inspected the troops.', '2019-04-01'],
      ['Mustafa al-Kadhimi, 53, took office in May.', '2020-08-20'],
      ['Mustafa al-Kadhimi, 52, took office in May.', '2020-08-20'],
      ['Abu Mahdi al-Muhandis, 65, was also killed.', '2020-01-05'],
    ] as const) {
      assert.deepEqual(ageFindings(body, published).found, [], body);
    }
  });

  test('a number after the name that is not an age', () => {
    assert.deepEqual(ageFindings('The strike killed Qasem Soleimani, 10 guards and a driver.', '2020-01-05').found, []);
  });

  test('no birth date recorded, or no date to count to', () => {
    assert.deepEqual(ageFindings('Tahsin al-Khafaji, 45, spoke to reporters.', '2020-08-20').found, []);
    assert.deepEqual(ageFindings('The 30-year-old Qasem Soleimani rose through the ranks.', null).found, []);
  });
});
