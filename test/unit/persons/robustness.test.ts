import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPersons } from '../../../server/src/core/persons/personChecks';
import { articleFrom, gazetteerFrom, newsMd, personDiagnostics } from './inputs';
import { SEED_GAZETTEER } from './seedGazetteer';

const gazetteer = gazetteerFrom(SEED_GAZETTEER);

describe('person checks on odd input', () => {
  test('empty, punctuation-only and binary-looking bodies give nothing', () => {
    for (const body of ['', ',,,,', '\u0000\u0001\uFFFD Soleimani,,,(((', 'Soleimani, , , said', ', said Soleimani', 'Soleimani']) {
      const { diagnostics } = personDiagnostics(body, '2020-08-20', gazetteer);
      assert.ok(Array.isArray(diagnostics), JSON.stringify(body));
    }
  });

  test('a person at the very start and end of the text, next to titles only', () => {
    const { diagnostics } = personDiagnostics('Commander', '2020-08-20', gazetteer);
    assert.deepEqual(diagnostics, []);
    const end = personDiagnostics('Then came the spokesman of the Joint Operations Command, Tahsin al-Khafaji', '2020-08-20', gazetteer);
    assert.deepEqual(end.diagnostics, []);
  });

  test('an empty gazetteer gives nothing', () => {
    const empty = gazetteerFrom('persons: {}\n');
    const { diagnostics } = personDiagnostics('Soleimani said the bases would be hit.', '2020-08-20', empty);
    assert.deepEqual(diagnostics, []);
  });

  test('a long article with many titled names finishes and flags every bad title once', () => {
    const sentence = 'Tahsin al-Khafaji, commander of the Joint Operations Command, said the talks went well. ';
    const body = sentence.repeat(500);
    const { article, entities, dates } = articleFrom(newsMd('2020-08-20', body), gazetteer);
    const started = process.hrtime.bigint();
    const diagnostics = checkPersons(article, entities, dates, gazetteer);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(diagnostics.filter((d) => d.code === 'person-role-mismatch').length, 500);
    // Not a benchmark: only a guard against a quadratic blow-up (seconds, not milliseconds).
    assert.ok(ms < 5000, `took ${ms} ms`);
  });
});
