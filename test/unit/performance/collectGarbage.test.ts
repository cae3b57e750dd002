import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectGarbage } from '../../../server/src/lsp/collectGarbage';

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
