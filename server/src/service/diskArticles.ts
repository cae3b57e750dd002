import { LineIndex } from '../core';
import { LruMap } from '../core/text/lruMap';
import type { CorpusViews } from './corpusViews';
import type { IndexSource, IndexedKeys } from './indexPersistence';
import type { MentionIndex } from './mentionIndex';
import type { IndexCacheStore } from './persistedIndex';
import type { StringTable } from './stringTable';

/** What is known of one article's copy on disk. */
interface DiskEntry {
  /** Bumps whenever the text is known to have changed: part of every key made from it. */
  revision: number;
  /** The text itself, only where the workspace cannot read it again when asked (the browser build). */
  text: string | undefined;
  /** Digest of the text (see `DiskArticles.digestOf`), when known; always known when the text is not held. */
  digest: string | undefined;
  /** UTF-16 length of the text: a cheap first check that a text read again is still the same one. */
  length: number;
}

/** One article's text on disk as it is now, and the revision it counts as. */
export interface DiskText {
  text: string;
  revision: number;
}

/**
 * How many line indexes of closed articles to keep (ranges in other articles: related information,
 * views), least recently used dropped first. Every diagnostics run of an open article asks for
 * those of all the articles its cross-article conflicts name, which can be dozens: with fewer kept
 * than that, each keystroke read them all from disk again. ~20 numbers an article.
 */
const LINES_KEPT = 1_000;

/**
 * The articles on disk. Where the workspace can read a file synchronously (`readTextNow`, the
 * desktop), a closed article keeps only a revision, a digest and a length, and its text is read
 * again when a feature needs it (a 100,000-article workspace would otherwise keep ~300 MB of
 * texts); elsewhere (the browser build) the texts are kept. A text read again that is not the one
 * listed (the file changed and the watcher has not said so yet) counts as a new revision, so no
 * key made from the old text stands for the new one.
 */
export class DiskArticles {
  private readonly entries = new Map<string, DiskEntry>();
  private revision = 0;
  private readonly lines = new LruMap<string, { revision: number; lines: LineIndex }>(LINES_KEPT);
  /** Digest of a text; the index cache's (sha1) when there is one, so the persisted index can compare without the text. */
  digestOf: (text: string) => string = quickDigest;

  constructor(private readonly readNow: ((uri: string) => string | null) | undefined) {}

  /** True when closed articles' texts are kept in memory (no synchronous read). */
  get holdsTexts(): boolean {
    return this.readNow === undefined;
  }

  /** The digest is the index cache's from now on (set before any article is listed). */
  useCache(store: IndexCacheStore | null): void {
    this.digestOf = store ? (text) => store.digest(text) : quickDigest;
  }

  set(uri: string, text: string): void {
    const held = this.readNow === undefined;
    this.entries.set(uri, { revision: ++this.revision, text: held ? text : undefined, digest: held ? undefined : this.digestOf(text), length: text.length });
    this.lines.delete(uri);
  }

  delete(uri: string): boolean {
    this.lines.delete(uri);
    return this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The revision the disk copy counts as, without reading it. */
  revisionOf(uri: string): number | undefined {
    return this.entries.get(uri)?.revision;
  }

  /** The text now, read again if it is not held; undefined if unknown or unreadable (the watcher will tell). */
  read(uri: string): DiskText | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    if (entry.text !== undefined) return { text: entry.text, revision: entry.revision };
    let text: string | null;
    try {
      text = this.readNow!(uri);
    } catch {
      text = null;
    }
    if (text === null) return undefined;
    if (text.length !== entry.length || this.digestOf(text) !== entry.digest) this.set(uri, text);
    return { text, revision: this.entries.get(uri)!.revision };
  }

  /** The line index of the disk copy (a few recent ones are kept). */
  lineIndex(uri: string): LineIndex | undefined {
    const revision = this.revisionOf(uri);
    const kept = this.lines.get(uri);
    if (kept && kept.revision === revision) return kept.lines;
    const disk = this.read(uri);
    if (!disk) return undefined;
    const lines = new LineIndex(disk.text);
    this.lines.set(uri, { revision: disk.revision, lines });
    return lines;
  }

  /** True if `text` is the disk copy's text (compared by digest when the text is not held). */
  isText(uri: string, text: string): boolean {
    const entry = this.entries.get(uri);
    if (!entry || entry.length !== text.length) return false;
    return entry.text !== undefined ? entry.text === text : entry.digest === this.digestOf(text);
  }

  /**
   * Every article with what the persisted index compares: its text where it is held (the store
   * digests it), else its digest, which `byDigest` hands back as it is.
   */
  *forIndex(): Iterable<[uri: string, textOrDigest: string, revision: number]> {
    for (const [uri, e] of this.entries) yield [uri, e.text ?? e.digest!, e.revision];
  }

  /** `store` for `forIndex`'s entries: where texts are not held they are digests already. */
  indexStore(store: IndexCacheStore): IndexCacheStore {
    if (this.holdsTexts) return store;
    return { build: store.build, read: (w) => store.read(w), write: (w, index) => store.write(w, index), digest: (digest) => digest };
  }

  /** UTF-16 code units of closed articles' texts held in memory (0 where they are read again when needed). */
  heldTextLength(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.text !== undefined) n += e.text.length;
    return n;
  }
}

/** What the persisted index reads into and writes from besides the disk copies (see `WorkspaceState.indexSource`). */
export interface IndexParts {
  store: IndexCacheStore;
  key: string;
  strings: StringTable;
  mentions: MentionIndex;
  views: CorpusViews;
  indexed: IndexedKeys;
  isOpen(uri: string): boolean;
  log(message: string): void;
  diskKey(revision: number): string;
  /** The key and text of the open document at `uri`, if one is open. */
  openKey(uri: string): { key: string; text: string } | undefined;
}

/** The `IndexSource` over `disk`: texts where they are held, else the digests taken when they were read. */
export function diskIndexSource(disk: DiskArticles, parts: IndexParts): IndexSource {
  const { indexed, diskKey } = parts;
  return {
    cache: disk.indexStore(parts.store),
    key: parts.key,
    strings: parts.strings,
    mentions: parts.mentions,
    views: parts.views,
    indexed,
    // One article at a time: a list of all of them is ~10 MB at 100,000 articles, made at once.
    disk: function* () {
      for (const [uri, text, revision] of disk.forIndex()) yield [uri, text, diskKey(revision)];
    },
    diskCount: () => disk.size,
    isOpen: parts.isOpen,
    log: parts.log,
    indexedFromDisk: (uri) => {
      // Indexed from disk, or from an open document whose text is still the saved one (the
      // index is often written at shutdown, with articles open).
      const revision = disk.revisionOf(uri);
      const key = indexed.key.get(uri);
      if (revision === undefined) return false;
      if (key === diskKey(revision)) return true;
      const open = parts.openKey(uri);
      return open !== undefined && key === open.key && disk.isText(uri, open.text);
    },
  };
}

/** A 53-bit digest (two 32-bit FNV-style hashes) and the length: tells a changed text where no cache digest exists. */
export function quickDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
