import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { serialize } from 'node:v8';
import { LineIndex, analyzeArticle, corpusView, withDefaults } from '../../../server/src/core';
import { DiskIndexCache } from '../../../server/src/cache/diskIndexCache';
import { summarizeArticle } from '../../../server/src/service/mentionIndex';
import { type PersistedArticle, type PersistedIndex, toPersistedView } from '../../../server/src/service/persistedIndex';
import { exampleArticles, exampleGazetteer } from './examples';
import { tempFolders } from '../../support/tempFolders';

const tempFolder = tempFolders('newsmd-index-test-');

/** The persisted index of the example corpus, as the server would write it. */
function exampleIndex(store: DiskIndexCache): PersistedIndex {
  const loaded = exampleGazetteer();
  const articles = new Map<string, PersistedArticle>();
  for (const file of exampleArticles()) {
    const analysis = analyzeArticle(file, loaded, withDefaults({}));
    const view = corpusView(analysis);
    articles.set(file.uri, {
      digest: store.digest(file.text),
      summary: summarizeArticle(analysis, LineIndex.of(file.text)),
      view: view.figures.length > 0 ? toPersistedView(view) : null,
    });
  }
  return { key: 'gazetteer+settings+build', articles };
}

const WORKSPACE = '/home/reporter/archive';

/** What `readEntries` (a record at a time) gives, drained into the form `read` gives; undefined if it gives up anywhere. */
function streamed(store: DiskIndexCache, workspace = WORKSPACE): PersistedIndex | undefined {
  const stream = store.readEntries(workspace);
  if (!stream) return undefined;
  const articles = new Map<string, PersistedArticle>();
  for (const item of stream.articles) {
    if (item === undefined) return undefined;
    articles.set(item[0], item[1]);
  }
  return { key: stream.key, articles };
}

