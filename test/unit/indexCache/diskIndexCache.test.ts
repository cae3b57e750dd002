import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { DiskIndexCache } from '../../../server/src/cache/diskIndexCache';
import { RecordWriter } from '../../../server/src/cache/recordCodec';
import { type PersistedIndexStream, type UnusableIndex, isUnusable } from '../../../server/src/service/persistedIndex';
import { exampleIndex } from './exampleIndex';
import { tempFolders } from '../../support/tempFolders';

const tempFolder = tempFolders('newsmd-index-test-');

const WORKSPACE = '/home/reporter/archive';

/** The example corpus's index as the server writes it: its key and records (the compact form). */
function written(): { key: string; records: unknown[] } {
  return { key: 'gazetteer+settings+build', records: exampleIndex().records };
}

/** What `read` gives, drained: the key and every record (undefined for one that cannot be read), or why the file is not used. */
function drained(store: DiskIndexCache, workspace = WORKSPACE): { key: string; records: unknown[] } | UnusableIndex | undefined {
  const read = store.read(workspace);
  if (!read || isUnusable(read)) return read;
  return { key: read.key, records: [...(read as PersistedIndexStream).records] };
}

/** The problem `read` reports, or a failure if it reads the file as an index. */
function problem(store: DiskIndexCache, what: string): string {
  const read = store.read(WORKSPACE);
  assert.ok(read && isUnusable(read), `${what}: read as an index`);
  return read.problem;
}

describe('DiskIndexCache', () => {
  test('the records come back as they were written, a record at a time', async () => {
    const store = new DiskIndexCache(tempFolder());
    const index = written();
    assert.ok(index.records.length >= 2, 'the table and the articles');
    await store.write(WORKSPACE, index);
    assert.deepEqual(drained(store), index);
  });

  test('one file per workspace, named by a digest of it; other workspaces miss', async () => {
    const folder = tempFolder();
    const store = new DiskIndexCache(folder);
    await store.write(WORKSPACE, written());
    assert.deepEqual(readdirSync(folder), [path.basename(store.fileOf(WORKSPACE))]);
    assert.match(readdirSync(folder)[0], /^index-[0-9a-f]{40}\.v8$/);
    assert.equal(store.read('/home/reporter/other'), undefined);
  });

  test('a missing folder is created; an unwritable one costs nothing but the cache', async () => {
    const folder = path.join(tempFolder(), 'global', 'storage');
    const store = new DiskIndexCache(folder);
    assert.equal(store.read(WORKSPACE), undefined);
    await store.write(WORKSPACE, written());
    assert.deepEqual(drained(store), written());

    const blocked = path.join(tempFolder(), 'a-file');
    writeFileSync(blocked, 'not a folder');
    const nowhere = new DiskIndexCache(path.join(blocked, 'cache'));
    await nowhere.write(WORKSPACE, written()); // resolves, does not throw
    assert.equal(nowhere.read(WORKSPACE), undefined);
  });

  describe('a file that cannot be used is a miss that says why, never an exception', () => {
    async function saved(): Promise<{ store: DiskIndexCache; file: string; bytes: Buffer }> {
      const store = new DiskIndexCache(tempFolder());
      await store.write(WORKSPACE, written());
      const file = store.fileOf(WORKSPACE);
      return { store, file, bytes: readFileSync(file) };
    }

    test('truncated (a crash while copying, a full disk)', async () => {
      const { store, file, bytes } = await saved();
      for (const length of [5, 40, Math.floor(bytes.length / 2), bytes.length - 1]) {
        writeFileSync(file, bytes.subarray(0, length));
        assert.equal(problem(store, `first ${length} bytes`), 'is truncated', `first ${length} bytes`);
      }
      writeFileSync(file, '');
      assert.equal(problem(store, 'empty'), 'is empty');
    });

    test('corrupted bytes in a record or its header', async () => {
      const { store, file, bytes } = await saved();
      for (const at of [bytes.length - 1, Math.floor(bytes.length / 2), bytes.indexOf(10, 20) + 1]) {
        const damaged = Buffer.from(bytes);
        damaged[at] ^= 0x5a;
        writeFileSync(file, damaged);
        assert.match(problem(store, `byte ${at}`), /^is (damaged|truncated)/, `byte ${at}`);
      }
    });

    test('another format version, another program, junk', async () => {
      const { store, file, bytes } = await saved();
      writeFileSync(file, Buffer.concat([Buffer.from('newsmd-index 2\n'), bytes.subarray(bytes.indexOf(10) + 1)]));
      assert.equal(problem(store, 'format 2'), 'is of another format (newsmd-index 2)');
      writeFileSync(file, JSON.stringify({ key: 'x', articles: {} }));
      assert.equal(problem(store, 'JSON'), 'is not an index file');
      writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      assert.equal(problem(store, 'junk'), 'is not an index file');
    });

    test('records that check out but have no key', async () => {
      const { store, file } = await saved();
      const record = (value: unknown): Buffer => {
        const payload = Buffer.from(new RecordWriter().encode(value));
        return Buffer.concat([Buffer.from(`${payload.length} ${createHash('sha1').update(payload).digest('hex')}\n`), payload]);
      };
      const magic = readFileSync(file).subarray(0, readFileSync(file).indexOf(10) + 1);
      for (const values of [[], [null], [42], ['text'], [{ key: 7 }]]) {
        writeFileSync(file, Buffer.concat([magic, ...values.map(record)]));
        assert.match(problem(store, JSON.stringify(values)), /^is damaged/, JSON.stringify(values));
      }
      writeFileSync(file, Buffer.concat([magic, record({ key: 'k' }), record({ not: 'checked here' })]));
      assert.deepEqual(drained(store), { key: 'k', records: [{ not: 'checked here' }] }, 'what records hold is the service\'s to check');
    });

    test('unreadable: a folder where the file should be, or no permission', async () => {
      const { store, file } = await saved();
      rmSync(file);
      mkdirSync(file);
      assert.match(problem(store, 'a folder'), /^cannot be read \(EISDIR\)$/);
      rmSync(file, { recursive: true });
      await store.write(WORKSPACE, written());
      if (process.getuid?.() !== 0) {
        chmodSync(file, 0);
        assert.match(problem(store, 'no permission'), /^cannot be read \(EACCES\)$/);
      }
    });
  });

  test('keeps the indexes of the four most recently written workspaces and clears stale temp files', async () => {
    const folder = tempFolder();
    const store = new DiskIndexCache(folder);
    const index = { key: 'k', records: [] };
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
