import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { RangeGroups, countAt, isPackedRanges, rangesOf } from '../../../server/src/service/packedRanges';

const range = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });

describe('mention ranges packed by id', () => {
  const groups = new RangeGroups();
  groups.add('ain-al-asad', range(3, 10, 3, 21));
  groups.add('isis', range(4, 0, 4, 5));
  groups.add('ain-al-asad', range(9, 2, 10, 1));
  groups.add('us-troops-iraq', range(12, 40, 12, 52));
  const packed = groups.pack();

  test('give back each id\'s ranges in the order they were added', () => {
    assert.deepEqual(packed.keys, ['ain-al-asad', 'isis', 'us-troops-iraq']);
    assert.deepEqual(rangesOf(packed, 'ain-al-asad'), [range(3, 10, 3, 21), range(9, 2, 10, 1)]);
    assert.deepEqual(rangesOf(packed, 'isis'), [range(4, 0, 4, 5)]);
    assert.deepEqual(rangesOf(packed, 'us-troops-iraq'), [range(12, 40, 12, 52)]);
    assert.deepEqual(rangesOf(packed, 'no-such-id'), []);
    assert.deepEqual(packed.keys.map((_, i) => countAt(packed, i)), [2, 1, 1]);
  });

  test('nothing added packs to nothing', () => {
    const empty = new RangeGroups().pack();
    assert.deepEqual(empty.keys, []);
    assert.equal(empty.data.length, 0);
    assert.ok(isPackedRanges(empty));
  });

  test('survive v8.serialize as they are (the persisted index)', () => {
    const copy = deserialize(serialize(packed));
    assert.ok(isPackedRanges(copy));
    assert.deepEqual(rangesOf(copy, 'ain-al-asad'), rangesOf(packed, 'ain-al-asad'));
  });

  test('damaged data read from disk is recognised, not read out of bounds', () => {
    assert.ok(isPackedRanges(packed));
    const damaged: unknown[] = [
      null, 'text', new Map(), { keys: packed.keys },
      { keys: packed.keys, data: Array.from(packed.data) },
      { keys: packed.keys, data: packed.data.slice(0, packed.data.length - 1) },
      { keys: [...packed.keys, 'extra'], data: packed.data },
      { keys: ['isis', 'isis', 'x'], data: packed.data },
      { keys: [1, 2, 3], data: packed.data },
      { keys: packed.keys, data: Uint32Array.of(2, 1, 1000, ...packed.data.slice(3)) },
    ];
    for (const value of damaged) assert.equal(isPackedRanges(value), false, JSON.stringify(value));
  });
});
