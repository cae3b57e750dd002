import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { serialize } from 'node:v8';
import { DiskIndexCache } from '../../../server/src/cache/diskIndexCache';
import type { IdLocation } from '../../../server/src/service/mentionIndex';
import type { PersistedIndexStream } from '../../../server/src/service/persistedIndex';
import { readServerSettings } from '../../../server/src/service/serverSettings';
import { WorkspaceState } from '../../../server/src/service/workspaceState';
import { exampleArticles, exampleGazetteerFiles } from './examples';
import { tempFolders } from '../../support/tempFolders';

// The server's workspace index between starts: a second start takes unchanged articles from the
// persisted index without analysing them, and what it then knows — mentions, counts, corpus
// checks — is what a cold index knows.

const tempFolder = tempFolders('newsmd-workspace-index-');

const WORKSPACE = '/ws/examples';

interface Start {
  state: WorkspaceState;
  restored: number;
  /** Articles the start had to analyse (index them). */
  analysed: number;
}

/**
 * One start of the server on these texts: load the gazetteer, restore, index the rest, persist.
 * Nothing is logged, but the one line `expectLog` matches if given.
 */
async function start(cacheDir: string | null, articles: Map<string, string>, options: { gazetteer?: Map<string, string>; settings?: unknown; expectLog?: RegExp } = {}): Promise<Start> {
  const logs: string[] = [];
  const state = new WorkspaceState(() => undefined, () => false, { log: (m) => logs.push(m) });
  if (options.settings !== undefined) state.setSettings(readServerSettings(options.settings));
  state.setIndexCache(cacheDir === null ? null : new DiskIndexCache(cacheDir));
  state.setGazetteerOnDisk(options.gazetteer ?? new Map(exampleGazetteerFiles().map((f) => [f.uri, f.text])));
  state.reloadGazetteer([]);
  for (const [uri, text] of articles) state.setArticleOnDisk(uri, text);
  const restored = state.restoreIndex(WORKSPACE);
  let analysed = 0;
  for (const uri of state.articleUris()) if (state.ensureIndexed(uri)) analysed++;
  await state.persistIndex(WORKSPACE);
  if (options.expectLog) {
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0], options.expectLog);
  } else assert.deepEqual(logs, []);
  return { state, restored, analysed };
}

function exampleTexts(): Map<string, string> {
  return new Map(exampleArticles().map((f) => [f.uri, f.text]));
}

/**
 * What users see of the index: every summary, the counts and references of every id (in a fixed
 * order: the index lists articles in the order it learnt of them, and editors sort references),
 * and each article's diagnostics.
 */
function observable(state: WorkspaceState): unknown {
  const summaries = [...state.mentions.all()].sort((a, b) => a.uri.localeCompare(b.uri));
  const ids = [...new Set(summaries.flatMap((s) => [...s.mentions.keys]))].sort();
  const byPlace = (a: IdLocation, b: IdLocation) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  return {
    summaries,
    counts: ids.map((id) => [id, state.mentions.countsOf(id), state.mentions.mentionsOf(id).sort(byPlace)]),
    diagnostics: state.articleUris().map((uri) => [uri, state.articleDiagnostics(state.analyze(uri)!)]),
  };
}

