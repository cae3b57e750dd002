import type { CorpusViews } from './corpusViews';
import type { MentionIndex } from './mentionIndex';
import { type IndexCacheStore, type PersistedArticle, fromPersistedView, toPersistedView, validEntry } from './persistedIndex';

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
export function restoreIndex(source: IndexSource, workspace: string): number {
  const persisted = source.cache.read(workspace);
  if (!persisted || persisted.key !== source.key) return 0;
  let restored = 0;
  for (const [uri, text, diskKey] of source.disk()) {
    if (source.isOpen(uri)) continue; // the editor's text counts, and it is analysed in full anyway
    const entry = validEntry(uri, persisted.articles.get(uri));
    if (!entry || entry.digest !== source.cache.digest(text)) continue;
    source.mentions.set(entry.summary);
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
 * Writes the index of every article indexed from its text on disk (unsaved texts are not kept),
 * if it changed since it was read or written. What is written is taken at once (a consistent
 * snapshot); the writing itself lets other work run in between.
 */
export async function persistIndex(source: IndexSource, workspace: string): Promise<boolean> {
  if (!source.indexed.dirty) return false;
  const articles = new Map<string, PersistedArticle>();
  for (const [uri, text] of source.disk()) {
    const summary = source.mentions.get(uri);
    if (!summary || !source.indexedFromDisk(uri)) continue;
    const view = source.views.get(uri);
    const digest = source.indexed.digest.get(uri) ?? source.cache.digest(text);
    articles.set(uri, { digest, summary, view: view ? toPersistedView(view) : null });
  }
  source.indexed.dirty = false;
  await source.cache.write(workspace, { key: source.key, articles });
  return true;
}
