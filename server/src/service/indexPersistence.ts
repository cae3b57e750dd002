import type { CorpusViews } from './corpusViews';
import { IndexRecordReader, type SnapshotArticles, indexRecords } from './indexRecordCodec';
import type { MentionIndex } from './mentionIndex';
import { type IndexCacheStore, isUnusable } from './persistedIndex';
import type { StringTable } from './stringTable';

/** Entries restored between two full collections (when the host can ask for them). */
const ENTRIES_PER_COLLECTION = 10_000;

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
  /** The workspace's string table, which summaries and views are numbered in. */
  strings: StringTable;
  mentions: MentionIndex;
  views: CorpusViews;
  indexed: IndexedKeys;
  /** Closed and open articles on disk, with the key their text has on disk. */
  disk(): Iterable<[uri: string, text: string, diskKey: string]>;
  /** How many articles `disk` gives. */
  diskCount(): number;
  isOpen(uri: string): boolean;
  /** True if the index entry of `uri` was made from its text on disk. */
  indexedFromDisk(uri: string): boolean;
  log(message: string): void;
}

/**
 * Takes every closed article whose text, gazetteer, settings and server build are those of the
 * persisted index of `workspace` from it, without analysing it, a record at a time: each article
 * is kept as it was read (its compact summary and view), so nothing is made and dropped again.
 * Returns how many it took. A file that cannot be used, or a record that cannot be read, is a
 * miss (what was taken from it is dropped again) and is said in the log: every article is then
 * indexed, and the file written again.
 */
export function restoreIndex(source: IndexSource, workspace: string, collectGarbage?: () => void): number {
  const read = source.cache.read(workspace);
  if (!read) return 0;
  const miss = (problem: string): number => {
    source.log(`newsmd: the saved index of this workspace ${problem}; indexing every article again`);
    return 0;
  };
  if (isUnusable(read)) return miss(read.problem);
  if (read.key !== source.key) {
    read.close(); // another gazetteer, settings or server build: nothing in it stands
    return 0;
  }
  // The workspace's own uri strings, so a restored entry keeps no copy of its own.
  const onDisk = new Map<string, [uri: string, text: string, diskKey: string]>();
  for (const [uri, text, diskKey] of source.disk()) if (!source.isOpen(uri)) onDisk.set(uri, [uri, text, diskKey]);
  const reader = new IndexRecordReader(source.strings);
  const restored: string[] = [];
  let entries = 0;
  for (const record of read.records) {
    const articles = record === undefined ? undefined : reader.take(record);
    if (!articles) {
      for (const uri of restored) {
        source.mentions.delete(uri);
        source.views.keep(uri, undefined);
        source.indexed.delete(uri);
      }
      source.indexed.dirty = true;
      return miss('is damaged (a record is not one of this format)');
    }
    for (const article of articles) {
      const disk = onDisk.get(article.uri);
      if (!disk) continue;
      // Where texts are not kept, this is the digest taken when the file was read: one string for both.
      const digest = source.cache.digest(disk[1]);
      if (article.digest !== digest) continue;
      const uri = disk[0];
      source.mentions.keep(uri, { uri, title: article.title, data: article.data });
      source.views.keep(uri, article.view && { uri, ...article.view });
      source.indexed.key.set(uri, disk[2]);
      source.indexed.digest.set(uri, digest);
      restored.push(uri);
    }
    // Each record is garbage once its articles are kept; V8 would rather grow the heap than collect.
    const before = entries;
    entries += articles.length;
    if (Math.floor(entries / ENTRIES_PER_COLLECTION) > Math.floor(before / ENTRIES_PER_COLLECTION)) collectGarbage?.();
  }
  // Entries of articles that are gone (or changed) are dropped by the next write.
  source.indexed.dirty = restored.length !== entries;
  return restored.length;
}

/**
 * Writes the index of every article indexed from its text on disk (unsaved texts are not kept),
 * if it changed since it was read or written. What is written is taken at once (a consistent
 * snapshot: the compact summaries and views the index holds now, which are replaced, never
 * changed, and the size of the string table, which only grows); the records are made from it one
 * at a time as the store writes them, with other work let run in between.
 */
export async function persistIndex(source: IndexSource, workspace: string): Promise<boolean> {
  if (!source.indexed.dirty) return false;
  // Four references an article, in one list made at its full length (grown by pushing, it left
  // as much again behind as garbage: ~8 MB at 100,000 articles).
  const articles: SnapshotArticles = new Array(4 * source.diskCount());
  let length = 0;
  for (const [uri, text] of source.disk()) {
    const summary = source.mentions.kept(uri);
    if (!summary || !source.indexedFromDisk(uri)) continue;
    articles[length++] = uri;
    articles[length++] = source.indexed.digest.get(uri) ?? source.cache.digest(text);
    articles[length++] = summary;
    articles[length++] = source.views.kept(uri);
  }
  articles.length = length;
  source.indexed.dirty = false;
  await source.cache.write(workspace, { key: source.key, records: indexRecords(source.strings, source.strings.size, articles) });
  return true;
}