describe('the workspace index between starts', () => {
  test('a second start restores every article and knows exactly what a cold start knows', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    const cold = await start(cache, texts);
    assert.equal(cold.restored, 0);
    assert.equal(cold.analysed, texts.size);
    const warm = await start(cache, texts);
    assert.equal(warm.restored, texts.size);
    assert.equal(warm.analysed, 0, 'nothing analysed to index it');
    const uncached = await start(null, texts);
    assert.deepEqual(observable(warm.state), observable(uncached.state));
    // Corpus checks between articles come from the restored corpus views: the examples have some.
    assert.ok((observable(warm.state) as { diagnostics: Array<[string, Array<{ code: string }>]> }).diagnostics
      .some(([, ds]) => ds.some((d) => d.code === 'figure-corpus-conflict')), 'the examples raise a corpus check');
  });

  test('only new and changed articles are analysed; deleted ones leave the persisted index', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    await start(cache, texts);
    const [first, second] = [...texts.keys()];
    const changed = new Map(texts);
    changed.set(first, `${texts.get(first)}\nThe Pentagon said on Tuesday that 120 troops had left.\n`);
    changed.delete(second);
    changed.set('file:///ws/examples/new.news.md', '---\npublished: 2020-01-10\n---\nOfficials at Ain al-Asad said on Monday that more than 100 troops remained.\n');
    const next = await start(cache, changed);
    assert.equal(next.restored, texts.size - 2);
    assert.equal(next.analysed, 2);
    assert.deepEqual(observable(next.state), observable((await start(null, changed)).state));
    const after = await start(cache, changed);
    assert.equal(after.restored, changed.size, 'the rewritten index has the changed and new articles');
    assert.equal(after.analysed, 0);
  });

  test('another gazetteer or other analysis settings: nothing is restored', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    await start(cache, texts);
    const gazetteer = new Map(exampleGazetteerFiles().map((f) => [f.uri, f.text]));
    const [firstFile, text] = [...gazetteer][0];
    gazetteer.set(firstFile, `${text}\n# a comment changes the content key\n`);
    const other = await start(cache, texts, { gazetteer });
    assert.equal(other.restored, 0);
    assert.equal(other.analysed, texts.size);
    const stricter = await start(cache, texts, { gazetteer, settings: { figures: { corpusWindowDays: 3 } } });
    assert.equal(stricter.restored, 0);
    assert.equal((await start(cache, texts, { gazetteer, settings: { figures: { corpusWindowDays: 3 } } })).restored, texts.size);
  });

  test('an unchanged second start does not rewrite the file', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    await start(cache, texts);
    const [file] = readdirSync(cache).filter((f) => f.startsWith('index-'));
    const { mtimeMs } = statSync(path.join(cache, file));
    await start(cache, texts);
    assert.equal(statSync(path.join(cache, file)).mtimeMs, mtimeMs);
  });

  test('a truncated index file: a log line, a cold index with the same results, then a good file again', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    await start(cache, texts);
    const [file] = readdirSync(cache).filter((f) => f.startsWith('index-'));
    const bytes = readFileSync(path.join(cache, file));
    writeFileSync(path.join(cache, file), bytes.subarray(0, bytes.length - 100));
    const damaged = await start(cache, texts, { expectLog: /^newsmd: the saved index of this workspace is truncated; indexing every article again$/ });
    assert.equal(damaged.restored, 0);
    assert.equal(damaged.analysed, texts.size);
    assert.deepEqual(observable(damaged.state), observable((await start(null, texts)).state));
    assert.equal((await start(cache, texts)).restored, texts.size);
  });

  test('an index file of the previous format is not read: a log line, a cold index, then a file of this format', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    const store = new DiskIndexCache(cache);
    // What format 2 wrote: its own first line, then records of whole summaries and views.
    mkdirSync(cache, { recursive: true });
    const payload = serialize([['file:///ws/examples/x.news.md', { digest: 'd', summary: {}, view: null }]]);
    writeFileSync(store.fileOf(WORKSPACE), Buffer.concat([Buffer.from(`newsmd-index 2\n${payload.length} ${store.digest('')}\n`), payload]));
    const old = await start(cache, texts, { expectLog: /^newsmd: the saved index of this workspace is of another format \(newsmd-index 2\); indexing every article again$/ });
    assert.equal(old.restored, 0);
    assert.equal(old.analysed, texts.size);
    assert.match(readFileSync(store.fileOf(WORKSPACE), 'latin1'), /^newsmd-index 3\n/, 'written again in this format');
    assert.equal((await start(cache, texts)).restored, texts.size);
  });

  test('a record that checks out but is not one of this format: a log line, and nothing of the file is kept', async () => {
    const cache = tempFolder();
    const texts = exampleTexts();
    await start(cache, texts);
    const store = new DiskIndexCache(cache);
    const read = store.read(WORKSPACE) as PersistedIndexStream;
    const records = [...read.records];
    // The first articles record is good; the second one is not an articles record (a record of format 2).
    const articles = records.filter((r) => 'articles' in (r as object)) as Array<{ articles: unknown[] }>;
    const [first, ...rest] = articles[0].articles.length >= 10 ? [{ articles: articles[0].articles.slice(0, 5) }, { articles: articles[0].articles.slice(5) }] : [articles[0]];
    const strings = records.filter((r) => 'strings' in (r as object));
    await store.write(WORKSPACE, { key: read.key, records: [...strings, first, [['uri', { summary: {} }]], ...rest] });
    const damaged = await start(cache, texts, { expectLog: /^newsmd: the saved index of this workspace is damaged \(a record is not one of this format\); indexing every article again$/ });
    assert.equal(damaged.restored, 0, 'what the first record restored is dropped again');
    assert.equal(damaged.analysed, texts.size);
    assert.deepEqual(observable(damaged.state), observable((await start(null, texts)).state));
  });

  test('without a cache folder nothing is persisted and every start is cold', async () => {
    const texts = exampleTexts();
    assert.equal((await start(null, texts)).restored, 0);
    assert.equal((await start(null, texts)).analysed, texts.size);
  });
});
