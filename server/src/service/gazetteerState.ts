import {
  type CoreDiagnostic, type AnalysisSettings, type GazetteerCacheStore, type LoadedGazetteer, type Logger, type SourceFile,
  LineIndex, finalizeDiagnostics, gazetteerCacheKey, isGazetteerPath, prepareGazetteer, prepareGazetteerCached,
} from '../core';
import type { IndexCacheStore } from './persistedIndex';

/**
 * The workspace's gazetteer: the texts of its files on disk, overridden by open (possibly unsaved)
 * gazetteer documents, loaded into one `LoadedGazetteer` — through the gazetteer cache when the
 * files are as saved.
 */
export class GazetteerState {
  loaded: LoadedGazetteer = prepareGazetteer([]);
  /** Content key of the loaded gazetteer for the index cache (null without one, or if loading failed). */
  key: string | null = null;
  private readonly disk = new Map<string, string>();
  private lines = new Map<string, LineIndex>();
  /** The order of gazetteer files: it decides which definition of a duplicated id is the first. */
  private order: (a: string, b: string) => number = () => 0;
  private cache: GazetteerCacheStore | null = null;
  private indexCache: IndexCacheStore | null = null;

  constructor(private readonly logger: Logger) {}

  setCache(store: GazetteerCacheStore | null): void {
    this.cache = store;
  }

  /** The index cache digests the gazetteer's files into the key its entries depend on. */
  setIndexCache(store: IndexCacheStore | null): void {
    this.indexCache = store;
  }

  setOrder(compare: (a: string, b: string) => number): void {
    this.order = compare;
  }

  setOnDisk(files: Map<string, string>): void {
    this.disk.clear();
    for (const [uri, text] of files) this.disk.set(uri, text);
  }

  updateOnDisk(uri: string, text: string | null): void {
    if (text === null) this.disk.delete(uri);
    else this.disk.set(uri, text);
  }

  /** A gazetteer file of the workspace, or (when no paths are configured) a file named like one. */
  isGazetteerUri(uri: string, pathsConfigured: boolean): boolean {
    return this.disk.has(uri) || (!pathsConfigured && isGazetteerPath(uri));
  }

  /** Rebuilds the gazetteer from the disk texts, with `openTexts` (open documents) over them. */
  reload(openTexts: Map<string, string>): void {
    const texts = new Map(this.disk);
    let edited = false;
    for (const [uri, text] of openTexts) {
      edited ||= text !== texts.get(uri);
      texts.set(uri, text);
    }
    // Sorted, not insertion order: a file created (or opened unsaved) later takes its proper place.
    const files: SourceFile[] = [...texts].map(([uri, text]) => ({ uri, text })).sort((a, b) => this.order(a.uri, b.uri));
    try {
      // The cache speeds up starting on files as saved; unsaved text changes with every keystroke
      // and would only fill the cache with entries never read again.
      this.loaded = this.cache && !edited ? prepareGazetteerCached(files, this.cache).loaded : prepareGazetteer(files);
      this.key = this.indexCache ? gazetteerCacheKey(files, this.indexCache) : null;
    } catch (err) {
      this.logger.log(`newsmd: loading the gazetteer failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      this.loaded = prepareGazetteer([]);
      this.key = null;
    }
    this.lines = new Map();
  }

  uris(): string[] {
    return this.loaded.gazetteer.files.map((f) => f.uri);
  }

  text(uri: string): string | undefined {
    return this.loaded.gazetteer.files.find((f) => f.uri === uri)?.text;
  }

  lineIndex(uri: string): LineIndex | undefined {
    let lines = this.lines.get(uri);
    if (!lines) {
      const text = this.text(uri);
      if (text === undefined) return undefined;
      lines = new LineIndex(text);
      this.lines.set(uri, lines);
    }
    return lines;
  }

  diagnostics(uri: string, settings: AnalysisSettings): CoreDiagnostic[] {
    const file = this.loaded.gazetteer.files.find((f) => f.uri === uri);
    return file ? finalizeDiagnostics(null, file.diagnostics, settings) : [];
  }
}
