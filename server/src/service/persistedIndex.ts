import type { CorpusView, Suppressions } from '../core';
import type { ArticleSummary } from './mentionIndex';
import { isPackedRanges } from './packedRanges';

// The workspace index as it is kept between starts of the server (see `WorkspaceState.restoreIndex`):
// for each article, what the index holds of it, and the digest of the text it was made from.

/**
 * Bumped whenever what is persisted changes shape or meaning (ArticleSummary, corpus views, the
 * recognisers' output), so an index written by other code is never read. The server's own build
 * is part of the key as well (see `DiskIndexCache.build`), so this matters most for builds that
 * share a file name, such as tests and development.
 */
export const INDEX_CACHE_FORMAT = 2;

/** A `corpusView` without its suppressions (a function: no serializer keeps it; a view suppresses nothing). */
export type PersistedView = Omit<CorpusView, 'article'> & { article: Omit<CorpusView['article'], 'suppressions'> };

export interface PersistedArticle {
  /** Digest of the article's text as it was indexed: the entry stands for that text only. */
  digest: string;
  summary: ArticleSummary;
  /** The article's corpus view (keyed, dated figures), or null when it has none. */
  view: PersistedView | null;
}

/** A persisted index read an entry at a time (see `IndexCacheStore.readEntries`). */
export interface PersistedIndexStream {
  key: string;
  /** Read once; closes the file when done. */
  articles: Iterable<[string, PersistedArticle] | undefined>;
  /** Closes the file without reading the articles. */
  close(): void;
}

/**
 * What is handed to a store to write: the articles as an iterable read once, in order, so the
 * writer can take a few hundred at a time without all of them being made at once.
 */
export interface PersistedIndexWrite {
  key: string;
  articles: Iterable<[string, PersistedArticle]>;
  size: number;
}

export interface PersistedIndex {
  /** What every entry depends on besides its own text: see `indexKey`. */
  key: string;
  articles: Map<string, PersistedArticle>;
}

/**
 * Where the index is kept (a folder in the editor's storage). Implementations never throw: a store
 * that cannot read or write just misses, and the server indexes from scratch.
 */
export interface IndexCacheStore {
  /** A collision-resistant digest of a text (article texts, keys). */
  digest(text: string): string;
  /** The index persisted for a workspace (its folders), or undefined if none can be read. */
  read(workspace: string): PersistedIndex | undefined;
  /**
   * The same as `read`, an entry at a time (optional): a store that can reads a large index without
   * holding all of it. An entry that cannot be read comes as undefined, and nothing after it.
   */
  readEntries?(workspace: string): PersistedIndexStream | undefined;
  /** Persists a snapshot: the caller never changes the entries it hands over (summaries are replaced, not edited). */
  write(workspace: string, index: PersistedIndex | PersistedIndexWrite): Promise<void>;
  /** Identifies the code that writes and reads entries: an index from another build is not used. */
  readonly build: string;
}

/** The key every entry of an index depends on besides its text. */
export function indexKey(store: IndexCacheStore, gazetteerKey: string, settings: unknown): string {
  return store.digest(`newsmd-index-v${INDEX_CACHE_FORMAT}\n${store.build}\n${gazetteerKey}\n${JSON.stringify(settings)}`);
}

const NOTHING_SUPPRESSED: Suppressions = { isSuppressed: () => false };

export function toPersistedView(view: CorpusView): PersistedView {
  const { suppressions: _dropped, ...article } = view.article;
  return { ...view, article };
}

export function fromPersistedView(view: PersistedView): CorpusView {
  return { ...view, article: { ...view.article, suppressions: NOTHING_SUPPRESSED } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The entry if it has the shape this code writes, else undefined. A file that passed its checksum
 * was written by this format, so this is a guard against bugs and hand edits, not a full schema.
 */
export function validEntry(uri: string, entry: unknown): PersistedArticle | undefined {
  if (!isObject(entry) || typeof entry.digest !== 'string') return undefined;
  const { summary, view } = entry;
  if (!isObject(summary) || summary.uri !== uri || !isPackedRanges(summary.mentions) || !isPackedRanges(summary.annotationIds)) return undefined;
  if (view !== null && !(isObject(view) && isObject(view.article) && view.article.uri === uri && Array.isArray(view.figures))) return undefined;
  return entry as unknown as PersistedArticle;
}
