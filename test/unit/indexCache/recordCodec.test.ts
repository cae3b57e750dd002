// The saved index's records are encoded into one reused buffer and decoded from one (issue 15):
// what comes back must be what structured clone (`v8.serialize`) would give back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { RecordWriter, decodeRecord } from '../../../server/src/cache/recordCodec';
import { exampleIndex } from './exampleIndex';
import { fuzzRuns, fuzzSeed } from '../../support/fuzzRuns';

const roundTrip = (writer: RecordWriter, value: unknown): unknown => decodeRecord(Buffer.from(writer.encode(value)));

describe('index record bytes', () => {
  test('the example index records come back deep-equal, one writer for all of them', () => {
    const writer = new RecordWriter();
    for (const record of exampleIndex().records) assert.deepEqual(roundTrip(writer, record), record);
  });

  test('any JSON-like value, and the values JSON cannot keep', () => {
    const writer = new RecordWriter();
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: false, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: false, withSparseArray: true, withBoxedValues: false }), (value) => {
      assert.deepEqual(roundTrip(writer, value), value);
    }), { numRuns: fuzzRuns(300), seed: fuzzSeed() });
    const odd = { nan: NaN, inf: [Infinity, -Infinity], zero: -0, none: undefined, text: 'é—€\u{1F600}\ud800', long: 'x'.repeat(3 << 20), integerKey: { '1': 'a', b: 2 } };
    assert.deepEqual(roundTrip(writer, odd), odd);
    assert.ok(Object.is((roundTrip(writer, odd) as typeof odd).zero, -0));
  });

  // Dates apart: assert's deepEqual calls two `new Date(NaN)` unequal, so times are compared.
  test('dates, invalid ones included, come back with their time', () => {
    const writer = new RecordWriter();
    fc.assert(fc.property(fc.array(fc.date()), (dates) => {
      const back = roundTrip(writer, { dates }) as { dates: unknown[] };
      assert.equal(back.dates.length, dates.length);
      back.dates.forEach((d, i) => {
        assert.ok(d instanceof Date);
        assert.ok(Object.is(d.getTime(), dates[i]!.getTime()), `date ${i}`);
      });
    }), { numRuns: fuzzRuns(300), seed: fuzzSeed() });
    const invalid = roundTrip(writer, new Date(NaN));
    assert.ok(invalid instanceof Date && Number.isNaN(invalid.getTime()));
  });

  test('one-byte strings take a byte a character', () => {
    const writer = new RecordWriter();
    assert.equal(writer.encode('\u00ff'.repeat(1000)).length, 1 + 4 + 1000);
    assert.equal(writer.encode('\u0100'.repeat(1000)).length, 1 + 4 + 2000);
  });

  test('bytes it did not write throw a RangeError (the store then reports the file as damaged)', () => {
    const writer = new RecordWriter();
    const bytes = Buffer.from(writer.encode({ articles: ['file:///a.news.md', 'digest', null, 'data', [{ title: 'T' }, null, 'code', 'key']] }));
    for (let cut = 0; cut < bytes.length; cut++) assert.throws(() => decodeRecord(bytes.subarray(0, cut)), RangeError, `cut at ${cut}`);
    assert.throws(() => decodeRecord(Buffer.concat([bytes, Buffer.from([0])])), RangeError);
    assert.throws(() => decodeRecord(Buffer.from([42])), RangeError);
    assert.throws(() => decodeRecord(Buffer.from([6, 0xff, 0xff, 0xff, 0x7f])), RangeError, 'a count past the end');
  });
});
