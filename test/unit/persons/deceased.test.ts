import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GAZETTEER_URI, gazetteerFrom, personDiagnostics } from './inputs';
import { SEED_GAZETTEER, seedLine } from './seedGazetteer';

const gazetteer = gazetteerFrom(SEED_GAZETTEER);

function deceasedFindings(body: string, published: string | null) {
  const run = personDiagnostics(body, published, gazetteer);
  return { ...run, found: run.diagnostics.filter((d) => d.code === 'person-deceased') };
}

describe('person-deceased: raised', () => {
  test('"X said" after the death, dated by publication', () => {
    const { found, textOf } = deceasedFindings('Soleimani said the coalition would have to leave Iraq.', '2020-08-20');
    assert.equal(found.length, 1);
    const d = found[0];
    assert.equal(d.severity, 'warning');
    assert.equal(textOf(d.span), 'Soleimani');
    assert.equal(d.message, `Qasem Soleimani is reported speaking on 2020-08-20, but died on 2020-01-03 (gazetteer.yaml:${seedLine('qasem-soleimani')})`);
    assert.equal(d.related?.[0].uri, GAZETTEER_URI);
    const entry = d.related?.[0].span as { start: number; end: number };
    assert.equal(SEED_GAZETTEER.slice(entry.start, entry.end), 'qasem-soleimani');
  });

  test('the ways a speaker is written', () => {
    for (const body of [
      '"We will not leave," said Qasem Soleimani.',
      'According to Abu Mahdi al-Muhandis, the talks had failed.',
      'The agency quoted Qasem Soleimani, commander of the Quds Force, as saying the bases would be targeted.',
      'Qasem Soleimani, 62, told reporters the bases would be targeted.',
      'Abu Mahdi al-Muhandis also announced a new offensive.',
      'Soleimani was quoted as saying the bases would be targeted.',
    ]) {
      assert.equal(deceasedFindings(body, '2020-08-20').found.length, 1, body);
    }
  });

  test('a date in the sentence is the date of the speech', () => {
    const { found } = deceasedFindings('Soleimani told reporters on Wednesday that the bases would be targeted.', '2020-08-20');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /reported speaking on 2020-08-19,/);
  });
});

describe('person-deceased: not raised', () => {
  test('speech dated before or on the day of the death', () => {
    for (const body of [
      'Soleimani said in 2019 that the militias would grow.',
      'On January 2, Soleimani told aides he would fly to Baghdad.',
      'Soleimani said on January 3 that he had landed.',
    ]) {
      assert.deepEqual(deceasedFindings(body, '2020-08-20').found, [], body);
    }
  });

  test('a dead man who is only mentioned, not speaking', () => {
    for (const body of [
      'Tension grew after the January 3 US drone strike that killed Qasem Soleimani, former commander of the Quds Force, and Abu Mahdi al-Muhandis.',
      'The death of Soleimani was announced on state television.',
      'US officials told Soleimani to stay out of Iraq.',
      "Soleimani's deputy said the force would go on.",
      'The strike killed Soleimani, officials said.',
    ]) {
      assert.deepEqual(deceasedFindings(body, '2020-08-20').found, [], body);
    }
  });

  test('speech placed in the past by the verb', () => {
    for (const body of ['Soleimani had said the militias would grow.', 'Soleimani once told aides the militias would grow.']) {
      assert.deepEqual(deceasedFindings(body, '2020-08-20').found, [], body);
    }
  });

  test('the living, and the undated', () => {
    assert.deepEqual(deceasedFindings('Tahsin al-Khafaji said the handover was on schedule.', '2020-08-20').found, []);
    assert.deepEqual(deceasedFindings('Soleimani said the coalition would have to leave.', null).found, []);
  });
});
