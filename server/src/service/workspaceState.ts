import { type CoreDiagnostic, type CorpusView, type IndexableArticle, type GazetteerCacheStore, type LoadedGazetteer, type Logger, LineIndex, analyzeArticle, corpusView } from '../core';
import { indexArticle } from '../core/indexArticle';
import { analyzeArticleIncremental } from '../core/incremental/analyzeIncremental';
import { type Analysed, AnalysisCache } from './analysisCache';
import { CorpusViews } from './corpusViews';
import { corpusSignature, withCorpusConflicts } from './corpusChecks';
import { DiskArticles, diskIndexSource } from './diskArticles';
import { GazetteerState } from './gazetteerState';
import { type IndexSource, IndexedKeys, persistIndex, restoreIndex } from './indexPersistence';
import { MentionIndex, summarizeArticle } from './mentionIndex';
import { type IndexCacheStore, indexKey } from './persistedIndex';
import { type ServerSettings, readServerSettings } from './serverSettings';

export type { Analysed };

export interface OpenText {
  text: string;
  version: number;
}

/**
 * Everything the service knows about the workspace: settings, the gazetteer, the text of every
 * article (open documents win over disk), the analyses computed from them — cached by (document
 * version, gazetteer generation, settings generation) so no request re-analyses an unchanged
 * document — and the workspace index (mentions and corpus views of every article).
 */
export class WorkspaceState {
  settings: ServerSettings = readServerSettings({});
  /** Bumps whenever the gazetteer or the settings change: every cached analysis is then stale. */
  generation = 0;
  private readonly gazetteer: GazetteerState;
  private readonly mentionIndex = new MentionIndex();
  /**
   * Open articles analysed since their summary was last put into the mention index: summarising a long article costs more than
   * re-analysing the paragraph just typed in, so it waits until something reads the index, after the edit's diagnostics are out.
   */
  private readonly unsummarized = new Map<string, { analysis: IndexableArticle; lines: LineIndex }>();
  /** Articles on disk: their texts, or (where the workspace reads files synchronously) only what tells a text changed. */
  private readonly disk: DiskArticles;
  private readonly analyses: AnalysisCache;
  private readonly indexed = new IndexedKeys();
  /** Its figures numbered in the mention index's string table (one table for the whole index, written with it). */
  private readonly views = new CorpusViews(this.mentionIndex.strings);
  /** Where the mention index is kept between starts, if anywhere. */
  private indexCache: IndexCacheStore | null = null;

  constructor(
    private readonly openText: (uri: string) => OpenText | undefined,
    private readonly isOpen: (uri: string) => boolean,
    private readonly logger: Logger,
    /** Open article documents: brought up to date before the index is read. */
    private readonly openArticles: () => string[] = () => [],
    /** Reads a closed article's text when needed (`NewsWorkspace.readTextNow`); without it, texts are kept. */
    readTextNow?: (uri: string) => string | null,
  ) {
    [this.disk, this.gazetteer, this.analyses] = [new DiskArticles(readTextNow), new GazetteerState(logger), new AnalysisCache(isOpen)];
  }

  /** Where each id is mentioned, across the workspace (summaries of open articles brought up to date first). */
  get mentions(): MentionIndex {
    // An open article edited since its last analysis (nothing asked for its diagnostics yet)
    // would answer references and renames with the ranges of its previous version.
    for (const uri of this.openArticles()) this.ensureIndexed(uri);
    if (this.unsummarized.size > 0) {
      for (const { analysis, lines } of this.unsummarized.values()) this.mentionIndex.set(summarizeArticle(analysis, lines));
      this.unsummarized.clear();
    }
    return this.mentionIndex;
  }

  // ----- settings and gazetteer -------------------------------------------------------------

  get loaded(): LoadedGazetteer {
    return this.gazetteer.loaded;
  }

  setSettings(settings: ServerSettings): void {
    this.settings = settings;
    this.generation++;
  }

  setGazetteerCache(store: GazetteerCacheStore | null): void {
    this.gazetteer.setCache(store);
  }

  setIndexCache(store: IndexCacheStore | null): void {
    this.indexCache = store;
    this.disk.useCache(store);
    this.gazetteer.setIndexCache(store);
  }

