import {
  type ArticleAnalysis, type CoreDiagnostic, type GazetteerCacheStore, type LoadedGazetteer, type Logger, type SourceFile,
  LineIndex, analyzeArticle, analyzeCorpus, corpusView, finalizeDiagnostics, gazetteerCacheKey, prepareGazetteer, prepareGazetteerCached,
} from '../core';
import { indexArticle } from '../core/indexArticle';
import { analyzeArticleIncremental } from '../core/incremental/analyzeIncremental';
import { isGazetteerPath } from './files';
import { type IndexCacheStore, type PersistedArticle, fromPersistedView, indexKey, toPersistedView, validEntry } from './persistedIndex';
import { MentionIndex, summarizeArticle } from './mentionIndex';
import { type ServerSettings, readServerSettings } from './serverSettings';

export interface OpenText {
  text: string;
  version: number;
}

/** One article analysed at one version, with the index to turn its spans into ranges. */
export interface Analysed {
  uri: string;
  /** The open document's version, or null for the copy on disk. */
  version: number | null;
  text: string;
  lines: LineIndex;
  analysis: ArticleAnalysis;
  /** Identifies what this analysis was computed from (text version + gazetteer + settings). */
  key: string;
}

interface DiskText {
  text: string;
  revision: number;
}

/** How many analyses of closed articles to keep whole (open ones are always kept). */
const CLOSED_CACHE_SIZE = 64;

/**
 * Everything the server knows about the workspace: settings, the loaded gazetteer, the text of
 * every article (open documents win over disk) and the analyses computed from them, cached by
 * (document version, gazetteer generation, settings generation) so no request re-analyses an
 * unchanged document and no request re-reads the gazetteer.
 */
export class WorkspaceState {
  settings: ServerSettings = readServerSettings({});
  loaded: LoadedGazetteer = prepareGazetteer([]);
  /** Bumps whenever the gazetteer or the settings change: every cached analysis is then stale. */
  generation = 0;
  private readonly mentionIndex = new MentionIndex();
  /**
   * Open articles analysed since their summary was last put into the mention index. Summarising
   * a long article (a range per mention) costs more than re-analysing the paragraph just typed
   * in, so it waits until something reads the index, after the edit's diagnostics are out.
   */
  private readonly unsummarized = new Map<string, { analysis: ArticleAnalysis; lines: LineIndex }>();

  /** Where each id is mentioned, across the workspace (summaries of open articles brought up to date first). */
  get mentions(): MentionIndex {
    if (this.unsummarized.size > 0) {
      for (const { analysis, lines } of this.unsummarized.values()) this.mentionIndex.set(summarizeArticle(analysis, lines));
      this.unsummarized.clear();
    }
    return this.mentionIndex;
  }

  private readonly gazetteerDisk = new Map<string, string>();
  private gazetteerLines = new Map<string, LineIndex>();
  private readonly articlesOnDisk = new Map<string, DiskText>();
  private readonly analyses = new Map<string, Analysed>();
  private readonly indexedKey = new Map<string, string>();
  /**
   * `corpusView`s (keyed, dated figures and the title: a few hundred bytes, not the whole analysis)
   * of articles with keyed figures, and which articles give each key: for corpus checks.
   */
  private readonly corpusViews = new Map<string, ArticleAnalysis>();
  private readonly urisByFigureKey = new Map<string, Set<string>>();
  private diskRevision = 0;
  /** The order of gazetteer files: it decides which definition of a duplicated id is the first. */
  private gazetteerOrder: (a: string, b: string) => number = () => 0;
  /** Where loaded gazetteers are kept between starts (the editor's storage folder), if anywhere. */
  private gazetteerCache: GazetteerCacheStore | null = null;
  /** Where the mention index is kept between starts (the same folder), if anywhere. */
  private indexCache: IndexCacheStore | null = null;
  /** Content key of the loaded gazetteer (null without an index cache, or if loading failed). */
  private gazetteerKey: string | null = null;
  /** Digests of the disk texts whose entries came from the persisted index (the rest are hashed when written). */
  private readonly indexedDigest = new Map<string, string>();
  /** True when the index holds something the persisted one does not (or the other way round). */
  private indexDirty = false;

  constructor(
    private readonly openText: (uri: string) => OpenText | undefined,
    private readonly isOpen: (uri: string) => boolean,
    private readonly logger: Logger,
  ) {}

  // ----- settings and gazetteer -------------------------------------------------------------

  setSettings(settings: ServerSettings): void {
    this.settings = settings;
    this.generation++;
  }

