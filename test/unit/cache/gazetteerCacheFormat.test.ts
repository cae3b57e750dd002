import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { generateArticle, generateGazetteer } from '../../../bench/generate';
import { DiskGazetteerCache } from '../../../server/src/cache/diskGazetteerCache';
import { GAZETTEER_CACHE_FORMAT, analyzeArticle, prepareGazetteer, prepareGazetteerCached, withDefaults, type SourceFile } from '../../../server/src/core';
import type { CachedGazetteer } from '../../../server/src/core/cache/gazetteerCache';
import { repoPath } from '../../support/repo';
import { tempFolders } from '../../support/tempFolders';

// The cache keeps entities as ids and offsets into the files and the name matcher as its arrays.
// Whatever comes out of it must be the gazetteer a cold load gives — entities, diagnostics, the
// names it recognises — and an entry from an older format, a truncated file or a doctored one
// must only cost the speed of a cold load.

const tempFolder = tempFolders('newsmd-cache-format-');

function source(...parts: string[]): SourceFile {
  return { uri: `file:///ws/${parts.join('/')}`, text: readFileSync(repoPath(...parts), 'utf8') };
}

const corpus = generateGazetteer(1_500, 3, 5);
const files: SourceFile[] = [
  ...corpus.gazetteerFiles.map((f) => ({ uri: `file:///ws/gazetteer/${f.name}`, text: f.text })),
  source('examples', 'gazetteer.yaml'),
  source('examples', 'gazetteer', 'broken-syntax.yaml'), // read by `yaml`, with diagnostics
  source('test', 'fixtures', 'gazetteer', 'iraq.gazetteer.yaml'),
];
const settings = withDefaults({});
const articles = [0, 1, 2].map((i) => ({ uri: `file:///ws/a${i}.news.md`, text: generateArticle(corpus, 600, 90 + i) }));

/** The one cache file in `folder`, deserialised. */
function cacheEntry(folder: string): { file: string; value: CachedGazetteer } {
  const [name] = readdirSync(folder).filter((f) => f.endsWith('.v8'));
  const file = path.join(folder, name);
  return { file, value: deserialize(readFileSync(file)) as CachedGazetteer };
}

describe('gazetteer cache format', () => {
  test('a load from the cache equals a cold load: entities, diagnostics, recognised names', () => {
    const store = new DiskGazetteerCache(tempFolder());
    const cold = prepareGazetteer(files);
    assert.equal(prepareGazetteerCached(files, store).fromCache, false);
    const cached = prepareGazetteerCached(files, store);
    assert.equal(cached.fromCache, true);
    assert.ok(cold.gazetteer.diagnostics.length > 0);
    assert.deepEqual(cached.loaded.gazetteer.diagnostics, cold.gazetteer.diagnostics);
    assert.deepEqual([...cached.loaded.gazetteer.entities.keys()], [...cold.gazetteer.entities.keys()]);
    assert.deepEqual(cached.loaded.gazetteer, cold.gazetteer);
    for (const article of articles) {
      const a = analyzeArticle(article, cached.loaded, settings);
      const b = analyzeArticle(article, cold, settings);
      assert.ok(b.entities.length > 20, 'the article names many entries');
      assert.deepEqual(a.entities, b.entities);
      assert.deepEqual(a.diagnostics, b.diagnostics);
      assert.deepEqual(a.figures, b.figures);
    }
  });

  test('keeps entities as offsets and the matcher as typed arrays, not as a million objects', () => {
    const folder = tempFolder();
    prepareGazetteerCached(files, new DiskGazetteerCache(folder));
    const { value } = cacheEntry(folder);
    assert.equal(value.format, GAZETTEER_CACHE_FORMAT);
    assert.ok(value.table.keyAts instanceof Int32Array);
    assert.ok(value.names.edges.slots instanceof Int32Array);
    assert.ok(value.table.ids.length > 1_500);
    // Only entities of files `yaml` had to read (the examples) are kept whole.
    assert.ok(value.table.whole.length > 0 && value.table.whole.length < value.table.ids.length / 10, String(value.table.whole.length));
  });

  test('an entry written by an older format is ignored and replaced', () => {
    const folder = tempFolder();
    const store = new DiskGazetteerCache(folder);
    prepareGazetteerCached(files, store);
    const { file, value } = cacheEntry(folder);
    // What format 1 kept: whole entities, no name trie.
    const cold = prepareGazetteer(files);
    writeFileSync(file, serialize({ format: 1, entities: [...cold.gazetteer.entities.values()], files: value.files }));
    const load = prepareGazetteerCached(files, store);
    assert.equal(load.fromCache, false);
    assert.deepEqual(load.loaded.gazetteer, cold.gazetteer);
    assert.equal(prepareGazetteerCached(files, store).fromCache, true, 'rewritten in the current format');
  });

  test('a truncated, empty or garbled cache file is a miss, never a crash', () => {
    const folder = tempFolder();
    const store = new DiskGazetteerCache(folder);
    prepareGazetteerCached(files, store);
    const { file } = cacheEntry(folder);
    const good = readFileSync(file);
    const cold = prepareGazetteer(files);
    const garbled = Buffer.from(good);
    for (let i = 64; i < garbled.length; i += 97) garbled[i] ^= 0x5a;
    for (const bytes of [good.subarray(0, good.length >> 1), good.subarray(0, 9), Buffer.alloc(0), garbled]) {
      writeFileSync(file, bytes);
      const load = prepareGazetteerCached(files, store);
      assert.equal(load.fromCache, false);
      assert.deepEqual(load.loaded.gazetteer, cold.gazetteer);
      writeFileSync(file, good);
      assert.equal(prepareGazetteerCached(files, store).fromCache, true);
    }
  });

  test('an entry that does not fit the files is a miss: shifted offsets, repeated ids, a broken trie', () => {
    const folder = tempFolder();
    const store = new DiskGazetteerCache(folder);
    prepareGazetteerCached(files, store);
    const { file, value } = cacheEntry(folder);
    const good = serialize(value);
    const cold = prepareGazetteer(files);
    const doctored: Array<(v: CachedGazetteer) => void> = [
      (v) => { v.table.keyAts[3] += 1; },
      (v) => { v.table.ids[5] = v.table.ids[4]; },
      (v) => { v.table.files[7] = 99; },
      (v) => { v.table.kinds[2] = 200; },
      (v) => { v.names.terminal[1] = 1e9; },
      (v) => { v.names.keys.push(v.names.keys[0]); },
      (v) => { v.names.edges.slots = new Int32Array(3); },
      (v) => { v.names.edges.slots = v.names.edges.slots.subarray(3); },
      (v) => { (v as { names?: unknown }).names = undefined; },
      (v) => { v.files[0].uri = 'file:///elsewhere.yaml'; },
    ];
    for (const doctor of doctored) {
      const copy = deserialize(good) as CachedGazetteer;
      doctor(copy);
      writeFileSync(file, serialize(copy));
      const load = prepareGazetteerCached(files, store);
      assert.equal(load.fromCache, false, doctor.toString());
      assert.deepEqual(load.loaded.gazetteer, cold.gazetteer);
    }
  });
});
