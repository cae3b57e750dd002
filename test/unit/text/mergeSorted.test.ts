import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSorted } from '../../../server/src/core/text/mergeSorted';

test('two sorted lists merge in order, the first list first on equal starts, an empty side costs no copy', () => {
  const a = [{ at: 1, from: 'a' }, { at: 4, from: 'a' }, { at: 4, from: 'a2' }, { at: 9, from: 'a' }];
  const b = [{ at: 0, from: 'b' }, { at: 4, from: 'b' }, { at: 10, from: 'b' }];
  assert.deepEqual(mergeSorted(a, b, (x) => x.at).map((x) => `${x.at}${x.from}`), ['0b', '1a', '4a', '4a2', '4b', '9a', '10b']);
  assert.equal(mergeSorted(a, [], (x) => x.at), a);
  assert.equal(mergeSorted([], b, (x) => x.at), b);
});
