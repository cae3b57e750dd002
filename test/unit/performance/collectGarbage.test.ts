import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage, collectGarbageIfLarge } from '../../../server/src/runtime/collectGarbage';

test('the indexer can ask for a full collection without --expose-gc on the command line', async () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test itself runs without --expose-gc');
  let dropped: object | null = { payload: new Array(1000).fill('x') };
  const ref = new WeakRef(dropped);
  dropped = null;
  // A WeakRef keeps its target until the end of the job that made it.
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(collectGarbage(), true);
  assert.equal(ref.deref(), undefined, 'the unreachable object was collected');
  assert.equal(collectGarbage(), true, 'and again: the collector is found once and kept');
});

test('the server collects between indexing batches only once its heap is large', async () => {
  const used = getHeapStatistics().used_heap_size;
  let dropped: object | null = { payload: new Array(1000).fill('x') };
  const ref = new WeakRef(dropped);
  dropped = null;
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(collectGarbageIfLarge(used * 4), false, 'a heap under the threshold is left to V8');
  assert.notEqual(ref.deref(), undefined, 'so nothing was collected');
  await new Promise((resolve) => setImmediate(resolve)); // deref() kept it for this job
  assert.equal(collectGarbageIfLarge(1), true, 'a heap over it is collected');
  assert.equal(ref.deref(), undefined);
});
