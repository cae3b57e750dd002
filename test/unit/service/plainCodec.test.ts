// The corpus views keep their figures as plain-data codes (issue 15: ~110 bytes a figure instead
// of ~430 characters of JSON). A code must give back exactly what was encoded, or refuse it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, corpusView, withDefaults } from '../../../server/src/core';
import { decodePlain, encodePlain, isPlainListCode } from '../../../server/src/service/plainCodec';
import { StringTable } from '../../../server/src/service/stringTable';
import { exampleArticles, exampleGazetteer } from '../indexCache/examples';
import { fuzzRuns, fuzzSeed } from '../../support/fuzzRuns';

describe('plain-data codes', () => {
  test('any JSON value comes back deep-equal, with its keys in the same order', () => {
    const table = new StringTable();
    // Two JSON values are refused by design, and fast-check draws both: a -0 (its text, "0", reads
    // back as 0) and an own key "__proto__" (decoding by assignment would set the prototype instead).
    const isRefused = (value: unknown): boolean =>
      Object.is(value, -0) || (typeof value === 'object' && value !== null &&
        (Object.hasOwn(value, '__proto__') || Object.values(value).some(isRefused)));
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const code = encodePlain(value, table);
      if (isRefused(value)) return assert.equal(code, null, `refused: ${JSON.stringify(value)}`);
      assert.ok(code !== null, JSON.stringify(value));
      const back = decodePlain(code, table);
      assert.deepEqual(back, value);
      assert.equal(JSON.stringify(back), JSON.stringify(value));
    }), { numRuns: fuzzRuns(500), seed: fuzzSeed() });
  });

  test('numbers, odd strings and nesting', () => {
    const table = new StringTable();
    const value = {
      whole: [0, 1, 127, 128, 2 ** 53 - 1], other: [-1, 0.1, 48.6, 1e21, -2.5e-7, Number.MAX_VALUE, Number.MIN_VALUE],
      strings: ['', 'count', 'An estimated 54 militants', 'é—€\u{1F600}', '\ud800 lone', 'x'.repeat(10_000)],
      nested: { a: [{ b: [[null, true, false]] }], '0': 'integer-like key', 'with space': 1 },
    };
    assert.deepEqual(decodePlain(encodePlain(value, table)!, table), value);
  });

  test('what is not plain data is refused (kept as it is by the caller)', () => {
    const table = new StringTable();
    const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const extra = Object.assign([1, 2], { note: 'x' });
    const symbolic = { a: 1, [Symbol('s')]: 2 };
    const proto = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    class Figure { key = 'k'; }
    const refused = [undefined, NaN, Infinity, -Infinity, -0, [1, -0], { x: undefined }, sparse, extra, symbolic, proto, new Figure(), new Map(), new Date(0), () => 1, 10n, Object.create(null)];
    refused.forEach((value, i) => assert.equal(encodePlain(value, table), null, `value ${i}`));
  });

  test('the figures of the example corpus are a fraction of their JSON', () => {
    const table = new StringTable();
    const loaded = exampleGazetteer();
    let json = 0;
    let coded = 0;
    for (const file of exampleArticles()) {
      const { figures } = corpusView(analyzeArticle(file, loaded, withDefaults({})));
      if (figures.length === 0) continue;
      const code = encodePlain(figures, table);
      assert.ok(code !== null, file.uri);
      assert.deepEqual(decodePlain(code, table), figures, file.uri);
      assert.ok(isPlainListCode(code, table.size));
      json += JSON.stringify(figures).length;
      coded += code.length;
    }
    assert.ok(json > 0 && coded < json / 2.5, `${coded} bytes of codes for ${json} characters of JSON`);
  });

  test('a code read from a saved index is checked: a list, complete, its string numbers in the table', () => {
    const table = new StringTable();
    const code = encodePlain([{ key: 'k', about: ['a', 'b'], min: 48.6, text: 'some 54 people' }], table)!;
    assert.ok(isPlainListCode(code, table.size));
    assert.ok(!isPlainListCode(code, table.size - 1), 'a string number past the table');
    for (let cut = 0; cut < code.length; cut++) assert.ok(!isPlainListCode(code.slice(0, cut), table.size), `cut at ${cut}`);
    assert.ok(!isPlainListCode(`${code}\u0000`, table.size), 'a second value');
    assert.ok(!isPlainListCode(encodePlain({ not: 'a list' }, table), table.size));
    assert.ok(!isPlainListCode('\u0009', table.size), 'an unknown tag');
    assert.ok(!isPlainListCode('\u0007\u0001\u0006\u0001\u00ff\u00ff\u00ff\u0001', table.size), 'a code unit past 0xffff');
    assert.ok(!isPlainListCode('\u0100', table.size), 'not a string of bytes');
    assert.ok(!isPlainListCode(42, table.size));
  });
});
