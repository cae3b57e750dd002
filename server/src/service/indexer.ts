import { isArticlePath } from '../core';
import type { DocumentStore } from './documentStore';
import { QuietTask } from './quietTask';
import { type ErrorSink, runSafely, runSafelyAsync } from './safe';
import type { NewsWorkspace, ServiceEvents, WorkspaceScan } from './types';
import type { WorkspaceState } from './workspaceState';

/** How long to gather gazetteer changes (typing in an open gazetteer, a burst of file events). */
const GAZETTEER_RELOAD_DELAY_MS = 150;

/**
 * Indexing lets the event loop answer requests (and reports progress) after at least this many
 * articles and this long: articles taken from the saved index cost next to nothing, so a warm
 * start yields rarely, and a small workspace is indexed before any request is answered.
 */
const INDEX_BATCH = 25;
const INDEX_SLICE_MS = 30;

/** The index is written after this long without an edit, and at most this long after indexing (see `QuietTask`). */
const INDEX_SAVE_QUIET_MS = 1_000;
const INDEX_SAVE_MAX_DELAY_MS = 30_000;

/**
 * Articles analysed between two offers of a full collection to the host while indexing; the Node
 * host takes them only once the heap is large (`collectGarbageIfLarge`).
 */
const ARTICLES_PER_COLLECTION = 500;

/** What the indexer needs from the service around it. */
export interface IndexerHost {
  state: WorkspaceState;
  documents: DocumentStore;
  workspace: NewsWorkspace;
  events: ServiceEvents;
  sink: ErrorSink;
  collectGarbage(): boolean;
  /** The name the workspace's persisted index is kept under. */
  indexName(): string;
  folders(): string[];
  gazetteerPaths(): string[];
  /** Takes the configuration a scan found (settings may change). */
  applyScan(scan: WorkspaceScan): void;
  isArticleDoc(uri: string): boolean;
  openGazetteerUris(): string[];
  openUris(): string[];
  /** The gazetteer is loaded: requests may be answered. */
  markReady(): void;
  ready(): Promise<void>;
}

/**
 * Keeps the workspace index in step with the files: finds and loads everything, analyses every
 * article in the background, follows file events and closed documents, reloads the gazetteer
 * when it changes, and writes the index once the user pauses.
 */
export class WorkspaceIndexer {
  private run = 0;
  private savedRun = 0;
  private gazetteerTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly save: QuietTask;

  constructor(private readonly host: IndexerHost) {
    // A run superseded meanwhile (the gazetteer or settings changed) would write a half-made
    // index; the newer run schedules its own write when it ends.
    this.save = new QuietTask(
      async () => this.savedRun === this.run && runSafelyAsync(host.sink, 'saving the index', false, () => host.state.persistIndex(host.indexName())),
      INDEX_SAVE_QUIET_MS, INDEX_SAVE_MAX_DELAY_MS,
    );
  }

  /**
   * Finds the gazetteer and the articles, loads the gazetteer (then open documents are ready to
   * check), and analyses every article in the background with a progress report.
   */
  async indexWorkspace(): Promise<void> {
    const { host } = this;
    const { state } = host;
    const run = ++this.run;
    const stale = (): boolean => run !== this.run;
    const progress = await host.events.beginProgress('News Annotator: indexing').catch(() => null);
    try {
      const found = await host.workspace.scan(host.folders(), host.gazetteerPaths(), stale);
      if (stale()) return;
      host.applyScan(found);
      const gazetteerTexts = new Map<string, string>();
      for (const uri of found.gazetteers) {
        const text = await host.workspace.readText(uri);
        if (text !== null) gazetteerTexts.set(uri, text);
      }
      state.setGazetteerOnDisk(gazetteerTexts);
      if (found.configured) {
        // Configured files keep the order the user listed them in.
        const rank = new Map(found.gazetteers.map((uri, i) => [uri, i]));
        const at = (uri: string): number => rank.get(uri) ?? rank.size;
        state.setGazetteerOrder((a, b) => at(a) - at(b));
      } else {
        state.setGazetteerOrder((a, b) => found.gazetteerOrder(a, b));
      }
      progress?.report(5, 'loading the gazetteer');
      state.reloadGazetteer(host.openGazetteerUris());
      await host.workspace.readTexts(found.articles, (uri, text) => state.setArticleOnDisk(uri, text), stale);
      if (stale()) return;
      // Articles unchanged since the last start (same text, gazetteer, settings and server) come
      // from the persisted index; only the others are analysed below.
      const restored = state.restoreIndex(host.indexName(), () => host.collectGarbage());
      const saved = restored > 0 ? ` (${restored} from the saved index)` : '';
      host.markReady();
      host.events.diagnosticsChanged(host.openUris());
      const answeredMeanwhile = await this.reindexArticles(run, (done, total) => progress?.report(5 + Math.floor((95 * done) / Math.max(total, 1)), `${done}/${total} articles${saved}`));
      // Diagnostics pulled while indexing lacked corpus conflicts with articles not indexed yet.
      if (answeredMeanwhile && !stale()) host.events.diagnosticsChanged(host.openUris());
    } finally {
      progress?.done();
    }
    if (!stale()) host.events.viewsChanged();
  }