describe('DiskIndexCache', () => {
  test('an index comes back equal: every summary field and every corpus view', async () => {
    const store = new DiskIndexCache(tempFolder());
    const index = exampleIndex(store);
    assert.ok([...index.articles.values()].some((a) => a.view !== null), 'some examples have keyed, dated figures');
    await store.write(WORKSPACE, index);
    assert.deepEqual(store.read(WORKSPACE), index);
    assert.deepEqual(streamed(store), index, 'read a record at a time');
  });

  test('one file per workspace, named by a digest of it; other workspaces miss', async () => {
    const folder = tempFolder();
    const store = new DiskIndexCache(folder);
    await store.write(WORKSPACE, exampleIndex(store));
    assert.deepEqual(readdirSync(folder), [path.basename(store.fileOf(WORKSPACE))]);
    assert.match(readdirSync(folder)[0], /^index-[0-9a-f]{40}\.v8$/);
    assert.equal(store.read('/home/reporter/other'), undefined);
    assert.equal(streamed(store, '/home/reporter/other'), undefined);
  });

  test('a missing folder is created; an unwritable one costs nothing but the cache', async () => {
    const folder = path.join(tempFolder(), 'global', 'storage');
    const store = new DiskIndexCache(folder);
    assert.equal(store.read(WORKSPACE), undefined);
    assert.equal(streamed(store), undefined);
    await store.write(WORKSPACE, exampleIndex(store));
    assert.ok(store.read(WORKSPACE));

    const blocked = path.join(tempFolder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const nowhere = new DiskIndexCache(path.join(blocked, 'cache'));
    await nowhere.write(WORKSPACE, exampleIndex(nowhere)); // resolves, does not throw
    assert.equal(nowhere.read(WORKSPACE), undefined);
    assert.equal(streamed(nowhere), undefined);
  });

  describe('a damaged file is a miss, never an exception', () => {
    async function written(): Promise<{ store: DiskIndexCache; file: string; bytes: Buffer }> {
      const store = new DiskIndexCache(tempFolder());
      await store.write(WORKSPACE, exampleIndex(store));
      const file = store.fileOf(WORKSPACE);
      return { store, file, bytes: readFileSync(file) };
    }

    test('truncated (a crash while copying, a full disk)', async () => {
      const { store, file, bytes } = await written();
      for (const length of [0, 5, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
        writeFileSync(file, bytes.subarray(0, length));
        assert.equal(store.read(WORKSPACE), undefined, `first ${length} bytes`);
        assert.equal(streamed(store), undefined, `first ${length} bytes`);
      }
    });

    test('corrupted bytes in the payload', async () => {
      const { store, file, bytes } = await written();
      for (const at of [bytes.length - 1, Math.floor(bytes.length / 2), bytes.indexOf(10, 20) + 1]) {
        const damaged = Buffer.from(bytes);
        damaged[at] ^= 0x5a;
        writeFileSync(file, damaged);
        assert.equal(store.read(WORKSPACE), undefined, `byte ${at}`);
        assert.equal(streamed(store), undefined, `byte ${at}`);
      }
    });

    test('another format version, another program, junk, an empty file', async () => {
      const { store, file, bytes } = await written();
      writeFileSync(file, Buffer.concat([Buffer.from('newsmd-index 999\n'), bytes.subarray(bytes.indexOf(10) + 1)]));
      assert.equal(store.read(WORKSPACE), undefined);
      assert.equal(streamed(store), undefined);
      writeFileSync(file, JSON.stringify({ key: 'x', articles: {} }));
      assert.equal(store.read(WORKSPACE), undefined);
      assert.equal(streamed(store), undefined);
      writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      assert.equal(store.read(WORKSPACE), undefined);
      assert.equal(streamed(store), undefined);
      writeFileSync(file, '');
      assert.equal(store.read(WORKSPACE), undefined);
      assert.equal(streamed(store), undefined);
    });

    test('records that check out but are not an index', async () => {
      const { store, file } = await written();
      const record = (value: unknown): Buffer => {
        const payload = serialize(value);
        return Buffer.concat([Buffer.from(`${payload.length} ${createHash('sha1').update(payload).digest('hex')}\n`), payload]);
      };
      const magic = readFileSync(file).subarray(0, readFileSync(file).indexOf(10) + 1);
      const cases: unknown[][] = [[null], [42], ['text'], [{ key: 7 }], [{ key: 'k' }, { not: 'a batch' }], [{ key: 'k' }, [['uri-without-entry']]], [{ key: 'k' }, [[5, {}]]]];
      for (const values of cases) {
        writeFileSync(file, Buffer.concat([magic, ...values.map(record)]));
        assert.equal(store.read(WORKSPACE), undefined, JSON.stringify(values));
        assert.equal(streamed(store), undefined, JSON.stringify(values));
      }
    });

    test('unreadable: a folder where the file should be, or no permission', async () => {
      const { store, file } = await written();
      rmSync(file);
      mkdirSync(file);
      assert.equal(store.read(WORKSPACE), undefined);
      assert.equal(streamed(store), undefined);
      rmSync(file, { recursive: true });
      await store.write(WORKSPACE, exampleIndex(store));
      if (process.getuid?.() !== 0) {
        chmodSync(file, 0);
        assert.equal(store.read(WORKSPACE), undefined);
        assert.equal(streamed(store), undefined);
      }
    });
  });

  test('keeps the indexes of the four most recently written workspaces and clears stale temp files', async () => {
    const folder = tempFolder();
    const store = new DiskIndexCache(folder);
    const index = { key: 'k', articles: new Map() };
    const stale = path.join(folder, `${path.basename(store.fileOf('/ws/0'))}.12345-1.tmp`);
    writeFileSync(stale, 'half written');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const unrelated = path.join(folder, 'gazetteer-abc.v8');
    writeFileSync(unrelated, 'another cache');
    for (let i = 0; i < 6; i++) {
      await store.write(`/ws/${i}`, index);
      const when = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(store.fileOf(`/ws/${i}`), when, when);
    }
    await store.write('/ws/5', index); // the last write prunes
    const left = readdirSync(folder).sort();
    assert.deepEqual(left, ['gazetteer-abc.v8', ...[2, 3, 4, 5].map((i) => path.basename(store.fileOf(`/ws/${i}`)))].sort());
  });
});