  setGazetteerCache(store: GazetteerCacheStore | null): void {
    this.gazetteerCache = store;
  }

  setIndexCache(store: IndexCacheStore | null): void {
    this.indexCache = store;
  }

  setGazetteerOrder(compare: (a: string, b: string) => number): void {
    this.gazetteerOrder = compare;
  }

  setGazetteerOnDisk(files: Map<string, string>): void {
    this.gazetteerDisk.clear();
    for (const [uri, text] of files) this.gazetteerDisk.set(uri, text);
  }

  updateGazetteerOnDisk(uri: string, text: string | null): void {
    if (text === null) this.gazetteerDisk.delete(uri);
    else this.gazetteerDisk.set(uri, text);
  }

  isGazetteerUri(uri: string): boolean {
    if (this.gazetteerDisk.has(uri)) return true;
    return this.settings.gazetteerPaths.length === 0 && isGazetteerPath(uri);
  }

  /** Rebuilds the gazetteer from disk texts, overridden by open (possibly unsaved) gazetteer documents. */
  reloadGazetteer(openGazetteers: Iterable<string>): void {
    const texts = new Map(this.gazetteerDisk);
    let edited = false;
    for (const uri of openGazetteers) {
      const open = this.openText(uri);
      if (open) {
        edited ||= open.text !== texts.get(uri);
        texts.set(uri, open.text);
      }
    }
    // Sorted, not insertion order: a file created (or opened unsaved) later takes its proper place.
    const files: SourceFile[] = [...texts].map(([uri, text]) => ({ uri, text })).sort((a, b) => this.gazetteerOrder(a.uri, b.uri));
    try {
      // The cache speeds up starting on files as saved; unsaved text changes with every keystroke
      // and would only fill the cache with entries never read again.
      this.loaded = this.gazetteerCache && !edited ? prepareGazetteerCached(files, this.gazetteerCache).loaded : prepareGazetteer(files);
      this.gazetteerKey = this.indexCache ? gazetteerCacheKey(files, this.indexCache) : null;
    } catch (err) {
      this.logger.log(`newsmd: loading the gazetteer failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      this.loaded = prepareGazetteer([]);
      this.gazetteerKey = null;
    }
    this.gazetteerLines = new Map();
    this.generation++;
  }

  gazetteerUris(): string[] {
    return this.loaded.gazetteer.files.map((f) => f.uri);
  }

  gazetteerText(uri: string): string | undefined {
    return this.loaded.gazetteer.files.find((f) => f.uri === uri)?.text;
  }

  gazetteerLineIndex(uri: string): LineIndex | undefined {
    let lines = this.gazetteerLines.get(uri);
    if (!lines) {
      const text = this.gazetteerText(uri);
      if (text === undefined) return undefined;
      lines = new LineIndex(text);
      this.gazetteerLines.set(uri, lines);
    }
    return lines;
  }

  /** Line index of any known file (gazetteer or article), for ranges that point into other files. */
  linesOf(uri: string): LineIndex | undefined {
    const gazetteer = this.gazetteerLineIndex(uri);
    if (gazetteer) return gazetteer;
    const cached = this.analyses.get(uri);
    if (cached) return cached.lines;
    const text = this.openText(uri)?.text ?? this.articlesOnDisk.get(uri)?.text;
    return text === undefined ? undefined : new LineIndex(text);
  }

  // ----- articles -----------------------------------------------------------------------------

  setArticleOnDisk(uri: string, text: string | null): void {
    if (text === null) {
      this.articlesOnDisk.delete(uri);
      this.forget(uri);
      return;
    }
    this.articlesOnDisk.set(uri, { text, revision: ++this.diskRevision });
  }

  /** Drops what is known of an article that no longer exists (deleted, or closed and never on disk). */
  forget(uri: string): void {
    if (this.articlesOnDisk.has(uri) || this.isOpen(uri)) return;
    this.analyses.delete(uri);
    if (this.indexedKey.delete(uri)) this.indexDirty = true;
    this.indexedDigest.delete(uri);
    this.mentions.delete(uri);
    this.setCorpusView(uri, null);
  }

  articleUris(): string[] {
    return [...this.articlesOnDisk.keys()];
  }

  hasArticle(uri: string): boolean {
    return this.articlesOnDisk.has(uri) || this.isOpen(uri);
  }

  private currentKey(uri: string): { key: string; text: string; version: number | null } | undefined {
    const open = this.openText(uri);
    if (open) return { key: this.openKey(open), text: open.text, version: open.version };
    const disk = this.articlesOnDisk.get(uri);
    if (disk) return { key: this.diskKey(disk), text: disk.text, version: null };
    return undefined;
  }

  private openKey(open: OpenText): string {
    return `${this.generation}|v${open.version}`;
  }

  private diskKey(disk: DiskText): string {
    return `${this.generation}|d${disk.revision}`;
  }

  /** The analysis of the article as it is now (open text or disk), computed at most once per version. */
  analyze(uri: string): Analysed | undefined {
    const current = this.currentKey(uri);
    if (!current) return undefined;
    const cached = this.analyses.get(uri);
    if (cached && cached.key === current.key) {
      // Refresh LRU order for closed articles.
      this.analyses.delete(uri);
      this.analyses.set(uri, cached);
      return cached;
    }
    const file = { uri, text: current.text };
    // An open document is re-read incrementally from its previous version's analysis (only the
    // paragraphs around an edit); the result is the same as a whole analysis.
    const analysis = current.version !== null
      ? analyzeArticleIncremental(cached?.analysis, file, this.loaded, this.settings.analysis, this.logger)
      : analyzeArticle(file, this.loaded, this.settings.analysis, this.logger);
    const lines = LineIndex.of(current.text);
    const analysed: Analysed = { uri, version: current.version, text: current.text, lines, analysis, key: current.key };
    this.analyses.delete(uri);
    this.analyses.set(uri, analysed);
    this.record(uri, current.key, analysis, lines);
    this.evictClosed();
    return analysed;
  }

  /**
   * Brings the mention index up to date for one article; true if it had to analyse it. A closed
   * article is only indexed (`indexArticle`: mentions, dates, figures, no diagnostic checks) and
   * that partial analysis is not kept: a request that needs the whole analysis (diagnostics,
   * hover, the id under the cursor) analyses it then, through `analyze`.
   */
  ensureIndexed(uri: string): boolean {
    const current = this.currentKey(uri);
    if (!current || this.indexedKey.get(uri) === current.key) return false;
    if (current.version !== null) {
      this.analyze(uri); // open: its diagnostics are about to be asked for anyway
      return true;
    }
    const analysis = indexArticle({ uri, text: current.text }, this.loaded, this.settings.analysis, this.logger);
    this.record(uri, current.key, analysis, LineIndex.of(current.text));
    return true;
  }

  /** Puts what the workspace index keeps of an analysis (full or `indexArticle`) into it. */
  private record(uri: string, key: string, analysis: ArticleAnalysis, lines: LineIndex): void {
    if (this.isOpen(uri)) {
      this.unsummarized.set(uri, { analysis, lines });
    } else {
      this.unsummarized.delete(uri);
      this.mentionIndex.set(summarizeArticle(analysis, lines));
    }
    this.indexedKey.set(uri, key);
    this.indexedDigest.delete(uri);
    this.indexDirty = true;
    const view = corpusView(analysis);
    this.setCorpusView(uri, view.figures.length > 0 ? view : null);
  }

  // ----- the index between starts -------------------------------------------------------------

  /** The key of what every persisted entry depends on besides its text, or null if nothing can be kept. */
  private persistKey(): string | null {
    return this.indexCache && this.gazetteerKey !== null ? indexKey(this.indexCache, this.gazetteerKey, this.settings.analysis) : null;
  }

  /**
   * Takes every closed article whose text, gazetteer, settings and server build are those of the
   * persisted index of `workspace` from it, without analysing it. Call after the gazetteer and the
   * articles on disk are known, before indexing. Returns how many articles it took.
   */
  restoreIndex(workspace: string): number {
    const key = this.persistKey();
    if (!key || !this.indexCache) return 0;
    const persisted = this.indexCache.read(workspace);
    if (!persisted || persisted.key !== key) return 0;
    let restored = 0;
    for (const [uri, disk] of this.articlesOnDisk) {
      if (this.isOpen(uri)) continue; // the editor's text counts, and it is analysed in full anyway
      const entry = validEntry(uri, persisted.articles.get(uri));
      if (!entry || entry.digest !== this.indexCache.digest(disk.text)) continue;
      this.mentions.set(entry.summary);
      this.setCorpusView(uri, entry.view && fromPersistedView(entry.view));
      this.indexedKey.set(uri, this.diskKey(disk));
      this.indexedDigest.set(uri, entry.digest);
      restored++;
    }
    // Entries of articles that are gone (or changed) are dropped by the next write.
    this.indexDirty = restored !== persisted.articles.size;
    return restored;
  }

  /**
   * Writes the index of every article indexed from its text on disk (open documents' unsaved
   * texts are not kept) as `workspace`'s persisted index, if it changed since it was read or
   * written. Articles that no longer exist are left out. What is written is taken at once (a
   * consistent snapshot); the writing itself lets other work run in between.
   */
  async persistIndex(workspace: string): Promise<boolean> {
    const key = this.persistKey();
    if (!key || !this.indexCache || !this.indexDirty) return false;
    const articles = new Map<string, PersistedArticle>();
    for (const [uri, disk] of this.articlesOnDisk) {
      const summary = this.mentions.get(uri);
      if (!summary || !this.indexedFromDiskText(uri, disk)) continue;
      const view = this.corpusViews.get(uri);
      const digest = this.indexedDigest.get(uri) ?? this.indexCache.digest(disk.text);
      articles.set(uri, { digest, summary, view: view ? toPersistedView(view) : null });
    }
    this.indexDirty = false;
    await this.indexCache.write(workspace, { key, articles });
    return true;
  }

  /**
   * True if the index entry of `uri` was made from its text on disk: indexed from disk, or from an
   * open document whose text is still the saved one (the index is often written at shutdown, with
   * articles open; an open article's summary and view are those of its indexing).
   */
  private indexedFromDiskText(uri: string, disk: DiskText): boolean {
    const key = this.indexedKey.get(uri);
    if (key === this.diskKey(disk)) return true;
    const open = this.openText(uri);
    return open !== undefined && open.text === disk.text && key === this.openKey(open);
  }

  private setCorpusView(uri: string, analysis: ArticleAnalysis | null): void {
    const previous = this.corpusViews.get(uri);
    if (previous) for (const f of previous.figures) if (f.key) this.urisByFigureKey.get(f.key)?.delete(uri);
    if (!analysis) {
      this.corpusViews.delete(uri);
      return;
    }
    this.corpusViews.set(uri, analysis);
    for (const f of analysis.figures) {
      if (!f.key) continue;
      let set = this.urisByFigureKey.get(f.key);
      if (!set) this.urisByFigureKey.set(f.key, (set = new Set()));
      set.add(uri);
    }
  }

  private evictClosed(): void {
    let closed = 0;
    for (const uri of this.analyses.keys()) if (!this.isOpen(uri)) closed++;
    if (closed <= CLOSED_CACHE_SIZE) return;
    for (const uri of this.analyses.keys()) {
      if (closed <= CLOSED_CACHE_SIZE) break;
      if (this.isOpen(uri)) continue;
      this.analyses.delete(uri);
      closed--;
    }
  }

  // ----- diagnostics --------------------------------------------------------------------------

  /** Article diagnostics: the article's own checks plus corpus conflicts with other articles. */
  articleDiagnostics(analysed: Analysed): CoreDiagnostic[] {
    const own = analysed.analysis.diagnostics;
    const keys = new Set(analysed.analysis.figures.map((f) => f.key).filter((k): k is string => k !== null));
    if (keys.size === 0) return own;
    const peers = new Set<string>();
    for (const key of keys) for (const uri of this.urisByFigureKey.get(key) ?? []) if (uri !== analysed.uri) peers.add(uri);
    if (peers.size === 0) return own;
    const views = [analysed.analysis, ...[...peers].map((uri) => this.corpusViews.get(uri)).filter((a): a is ArticleAnalysis => !!a)];
    // Only this article's diagnostics are finalized: the peers are views, not whole analyses.
    const corpus = analyzeCorpus(views, this.settings.analysis, this.loaded.gazetteer, analysed.uri).get(analysed.uri) ?? [];
    return corpus.length === 0 ? own : [...own, ...corpus].sort((a, b) => a.span.start - b.span.start);
  }

  gazetteerDiagnostics(uri: string): CoreDiagnostic[] {
    const file = this.loaded.gazetteer.files.find((f) => f.uri === uri);
    return file ? finalizeDiagnostics(null, file.diagnostics, this.settings.analysis) : [];
  }

  // ----- views --------------------------------------------------------------------------------

  /** The corpus views of the articles that give figure `key` (keyed, dated figures; see `corpusView`). */
  corpusViewsWithKey(key: string): ArticleAnalysis[] {
    const out: ArticleAnalysis[] = [];
    for (const uri of this.urisByFigureKey.get(key) ?? []) {
      const view = this.corpusViews.get(uri);
      if (view) out.push(view);
    }
    return out;
  }
}
