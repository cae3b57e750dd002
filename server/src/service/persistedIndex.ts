// The workspace index as it is kept between starts of the server (see `WorkspaceState.restoreIndex`):
// for each article, what the index holds of it — its compact summary and corpus view, as they are
// kept in memory — and the digest of the text it was made from, with the string table they refer
// to. `indexRecords.ts` says what the records hold; the store (`cache/diskIndexCache.ts`) only
// frames, checks and serialises them.

/**
 * Bumped whenever what is persisted changes shape or meaning (the records, compact summaries, the
 * corpus views' figure codes, the recognisers' output), so an index written by other code is
 * never read: its file is reported and rebuilt. The server's own build is part of the key as well
 * (see `DiskIndexCache.build`), so this matters most for builds that share a file name, such as
 * tests and development. 3: records of the compact in-memory form, written and read one at a time.
 */
export const INDEX_CACHE_FORMAT = 3;

/**
 * What is handed to a store to write: the key and the records (plain data), as an iterable read
 * once, in order: each record is made when the store asks for it and is garbage once written.
 */
export interface PersistedIndexWrite {
  key: string;
  records: Iterable<unknown>;
}

/** A persisted index read a record at a time: only one record is in memory at once. */
export interface PersistedIndexStream {
  /** What every entry depends on besides its own text: see `indexKey`. */
  key: string;
  /** Each record's data, in order; undefined for a record that cannot be read, and nothing after it. Read once; closes the file when done. */
  records: Iterable<unknown>;
  /** Closes the file without reading the records. */
  close(): void;
}

/** An index file that is there but cannot be used (another format, damaged, unreadable): why, for the log. */
export interface UnusableIndex {
  problem: string;
}

/**
 * Where the index is kept (a folder in the editor's storage). Implementations never throw: a store
 * that cannot read or write just misses, and the server indexes from scratch.
 */
export interface IndexCacheStore {
  /** A collision-resistant digest of a text (article texts, keys). */
  digest(text: string): string;
  /** The index persisted for a workspace (its folders): undefined if there is none, why not if there is one that cannot be used. */
  read(workspace: string): PersistedIndexStream | UnusableIndex | undefined;
  /** Persists a snapshot: the caller never changes what the records hold while they are written. */
  write(workspace: string, index: PersistedIndexWrite): Promise<void>;
  /** Identifies the code that writes and reads entries: an index from another build is not used. */
  readonly build: string;
}

export function isUnusable(read: PersistedIndexStream | UnusableIndex): read is UnusableIndex {
  return 'problem' in read;
}

/** The key every entry of an index depends on besides its text. */
export function indexKey(store: IndexCacheStore, gazetteerKey: string, settings: unknown): string {
  return store.digest(`newsmd-index-v${INDEX_CACHE_FORMAT}\n${store.build}\n${gazetteerKey}\n${JSON.stringify(settings)}`);
}
