import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { DiskGazetteerCache } from '../../../server/src/cache/diskGazetteerCache';
import { DiskIndexCache } from '../../../server/src/cache/diskIndexCache';
import { analyzeArticle, gazetteerCacheKey, prepareGazetteer, prepareGazetteerCached, withDefaults, type SourceFile } from '../../../server/src/core';
import { repoPath } from '../../support/repo';
import { tempFolders } from '../../support/tempFolders';

// A gazetteer from the cache must be the very gazetteer the files give: same entities, same
// diagnostics, same mentions in an article — and a changed, foreign or broken cache entry is
// never used.

function source(...parts: string[]): SourceFile {
  return { uri: `file:///ws/${parts.join('/')}`, text: readFileSync(repoPath(...parts), 'utf8') };
}

/** The example workspace: a clean gazetteer plus the deliberately broken ones (with diagnostics). */
const files: SourceFile[] = [
  source('examples', 'gazetteer.yaml'),
  source('examples', 'gazetteer', 'extra.yaml'),
  source('examples', 'gazetteer', 'broken-syntax.yaml'),
  source('test', 'fixtures', 'gazetteer', 'iraq.gazetteer.yaml'),
];

const tempFolder = tempFolders('newsmd-cache-test-');

function articleText(): string {
  const dir = repoPath('examples');
  const name = readdirSync(dir).find((f) => f.endsWith('.news.md'));
  if (name) return readFileSync(path.join(dir, name), 'utf8');
  return '---\npublished: 2020-01-09\n---\nIranian missiles struck Ain al-Asad on Wednesday, Qasem Soleimani was dead.\n';
}

describe('gazetteer cache', () => {
  test('the second load comes from the cache and equals a fresh load, diagnostics included', () => {
    const store = new DiskGazetteerCache(tempFolder());
    const fresh = prepareGazetteer(files);
    assert.ok(fresh.gazetteer.diagnostics.length > 0, 'the example gazetteers carry deliberate problems');

    const first = prepareGazetteerCached(files, store);
    const second = prepareGazetteerCached(files, store);
    assert.equal(first.fromCache, false);
    assert.equal(second.fromCache, true);
    assert.deepEqual(second.loaded.gazetteer, fresh.gazetteer);
    assert.deepEqual([...second.loaded.gazetteer.entities.keys()], [...fresh.gazetteer.entities.keys()], 'same order');

    const article = { uri: 'file:///ws/a.news.md', text: articleText() };
    const settings = withDefaults({});
    const { entities, dates, figures, diagnostics } = analyzeArticle(article, second.loaded, settings);
    const expected = analyzeArticle(article, fresh, settings);
    assert.ok(expected.entities.length > 0, 'the article names gazetteer entities');
    assert.deepEqual({ entities, dates, figures, diagnostics }, { entities: expected.entities, dates: expected.dates, figures: expected.figures, diagnostics: expected.diagnostics });
  });

  test('a changed file, another file order or another name misses', () => {
    const store = new DiskGazetteerCache(tempFolder());
    prepareGazetteerCached(files, store);
    const edited = files.map((f, i) => (i === 3 ? { ...f, text: f.text.replace('Ain al-Asad Air Base', 'Ain al-Assad Air Base') } : f));
    const changed = prepareGazetteerCached(edited, store);
    assert.equal(changed.fromCache, false);
    assert.deepEqual(changed.loaded.gazetteer, prepareGazetteer(edited).gazetteer);
    assert.equal(prepareGazetteerCached([...files].reverse(), store).fromCache, false);
    assert.equal(prepareGazetteerCached(files.map((f) => ({ ...f, uri: f.uri.replace('/ws/', '/other/') })), store).fromCache, false);
  });

  test('another build misses: a gazetteer cached by other code is never served', () => {
    const folder = tempFolder();
    const cachedBy = (build: string) => new DiskGazetteerCache(folder, build);
    assert.equal(prepareGazetteerCached(files, cachedBy('build-a')).fromCache, false);
    assert.equal(prepareGazetteerCached(files, cachedBy('build-a')).fromCache, true, 'the same build hits');
    // Same files, same folder, same GAZETTEER_CACHE_FORMAT: only the build's digest changed (say a
    // new fast YAML reader). Its load is read from the files, and then cached under its own key.
    const other = prepareGazetteerCached(files, cachedBy('build-b'));
    assert.equal(other.fromCache, false, 'a changed build digest misses the cache');
    assert.deepEqual(other.loaded.gazetteer, prepareGazetteer(files).gazetteer);
    assert.equal(prepareGazetteerCached(files, cachedBy('build-b')).fromCache, true);
    assert.equal(prepareGazetteerCached(files, cachedBy('build-a')).fromCache, true, 'each build keeps its own entry');
    assert.notEqual(gazetteerCacheKey(files, cachedBy('build-a')), gazetteerCacheKey(files, cachedBy('build-b')));
    // By default the store is keyed on the running build, as the workspace index is.
    assert.equal(new DiskGazetteerCache(folder).build, new DiskIndexCache(folder).build);
    assert.match(new DiskGazetteerCache(folder).build, /^[0-9a-f]{40}$/);
  });

  test('a corrupt or unwritable cache only costs speed', () => {
    const folder = tempFolder();
    const store = new DiskGazetteerCache(folder);
    prepareGazetteerCached(files, store);
    for (const name of readdirSync(folder)) writeFileSync(path.join(folder, name), 'not a v8 buffer');
    const afterCorruption = prepareGazetteerCached(files, store);
    assert.equal(afterCorruption.fromCache, false);
    assert.deepEqual(afterCorruption.loaded.gazetteer, prepareGazetteer(files).gazetteer);

    const blocker = path.join(tempFolder(), 'a-file');
    writeFileSync(blocker, '');
    const unwritable = new DiskGazetteerCache(path.join(blocker, 'cache')); // a folder inside a file
    assert.equal(prepareGazetteerCached(files, unwritable).fromCache, false);
    assert.equal(prepareGazetteerCached(files, unwritable).fromCache, false);
  });

  test('keeps only the few newest entries', () => {
    const folder = tempFolder();
    const store = new DiskGazetteerCache(folder);
    for (let i = 0; i < 7; i++) prepareGazetteerCached([{ uri: 'file:///ws/gazetteer.yaml', text: `places:\n  p-${i}:\n    name: Place ${i}\n` }], store);
    assert.ok(readdirSync(folder).length <= 4, readdirSync(folder).join(', '));
  });
});