  /** After the gazetteer or the settings changed: re-check open documents, re-index the rest. */
  async reindexAll(): Promise<void> {
    this.host.events.diagnosticsChanged(this.host.openUris());
    const run = ++this.run;
    await this.reindexArticles(run);
    if (run === this.run) this.host.events.viewsChanged();
  }

  /**
   * Re-indexes every article whose index entry is stale (all of them on a cold start, those
   * changed since the persisted index on a warm one, all again after a gazetteer or settings
   * change), then has the index written once the user pauses. True if it let other work run.
   */
  private async reindexArticles(run: number, report?: (done: number, total: number) => void): Promise<boolean> {
    const { host } = this;
    const uris = [...new Set([...host.state.articleUris(), ...host.documents.uris().filter((u) => host.isArticleDoc(u))])];
    let sliceStart = performance.now();
    let sliceArticles = 0;
    let yielded = false;
    let sinceCollection = 0;
    for (let i = 0; i < uris.length; i++) {
      if (run !== this.run) return yielded;
      if (runSafely(host.sink, `indexing ${uris[i]}`, false, () => host.state.ensureIndexed(uris[i])) && ++sinceCollection >= ARTICLES_PER_COLLECTION) {
        host.collectGarbage();
        sinceCollection = 0;
      }
      if (++sliceArticles >= INDEX_BATCH && performance.now() - sliceStart >= INDEX_SLICE_MS) {
        report?.(i + 1, uris.length);
        await new Promise((resolve) => setTimeout(resolve, 0));
        yielded = true;
        sliceStart = performance.now();
        sliceArticles = 0;
      }
    }
    report?.(uris.length, uris.length);
    this.savedRun = run;
    this.save.schedule();
    return yielded;
  }

  /** Reloads the gazetteer soon, then re-checks open articles and re-indexes the rest. */
  scheduleGazetteerReload(): void {
    clearTimeout(this.gazetteerTimer);
    this.gazetteerTimer = setTimeout(() => {
      void runSafelyAsync(this.host.sink, 'gazetteer reload', undefined, async () => {
        await this.host.ready();
        this.host.state.reloadGazetteer(this.host.openGazetteerUris());
        await this.reindexAll();
      });
    }, GAZETTEER_RELOAD_DELAY_MS);
  }

  /** Files changed on disk (the client's watcher). */
  async filesChanged(changes: readonly { uri: string; deleted: boolean }[]): Promise<void> {
    const { host } = this;
    await host.ready();
    // `.newsmd.yaml` or a `.gitignore` changed: settings, gazetteers and the article list may all
    // change, so everything is found again (as a new `newsmd check` run would).
    if (changes.some((c) => host.workspace.isDiscoveryFile(c.uri))) {
      await this.indexWorkspace();
      return;
    }
    let gazetteerChanged = false;
    let articlesChanged = false;
    for (const change of changes) {
      const { uri } = change;
      const text = change.deleted ? null : await host.workspace.readText(uri);
      if (host.state.isGazetteerUri(uri)) {
        host.state.updateGazetteerOnDisk(uri, text);
        gazetteerChanged = true;
      } else if (isArticlePath(uri)) {
        // A new article in a skipped or ignored folder is not the workspace's, as in a fresh scan.
        if (!host.state.hasArticle(uri) && text !== null && !(await host.workspace.isDiscoverableArticle(uri, host.folders()))) continue;
        host.state.setArticleOnDisk(uri, text);
        if (text !== null && !host.documents.has(uri)) runSafely(host.sink, `indexing ${uri}`, false, () => host.state.ensureIndexed(uri));
        articlesChanged = true;
      }
    }
    if (gazetteerChanged) this.scheduleGazetteerReload();
    else if (articlesChanged) {
      host.events.diagnosticsChanged(host.openUris()); // corpus checks compare open articles with the others
      host.events.viewsChanged();
    }
  }

  /**
   * After an article is closed, the disk copy is what counts again for references and corpus
   * checks — or nothing, if it was never saved (an untitled document, a deleted file). When that
   * differs from the text the editor had, open articles may have gained or lost corpus conflicts
   * with it, so they are re-checked.
   */
  async articleClosed(uri: string, closedText: string): Promise<void> {
    const { host } = this;
    host.state.forget(uri); // at once if it was never on disk, so no check counts it meanwhile
    const text = await host.workspace.readText(uri); // null for an untitled document
    if (host.documents.has(uri)) return; // reopened meanwhile: the editor's text counts again
    host.state.setArticleOnDisk(uri, text);
    if (text !== null) runSafely(host.sink, `indexing ${uri}`, false, () => host.state.ensureIndexed(uri));
    if (text === closedText) return;
    await host.ready();
    host.events.diagnosticsChanged(host.openUris());
    host.events.viewsChanged();
  }

  /** An edit: the index is written only once the user pauses. */
  postponeSave(): void {
    this.save.postpone();
  }

  /** Shutdown: writes what is pending at once and waits for it. */
  flush(): Promise<void> {
    clearTimeout(this.gazetteerTimer);
    return this.save.flush();
  }
}
