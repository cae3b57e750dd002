import type { CorpusView } from '../core';
import type { CorpusViews } from './corpusViews';
import type { ArticleSummary, MentionIndex } from './mentionIndex';
import { type IndexCacheStore, type PersistedArticle, fromPersistedView, toPersistedView, validEntry } from './persistedIndex';

/** Entries written or restored between two full collections (when the host can ask for them). */
const ENTRIES_PER_COLLECTION = 2_000;

/** What an article's index entry was made from: its key (generation and version) and, once known, its text's digest. */
export class IndexedKeys {
  readonly key = new Map<string, string>();
  /** Digests of the disk texts whose entries came from the persisted index (the rest are hashed when written). */
  readonly digest = new Map<string, string>();
  /** True when the index holds something the persisted one does not (or the other way round). */
  dirty = false;

  set(uri: string, key: string): void {
    this.key.set(uri, key);
    this.digest.delete(uri);
    this.dirty = true;
  }

  delete(uri: string): void {
    if (this.key.delete(uri)) this.dirty = true;
    this.digest.delete(uri);
  }
}

/** The parts of the workspace state the persisted index is read into and written from. */
export interface IndexSource {
  cache: IndexCacheStore;
  /** What every entry depends on besides its text (gazetteer, settings, server build). */
  key: string;
  mentions: MentionIndex;
  views: CorpusViews;
  indexed: IndexedKeys;
  /** Closed and open articles on disk, with the key their text has on disk. */
  disk(): Iterable<[uri: string, text: string, diskKey: string]>;
  isOpen(uri: string): boolean;
  /** True if the index entry of `uri` was made from its text on disk. */
  indexedFromDisk(uri: string): boolean;
}

/**
 * Takes every closed article whose text, gazetteer, settings and server build are those of the
 * persisted index of `workspace` from it, without analysing it. Returns how many it took.
 */
export function restoreIndex(source: IndexSource, workspace: string, collectGarbage?: () => void): number {
  if (source.cache.readEntries) return restoreEntries(source, workspace, collectGarbage);
  const persisted = source.cache.read(workspace);
  if (!persisted || persisted.key !== source.key) return 0;
  let restored = 0;
  for (const [uri, text, diskKey] of source.disk()) {
    if (source.isOpen(uri)) continue; // the editor's text counts, and it is analysed in full anyway
    const entry = validEntry(uri, persisted.articles.get(uri));
    if (!entry || entry.digest !== source.cache.digest(text)) continue;
    source.mentions.set(entry.summary, uri);
    source.views.set(uri, entry.view && fromPersistedView(entry.view));
    source.indexed.key.set(uri, diskKey);
    source.indexed.digest.set(uri, entry.digest);
    restored++;
  }
  // Entries of articles that are gone (or changed) are dropped by the next write.
  source.indexed.dirty = restored !== persisted.articles.size;
  return restored;
}

/**
 * `restoreIndex` from a store that reads an entry at a time: only one record of the saved index
 * is in memory at once. An entry that cannot be read makes the whole file a miss, as `read` does:
 * what was taken from it before is dropped again.
 */
function restoreEntries(source: IndexSource, workspace: string, collectGarbage?: () => void): number {
  const stream = source.cache.readEntries!(workspace);
  if (!stream) return 0;
  if (stream.key !== source.key) {
    stream.close();
    return 0;
  }
  // The workspace's own uri strings, so a restored entry keeps no copy of its own.
  const onDisk = new Map<string, [uri: string, text: string, diskKey: string]>();
  for (const [uri, text, diskKey] of source.disk()) if (!source.isOpen(uri)) onDisk.set(uri, [uri, text, diskKey]);
  const restored: string[] = [];
  let entries = 0;
  for (const item of stream.articles) {
    if (item === undefined) {
      for (const uri of restored) {
        source.mentions.delete(uri);
        source.views.set(uri, null);
        source.indexed.delete(uri);
      }
      source.indexed.dirty = true;
      return 0;
    }
    // Each record read is garbage once its entries are kept compactly (see `persistIndex`).
    if (++entries % ENTRIES_PER_COLLECTION === 0) collectGarbage?.();
    const [uri, entry] = item;
    const disk = onDisk.get(uri);
    if (!disk || entry.digest !== source.cache.digest(disk[1])) continue;
    source.mentions.set(entry.summary, disk[0]);
    source.views.set(disk[0], entry.view && fromPersistedView(entry.view));
    source.indexed.key.set(disk[0], disk[2]);
    source.indexed.digest.set(disk[0], entry.digest);
    restored.push(disk[0]);
  }
  source.indexed.dirty = restored.length !== entries;
  return restored.length;
}

/**
 * Writes the index of every article indexed from its text on disk (unsaved texts are not kept),
 * if it changed since it was read or written. What is written is taken at once (a consistent
 * snapshot); the writing itself lets other work run in between.
 */
export async function persistIndex(source: IndexSource, workspace: string, collectGarbage?: () => void): Promise<boolean> {
  if (!source.indexed.dirty) return false;
  // The snapshot holds each article's compact entries; the summaries and views are made from them
  // as the store writes them, a batch at a time: made all at once they were ~3 KB an article.
  const snapshot: Array<{ uri: string; digest: string; summary: () => ArticleSummary; view: (() => CorpusView) | undefined }> = [];
  for (const [uri, text] of source.disk()) {
    const summary = source.mentions.snapshot(uri);
    if (!summary || !source.indexedFromDisk(uri)) continue;
    const digest = source.indexed.digest.get(uri) ?? source.cache.digest(text);
    snapshot.push({ uri, digest, summary, view: source.views.snapshot(uri) });
  }
  source.indexed.dirty = false;
  function* articles(): Iterable<[string, PersistedArticle]> {
    for (let i = 0; i < snapshot.length; i++) {
      // Each entry made here is garbage once written; V8 let 100,000 of them pile up (~260 MB)
      // before collecting, so the host collects now and then (see the indexer's collections).
      if (i > 0 && i % ENTRIES_PER_COLLECTION === 0) collectGarbage?.();
      const { uri, digest, summary, view } = snapshot[i];
      yield [uri, { digest, summary: summary(), view: view ? toPersistedView(view()) : null }];
    }
  }
  await source.cache.write(workspace, { key: source.key, articles: articles(), size: snapshot.length });
  return true;
}