  setGazetteerOrder(compare: (a: string, b: string) => number): void {
    this.gazetteer.setOrder(compare);
  }

  setGazetteerOnDisk(files: Map<string, string>): void {
    this.gazetteer.setOnDisk(files);
  }

  updateGazetteerOnDisk(uri: string, text: string | null): void {
    this.gazetteer.updateOnDisk(uri, text);
  }

  isGazetteerUri(uri: string): boolean {
    return this.gazetteer.isGazetteerUri(uri, this.settings.gazetteerPaths.length > 0);
  }

  /** Rebuilds the gazetteer from disk texts, overridden by open (possibly unsaved) gazetteer documents. */
  reloadGazetteer(openGazetteers: Iterable<string>): void {
    const open = new Map<string, string>();
    for (const uri of openGazetteers) {
      const text = this.openText(uri)?.text;
      if (text !== undefined) open.set(uri, text);
    }
    this.gazetteer.reload(open);
    this.generation++;
  }

  gazetteerUris(): string[] {
    return this.gazetteer.uris();
  }

  gazetteerText(uri: string): string | undefined {
    return this.gazetteer.text(uri);
  }

  gazetteerLineIndex(uri: string): LineIndex | undefined {
    return this.gazetteer.lineIndex(uri);
  }

  gazetteerDiagnostics(uri: string): CoreDiagnostic[] {
    return this.gazetteer.diagnostics(uri, this.settings.analysis);
  }

  /** Line index of any known file (gazetteer or article), for ranges that point into other files. */
  linesOf(uri: string): LineIndex | undefined {
    const gazetteer = this.gazetteerLineIndex(uri);
    if (gazetteer) return gazetteer;
    const cached = this.analyses.any(uri);
    if (cached) return cached.lines;
    const open = this.openText(uri)?.text;
    return open === undefined ? this.disk.lineIndex(uri) : new LineIndex(open);
  }

  /** Bytes of closed articles' texts held in memory (UTF-16): none where the workspace can read them again. */
  heldTextBytes(): number {
    return 2 * this.disk.heldTextLength();
  }

  // ----- articles -----------------------------------------------------------------------------

  setArticleOnDisk(uri: string, text: string | null): void {
    if (text === null) {
      this.disk.delete(uri);
      this.forget(uri);
      return;
    }
    this.disk.set(uri, text);
  }

  /** Drops what is known of an article that no longer exists (deleted, or closed and never on disk). */
  forget(uri: string): void {
    if (this.disk.has(uri) || this.isOpen(uri)) return;
    this.analyses.delete(uri);
    this.indexed.delete(uri);
    this.mentions.delete(uri);
    this.views.set(uri, null);
  }

  articleUris(): string[] {
    return [...this.disk.uris()];
  }

  hasArticle(uri: string): boolean {
    return this.disk.has(uri) || this.isOpen(uri);
  }

  /** What the article's analysis is made from now, without reading a closed article's text. */
  private currentKey(uri: string): string | undefined {
    const open = this.openText(uri);
    if (open) return this.openKey(open);
    const revision = this.disk.revisionOf(uri);
    return revision === undefined ? undefined : this.diskKey(revision);
  }

  /** The article's text now (a closed one's read again if it is not kept; a changed one gets a new key). */
  private current(uri: string): { key: string; text: string; version: number | null } | undefined {
    const open = this.openText(uri);
    if (open) return { key: this.openKey(open), text: open.text, version: open.version };
    const disk = this.disk.read(uri);
    return disk && { key: this.diskKey(disk.revision), text: disk.text, version: null };
  }

  private openKey(open: OpenText): string {
    return `${this.generation}|v${open.version}`;
  }

  private diskKey(revision: number): string {
    return `${this.generation}|d${revision}`;
  }

