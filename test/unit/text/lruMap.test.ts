import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LruMap } from '../../../server/src/core/text/lruMap';

test('an LruMap keeps its limit, drops the least recently used first, and a read counts as a use', () => {
  const map = new LruMap<string, number>(3);
  for (const [k, v] of [['a', 1], ['b', 2], ['c', 3]] as const) map.set(k, v);
  assert.equal(map.get('a'), 1); // a is now the most recent: b goes first
  map.set('d', 4);
  assert.deepEqual(['a', 'b', 'c', 'd'].map((k) => map.get(k) ?? null), [1, null, 3, 4]);
  map.set('c', 30); // setting again replaces and counts as a use
  map.limit = 2;
  assert.equal(map.size, 2);
  assert.deepEqual(['a', 'c', 'd'].map((k) => map.get(k) ?? null), [null, 30, 4]);
  assert.equal(map.delete('c'), true);
  assert.equal(map.delete('c'), false);
  assert.throws(() => new LruMap(0), RangeError);
  assert.throws(() => { map.limit = 1.5; }, RangeError);
});
