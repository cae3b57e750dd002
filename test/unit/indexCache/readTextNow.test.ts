import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiskIndexCache } from '../../../server/src/cache/diskIndexCache';
import { WorkspaceState } from '../../../server/src/service/workspaceState';
import { exampleArticles, exampleGazetteerFiles } from './examples';
import { tempFolders } from '../../support/tempFolders';

// The persisted index where closed articles' texts are not kept (`readTextNow`): digests are taken
// when the texts are read and compared without them, and a text that changed between listing
// and indexing is indexed (and persisted) as the text it is now.

const tempFolder = tempFolders('newsmd-read-now-index-');
const WORKSPACE = '/ws/examples';

interface Start {
  state: WorkspaceState;
  restored: number;
  analysed: number;
  reads: number;
}

/** One start: `listed` is what the scan read, `disk` what a later read finds (default: the same). */
async function start(cacheDir: string | null, listed: Map<string, string>, options: { readNow?: boolean; disk?: Map<string, string> } = {}): Promise<Start> {
  const disk = options.disk ?? listed;
  let reads = 0;
  const readNow = options.readNow === false ? undefined : (uri: string) => {
    reads++;
    return disk.get(uri) ?? null;
  };
  const state = new WorkspaceState(() => undefined, () => false, { log: (m) => assert.fail(m) }, () => [], readNow);
  state.setIndexCache(cacheDir === null ? null : new DiskIndexCache(cacheDir));
  state.setGazetteerOnDisk(new Map(exampleGazetteerFiles().map((f) => [f.uri, f.text])));
  state.reloadGazetteer([]);
  for (const [uri, text] of listed) state.setArticleOnDisk(uri, text);
  const restored = state.restoreIndex(WORKSPACE);
  let analysed = 0;
  for (const uri of state.articleUris()) if (state.ensureIndexed(uri)) analysed++;
  await state.persistIndex(WORKSPACE);
  return { state, restored, analysed, reads };
}

function observable(state: WorkspaceState): unknown {
  const summaries = [...state.mentions.all()].sort((a, b) => a.uri.localeCompare(b.uri));
  return { summaries, diagnostics: state.articleUris().sort().map((uri) => [uri, state.articleDiagnostics(state.analyze(uri)!)]) };
}

const texts = (): Map<string, string> => new Map(exampleArticles().map((f) => [f.uri, f.text]));

describe('the persisted index without closed texts in memory', () => {
  test('a warm start restores every article without reading one; both know what a start keeping texts knows', async () => {
    const cache = tempFolder();
    const cold = await start(cache, texts());
    assert.equal(cold.analysed, texts().size);
    assert.equal(cold.state.heldTextBytes(), 0);
    const warm = await start(cache, texts());
    assert.equal(warm.restored, texts().size);
    assert.equal(warm.analysed, 0);
    assert.equal(warm.reads, 0, 'digests compared without reading the texts again');
    const keeping = await start(null, texts(), { readNow: false });
    assert.ok(keeping.state.heldTextBytes() > 0);
    assert.deepEqual(observable(warm.state), observable(keeping.state));
    assert.deepEqual(observable(cold.state), observable(keeping.state));
  });

  test('a text changed after the scan is indexed and persisted as it is now', async () => {
    const cache = tempFolder();
    const listed = texts();
    const [first] = [...listed.keys()];
    const now = new Map(listed);
    now.set(first, `${listed.get(first)}\nThe Pentagon said on Tuesday that 120 troops had left.\n`);
    const changed = await start(cache, listed, { disk: now });
    assert.deepEqual(observable(changed.state), observable((await start(null, now, { readNow: false })).state));
    const next = await start(cache, now);
    assert.equal(next.restored, now.size, 'the entry was persisted under the digest of the text indexed');
    const stale = await start(cache, listed);
    assert.equal(stale.restored, listed.size - 1, 'not under the digest of the text listed');
  });
});