  /** The analysis of the article as it is now (open text or disk), computed at most once per version. */
  analyze(uri: string): Analysed | undefined {
    const key = this.currentKey(uri);
    if (key === undefined) return undefined;
    const fresh = this.analyses.fresh(uri, key);
    if (fresh) return fresh;
    const current = this.current(uri);
    if (!current) return undefined;
    const cached = this.analyses.any(uri);
    const file = { uri, text: current.text };
    // An open document is re-read incrementally from its previous version's analysis (only the
    // paragraphs around an edit); the result is the same as a whole analysis.
    const analysis = current.version !== null
      ? analyzeArticleIncremental(cached?.analysis, file, this.loaded, this.settings.analysis, this.logger)
      : analyzeArticle(file, this.loaded, this.settings.analysis, this.logger);
    const lines = LineIndex.of(current.text);
    const analysed: Analysed = { uri, version: current.version, text: current.text, lines, analysis, key: current.key };
    this.analyses.put(analysed);
    this.record(uri, current.key, analysis, lines);
    return analysed;
  }

  /**
   * Brings the mention index up to date for one article; true if it had to analyse it. A closed
   * article is only indexed (`indexArticle`: mentions, dates, figures, no diagnostic checks) and
   * that partial analysis is not kept: a request that needs the whole analysis (diagnostics,
   * hover, the id under the cursor) analyses it then, through `analyze`.
   */
  ensureIndexed(uri: string): boolean {
    const key = this.currentKey(uri);
    if (key === undefined || this.indexed.key.get(uri) === key) return false;
    if (this.openText(uri)) {
      this.analyze(uri); // open: its diagnostics are about to be asked for anyway
      return true;
    }
    const current = this.current(uri);
    if (!current) return false;
    const analysis = indexArticle({ uri, text: current.text }, this.loaded, this.settings.analysis, this.logger);
    this.record(uri, current.key, analysis, LineIndex.of(current.text));
    return true;
  }

  /** Puts what the workspace index keeps of an analysis (full or `indexArticle`) into it. */
  private record(uri: string, key: string, analysis: IndexableArticle, lines: LineIndex): void {
    if (this.isOpen(uri)) {
      this.unsummarized.set(uri, { analysis, lines });
    } else {
      this.unsummarized.delete(uri);
      this.mentionIndex.set(summarizeArticle(analysis, lines));
    }
    this.indexed.set(uri, key);
    const view = corpusView(analysis);
    this.views.set(uri, view.figures.length > 0 ? view : null);
  }

  // ----- the index between starts -------------------------------------------------------------

  /** What the persisted index is read into and written from, or null if nothing can be kept. */
  private indexSource(): IndexSource | null {
    if (!this.indexCache || this.gazetteer.key === null) return null;
    return diskIndexSource(this.disk, {
      store: this.indexCache,
      key: indexKey(this.indexCache, this.gazetteer.key, this.settings.analysis),
      strings: this.mentionIndex.strings, mentions: this.mentions, views: this.views, indexed: this.indexed, isOpen: this.isOpen,
      log: (message) => this.logger.log(message), diskKey: (revision) => this.diskKey(revision),
      openKey: (uri) => {
        const open = this.openText(uri);
        return open && { key: this.openKey(open), text: open.text };
      },
    });
  }

  /** Takes unchanged closed articles from `workspace`'s persisted index; returns how many. */
  restoreIndex(workspace: string, collectGarbage?: () => void): number {
    const source = this.indexSource();
    return source ? restoreIndex(source, workspace, collectGarbage) : 0;
  }

  /** Writes `workspace`'s persisted index if it changed; true if it wrote. */
  async persistIndex(workspace: string): Promise<boolean> {
    const source = this.indexSource();
    return source ? persistIndex(source, workspace) : false;
  }

  /** Article diagnostics: the article's own checks plus corpus conflicts with other articles. */
  articleDiagnostics(analysed: Analysed): CoreDiagnostic[] {
    return withCorpusConflicts(analysed, this.views, this.settings.analysis);
  }

  /** What other articles' corpus checks see of `uri` (its keyed, dated figures), as a string to compare. */
  corpusSignature(uri: string): string {
    return corpusSignature(this.views.get(uri));
  }

  /** The corpus views of the articles that give figure `key` (keyed, dated figures; see `corpusView`). */
  corpusViewsWithKey(key: string): CorpusView[] {
    return this.views.withKey(key);
  }
}
