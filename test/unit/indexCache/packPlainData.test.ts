import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { LineIndex, analyzeArticle, withDefaults } from '../../../server/src/core';
import { pack, unpack } from '../../../server/src/cache/packPlainData';
import { summarizeArticle } from '../../../server/src/service/mentionIndex';
import { exampleArticles, exampleGazetteer } from './examples';

/** Through the same path as the index file: pack, v8 serialize, deserialize, unpack. */
function roundTrip(value: unknown): unknown {
  return unpack(deserialize(serialize(pack(value))));
}

/** What v8 alone gives back (it already turns null-prototype objects into plain ones): packing must not change it. */
function v8Copy(value: unknown): unknown {
  return deserialize(serialize(value));
}

const range = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });

describe('packing plain data for the index file', () => {
  test('every example summary comes back equal, whatever fields it has', () => {
    const loaded = exampleGazetteer();
    for (const file of exampleArticles()) {
      const summary = summarizeArticle(analyzeArticle(file, loaded, withDefaults({})), LineIndex.of(file.text));
      assert.deepEqual(roundTrip(summary), summary, file.uri);
    }
  });

  test('ranges and number lists become typed arrays, so the file is several times smaller', () => {
    const mentions = new Map(Array.from({ length: 40 }, (_, i) => [`entity-${i}`, [range(i, 4, i, 19), range(i + 2, 0, i + 2, 11)]]));
    const summary = { uri: 'file:///a.news.md', mentions, numbers: Array.from({ length: 100 }, (_, i) => i * 7) };
    assert.ok(serialize(pack(summary)).length * 2 < serialize(summary).length);
    assert.deepEqual(roundTrip(summary), summary);
  });

  test('look-alikes that are not exactly ranges or int32 lists are kept as they are', () => {
    const cases: unknown[] = [
      [range(1, 2, 3, 4), { ...range(1, 2, 3, 4), extra: true }],
      [range(1, 2, 3, 4), range(-1, 0, 0, 0)],
      [range(1.5, 2, 3, 4)],
      new Map([['a', [range(1, 2, 3, 4)]], ['b', []]]),
      new Map<string, unknown>([['a', [range(1, 2, 3, 4)]], ['b', 'text']]),
      [1, 2, 2 ** 31],
      [1, -0],
      [1, NaN],
      [],
      new Map(),
      JSON.parse('{"__proto__": [1, 2], "ordinary": "x"}'),
      Object.assign(Object.create(null), { a: [range(0, 0, 0, 1)] }),
      { '\u0000newsmd-pack': 'nothing', other: 1 },
      [null, undefined, true, 'x', 1n, new Date(0)],
    ];
    cases.forEach((value, i) => assert.deepStrictEqual(roundTrip(value), v8Copy(value), `case ${i}`));
  });

  test('any plain data round-trips (property test)', () => {
    const position = fc.record({ line: fc.nat(), character: fc.nat() });
    const lspRange = fc.record({ start: position, end: position });
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), lspRange, fc.array(lspRange), fc.array(fc.integer()));
    const data = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('map')),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
      map: fc.array(fc.tuple(fc.string(), tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
    })).value;
    fc.assert(fc.property(data, (value) => {
      assert.deepStrictEqual(roundTrip(value), v8Copy(value));
    }), { numRuns: 300 });
  });

  test('damaged packed parts are refused, not read out of bounds', () => {
    const packed = pack(new Map([['a', [range(1, 2, 3, 4), range(5, 6, 7, 8)]]])) as Record<string, unknown>;
    assert.throws(() => unpack({ ...packed, counts: new Uint32Array([3]) }));
    assert.throws(() => unpack({ ...packed, coords: 'not numbers' }));
    assert.throws(() => unpack({ ...packed, keys: ['a', 'b'] }));
  });
});
