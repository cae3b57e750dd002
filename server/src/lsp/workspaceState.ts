import {
  type ArticleAnalysis, type CoreDiagnostic, type GazetteerCacheStore, type LoadedGazetteer, type Logger, type SourceFile,
  LineIndex, analyzeArticle, analyzeCorpus, corpusView, finalizeDiagnostics, prepareGazetteer, prepareGazetteerCached,
} from '../core';
import { isGazetteerPath } from './files';
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
  readonly mentions = new MentionIndex();

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
    } catch (err) {
      this.logger.log(`newsmd: loading the gazetteer failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      this.loaded = prepareGazetteer([]);
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
    this.indexedKey.delete(uri);
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
    if (open) return { key: `${this.generation}|v${open.version}`, text: open.text, version: open.version };
    const disk = this.articlesOnDisk.get(uri);
    if (disk) return { key: `${this.generation}|d${disk.revision}`, text: disk.text, version: null };
    return undefined;
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
    const analysis = analyzeArticle({ uri, text: current.text }, this.loaded, this.settings.analysis, this.logger);
    const lines = LineIndex.of(current.text);
    const analysed: Analysed = { uri, version: current.version, text: current.text, lines, analysis, key: current.key };
    this.analyses.delete(uri);
    this.analyses.set(uri, analysed);
    this.record(analysed);
    this.evictClosed();
    return analysed;
  }

  /** Brings the mention index up to date for one article; true if it had to analyse it. */
  ensureIndexed(uri: string): boolean {
    const current = this.currentKey(uri);
    if (!current || this.indexedKey.get(uri) === current.key) return false;
    this.analyze(uri);
    return true;
  }

  private record(analysed: Analysed): void {
    this.mentions.set(summarizeArticle(analysed.analysis, analysed.lines));
    this.indexedKey.set(analysed.uri, analysed.key);
    const view = corpusView(analysed.analysis);
    this.setCorpusView(analysed.uri, view.figures.length > 0 ? view : null);
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
}
