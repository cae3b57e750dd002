import {
  type CancellationToken, type ClientCapabilities, type DiagnosticServerCancellationData, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport, type SemanticTokens, type SemanticTokensParams, type SemanticTokensRangeParams, type Connection, type InitializeParams, type InitializeResult,
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  FileChangeType, LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CacheStores, workspaceIndexName } from './cacheStores';
import { articleFixes } from './codeActions';
import { articleCodeLenses, gazetteerCodeLenses } from './codeLens';
import { collectGarbage } from './collectGarbage';
import { completeIds } from './completion';
import { DiagnosticsService } from './diagnostics';
import { gazetteerFileOrder, isArticlePath, isDiscoverableArticle, readTextFile, scanWorkspace } from './files';
import { articleHover, gazetteerHover } from './hover';
import { dateInlayHints } from './inlayHints';
import { definitionOf, idAt, prepareRename, referencesOf, renameId } from './navigation';
import { QuietTask } from './quietTask';
import { readTextFiles } from './readArticles';
import { describeError, runSafely, runSafelyAsync } from './safe';
import { LEGEND, collectTokens, encodeTokens } from './semanticTokens';
import { type ServerSettings, readServerSettings, withWorkspaceConfig } from './serverSettings';
import { CONFIG_FILE, NO_CONFIG, type WorkspaceConfig } from '../workspace';
import { articleSymbols, gazetteerSymbols, workspaceSymbols } from './symbols';
import { toLspDiagnostic } from './toLsp';
import { normalizeUri, pathToUri, uriToPath } from './uris';
import { WorkspaceState } from './workspaceState';
import { type ViewSources, answerFigureHistory, answerFigureKeys, answerTimeline } from './views';
import { WORKSPACE_FILES_REQUEST, type WorkspaceFilesResult } from '../protocol/workspace';
import { FIGURE_HISTORY_REQUEST, FIGURE_KEYS_REQUEST, TIMELINE_REQUEST, type FigureHistoryParams, type TimelineParams } from '../protocol/views';

/** Globs the server asks the client to watch (SPEC §3 gazetteer names, and articles). */
const WATCHED_GLOBS = ['**/*.news.md', '**/gazetteer.yaml', '**/*.gazetteer.yaml', '**/gazetteer/*.yaml', `**/${CONFIG_FILE}`, '**/.gitignore'];

/** Files whose change means discovery itself may change: the workspace configuration and ignore files. */
const isDiscoveryFile = (file: string): boolean => { const base = file.replace(/\\/g, '/').split('/').pop(); return base === CONFIG_FILE || base === '.gitignore'; };

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

/** Articles analysed between two full collections while indexing (see `collectGarbage`). */
const ARTICLES_PER_COLLECTION = 1_000;

function supports(caps: ClientCapabilities, path: string): boolean {
  let at: unknown = caps;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== undefined && at !== null && at !== false;
}

function isCancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}

const NO_TOKENS: SemanticTokens = { data: [] };

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

/**
 * Wires every LSP feature to the core through the workspace state. Handlers stay thin. `caches`
 * makes the disk caches for the editor's cache folder (the server's entry point hands them in).
 */
export function startServer(connection: Connection, caches: CacheStores): void {
  const documents = new TextDocuments(TextDocument);
  /** Open documents by normalised URI (clients spell URIs in slightly different ways). */
  const open = new Map<string, TextDocument>();
  const logError = (message: string): void => connection.console.error(message);
  const sink = { error: logError };

  const state = new WorkspaceState(
    (uri) => {
      const doc = open.get(uri);
      return doc && { text: doc.getText(), version: doc.version };
    },
    (uri) => open.has(uri),
    { log: logError },
  );

  let caps: ClientCapabilities = {};
  let roots: string[] = [];
  let initOptionsSettings: unknown = undefined;
  /** The editor's `newsmd.*` settings, and the `.newsmd.yaml` of the workspace root: merged into `state.settings`. */
  let editorSettings: ServerSettings = readServerSettings({});
  let workspaceConfig: WorkspaceConfig = NO_CONFIG;
  /** The workspace roots of the editor's folders, as of the last scan. */
  let workspaceRoots: string[] = [];
  const applySettings = (): void => state.setSettings(withWorkspaceConfig(editorSettings, workspaceConfig));
  let diagnostics!: DiagnosticsService;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const ready = (): Promise<void> => readyPromise;
  let indexRun = 0;

  const isGazetteerDoc = (uri: string): boolean => state.isGazetteerUri(uri) || state.gazetteerText(uri) !== undefined;
  const isArticleDoc = (uri: string): boolean => {
    const doc = open.get(uri);
    return (doc?.languageId === 'newsmd' || isArticlePath(uri)) && !isGazetteerDoc(uri);
  };
  const openGazetteerUris = (): string[] => [...open.keys()].filter(isGazetteerDoc);
  const openUris = (): string[] => [...open.keys()].filter((u) => isArticleDoc(u) || isGazetteerDoc(u));

  // ----- life cycle ---------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
    const root = params.rootUri ? uriToPath(params.rootUri) : params.rootPath ?? null;
    roots = folders.length > 0 ? folders : root ? [root] : [];
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    const { cacheDir, ...initRest } = init && typeof init === 'object' ? init : {};
    initOptionsSettings = init && typeof init === 'object' ? (initRest.settings ?? initRest) : undefined;
    state.setGazetteerCache(caches.gazetteerCacheIn(cacheDir, roots, logError));
    state.setIndexCache(caches.indexCacheIn(cacheDir, roots));
    if (initOptionsSettings && typeof initOptionsSettings === 'object' && 'newsmd' in initOptionsSettings) {
      initOptionsSettings = (initOptionsSettings as Record<string, unknown>).newsmd;
    }
    editorSettings = readServerSettings(initOptionsSettings);
    applySettings();

    const pull = supports(caps, 'textDocument.diagnostic');
    diagnostics = new DiagnosticsService(
      connection, state, pull ? 'pull' : 'push', supports(caps, 'workspace.diagnostics.refreshSupport'),
      (uri) => open.get(uri), ready, logError,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['@', '='] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        diagnosticProvider: pull ? { identifier: 'newsmd', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'newsmd-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    void runSafelyAsync(sink, 'initialization', undefined, async () => {
      if (supports(caps, 'workspace.didChangeConfiguration.dynamicRegistration')) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsmd' }).catch(() => undefined);
      }
      if (supports(caps, 'workspace.didChangeWatchedFiles.dynamicRegistration')) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
        }).catch(() => undefined);
      }
      if (supports(caps, 'workspace.workspaceFolders')) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
          roots = [...roots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
          void runSafelyAsync(sink, 'workspace folders', undefined, indexWorkspace);
        });
      }
      await loadSettings();
      await indexWorkspace();
    }).finally(() => resolveReady());
  });

  async function loadSettings(): Promise<void> {
    if (!supports(caps, 'workspace.configuration')) return;
    const section = await connection.workspace.getConfiguration('newsmd').catch(() => undefined);
    if (section !== undefined && section !== null) {
      editorSettings = readServerSettings(section);
      applySettings();
    }
  }

  /**
   * Finds the gazetteer and the articles, loads the gazetteer (then open documents are ready to
   * check), and analyses every article in the background with a progress bar.
   */
  async function indexWorkspace(): Promise<void> {
    const run = ++indexRun;
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin('News Annotator: indexing', 0, 'finding articles and gazetteers', false);
    try {
      const found = await scanWorkspace(roots, editorSettings.gazetteerPaths, () => run !== indexRun);
      if (run !== indexRun) return;
      workspaceRoots = found.workspaceRoots;
      if (JSON.stringify(found.config) !== JSON.stringify(workspaceConfig)) {
        workspaceConfig = found.config;
        for (const problem of found.config.problems) logError(`newsmd: ${found.config.file}: ${problem}`);
        applySettings();
      }
      const gazetteerTexts = new Map<string, string>();
      for (const file of found.gazetteers) {
        const text = await readTextFile(file);
        if (text !== null) gazetteerTexts.set(pathToUri(file), text);
      }
      state.setGazetteerOnDisk(gazetteerTexts);
      if (found.configured) {
        // Configured files keep the order the user listed them in.
        const rank = new Map(found.gazetteers.map((file, i) => [pathToUri(file), i]));
        const at = (uri: string): number => rank.get(uri) ?? rank.size;
        state.setGazetteerOrder((a, b) => at(a) - at(b));
      } else {
        state.setGazetteerOrder(gazetteerFileOrder(found.workspaceRoots));
      }
      progress?.report(5, 'loading the gazetteer');
      state.reloadGazetteer(openGazetteerUris());
      await readTextFiles(found.articles, (file, text) => state.setArticleOnDisk(pathToUri(file), text), () => run !== indexRun);
      if (run !== indexRun) return;
      // Articles unchanged since the last start (same text, gazetteer, settings and server) come
      // from the persisted index; only the others are analysed below.
      const restored = state.restoreIndex(workspaceIndexName(roots));
      const saved = restored > 0 ? ` (${restored} from the saved index)` : '';
      resolveReady();
      diagnostics.refreshAll(openUris());
      const answeredMeanwhile = await reindexArticles(run, (done, total) => progress?.report(5 + Math.floor((95 * done) / Math.max(total, 1)), `${done}/${total} articles${saved}`));
      // Diagnostics pulled while indexing lacked corpus conflicts with articles not indexed yet.
      if (answeredMeanwhile && run === indexRun) diagnostics.refreshAll(openUris());
    } finally {
      progress?.done();
    }
    if (run === indexRun) refreshViews();
  }

  /**
   * Re-indexes every article whose index entry is stale (all of them on a cold start, those
   * changed since the persisted index on a warm one, all again after a gazetteer or settings
   * change), then persists the index once the caller has finished with it.
   */
  async function reindexArticles(run: number, report?: (done: number, total: number) => void): Promise<boolean> {
    const uris = [...new Set([...state.articleUris(), ...[...open.keys()].filter(isArticleDoc)])];
    let sliceStart = performance.now();
    let sliceArticles = 0;
    let yielded = false;
    let sinceCollection = 0;
    for (let i = 0; i < uris.length; i++) {
      if (run !== indexRun) return yielded;
      if (runSafely(sink, `indexing ${uris[i]}`, false, () => state.ensureIndexed(uris[i])) && ++sinceCollection >= ARTICLES_PER_COLLECTION) {
        collectGarbage();
        sinceCollection = 0;
      }
      if (++sliceArticles >= INDEX_BATCH && performance.now() - sliceStart >= INDEX_SLICE_MS) {
        report?.(i + 1, uris.length);
        await new Promise((resolve) => setImmediate(resolve));
        yielded = true;
        sliceStart = performance.now();
        sliceArticles = 0;
      }
    }
    report?.(uris.length, uris.length);
    // Written once the user pauses (see `QuietTask`); writing is not indexing.
    savedRun = run;
    indexSave.schedule();
    return yielded;
  }

  /**
   * Writing the index, when the editor is quiet. A shutdown writes what is pending at once and
   * waits for it, so an editor closed right after indexing still starts warm next time.
   */
  let savedRun = 0;
  const indexSave = new QuietTask(
    // A run superseded meanwhile (the gazetteer or settings changed) would write a half-made
    // index; the newer run schedules its own write when it ends.
    async () => savedRun === indexRun && runSafelyAsync(sink, 'saving the index', false, () => state.persistIndex(workspaceIndexName(roots))),
    INDEX_SAVE_QUIET_MS, INDEX_SAVE_MAX_DELAY_MS,
  );
  connection.onShutdown(() => indexSave.flush());

  /** Tells the client to re-ask for things that depend on the whole workspace. */
  function refreshViews(): void {
    if (supports(caps, 'workspace.codeLens.refreshSupport')) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (supports(caps, 'workspace.inlayHint.refreshSupport')) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (supports(caps, 'workspace.semanticTokens.refreshSupport')) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  let gazetteerTimer: NodeJS.Timeout | undefined;
  /** Reloads the gazetteer soon, then re-checks open articles and re-indexes the rest. */
  function scheduleGazetteerReload(): void {
    clearTimeout(gazetteerTimer);
    gazetteerTimer = setTimeout(() => {
      void runSafelyAsync(sink, 'gazetteer reload', undefined, async () => {
        await ready();
        state.reloadGazetteer(openGazetteerUris());
        diagnostics.refreshAll(openUris());
        const run = ++indexRun;
        await reindexArticles(run);
        if (run === indexRun) refreshViews();
      });
    }, GAZETTEER_RELOAD_DELAY_MS);
  }

  connection.onDidChangeConfiguration((change) => {
    void runSafelyAsync(sink, 'configuration change', undefined, async () => {
      const before = JSON.stringify(editorSettings.gazetteerPaths);
      if (supports(caps, 'workspace.configuration')) await loadSettings();
      else {
        const settings = (change.settings as Record<string, unknown> | undefined)?.newsmd ?? initOptionsSettings;
        editorSettings = readServerSettings(settings);
        applySettings();
      }
      if (JSON.stringify(editorSettings.gazetteerPaths) !== before) await indexWorkspace();
      else {
        diagnostics.refreshAll(openUris());
        const run = ++indexRun;
        await reindexArticles(run);
        if (run === indexRun) refreshViews();
      }
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    void runSafelyAsync(sink, 'watched files', undefined, async () => {
      await ready();
      let gazetteerChanged = false;
      let articlesChanged = false;
      // `.newsmd.yaml` or a `.gitignore` changed: settings, gazetteers and the article list may all
      // change, so everything is found again (as a new `newsmd check` run would).
      if (params.changes.some((c) => isDiscoveryFile(c.uri))) {
        await indexWorkspace();
        return;
      }
      for (const change of params.changes) {
        const uri = normalizeUri(change.uri);
        const file = uriToPath(uri);
        if (!file) continue;
        const text = change.type === FileChangeType.Deleted ? null : await readTextFile(file);
        if (state.isGazetteerUri(uri)) {
          state.updateGazetteerOnDisk(uri, text);
          gazetteerChanged = true;
        } else if (isArticlePath(uri)) {
          // A new article in a skipped or ignored folder is not the workspace's, as in a fresh scan.
          if (!state.hasArticle(uri) && text !== null && !(await isDiscoverableArticle(file, roots))) continue;
          state.setArticleOnDisk(uri, text);
          if (text !== null && !open.has(uri)) runSafely(sink, `indexing ${uri}`, false, () => state.ensureIndexed(uri));
          articlesChanged = true;
        }
      }
      if (gazetteerChanged) scheduleGazetteerReload();
      else if (articlesChanged) {
        diagnostics.refreshAll(openUris()); // corpus checks compare open articles with the others
        refreshViews();
      }
    });
  });


  // ----- documents ----------------------------------------------------------------------------

  documents.onDidOpen((e) => {
    const uri = normalizeUri(e.document.uri);
    open.set(uri, e.document);
    if (isGazetteerDoc(uri)) scheduleGazetteerReload();
    diagnostics.schedule(uri, 0);
  });
  documents.onDidChangeContent((e) => {
    const uri = normalizeUri(e.document.uri);
    open.set(uri, e.document);
    indexSave.postpone();
    if (isGazetteerDoc(uri)) scheduleGazetteerReload();
    else diagnostics.schedule(uri);
  });
  documents.onDidClose((e) => {
    const uri = normalizeUri(e.document.uri);
    const wasArticle = isArticleDoc(uri); // asked before the document (and its language) is gone
    open.delete(uri);
    diagnostics.closed(uri, e.document.uri);
    if (isGazetteerDoc(uri)) scheduleGazetteerReload(); // back to the text on disk
    else if (wasArticle) {
      state.forget(uri); // at once if it was never on disk, so no check counts it meanwhile
      void runSafelyAsync(sink, `closing ${uri}`, undefined, () => backToDisk(uri, e.document.getText()));
    }
  });

  /**
   * After an article is closed, the disk copy is what counts again for references and corpus
   * checks — or nothing, if it was never saved (an untitled document, a deleted file). When that
   * differs from the text the editor had, open articles may have gained or lost corpus conflicts
   * with it, so they are re-checked.
   */
  async function backToDisk(uri: string, closedText: string): Promise<void> {
    const file = uriToPath(uri);
    const text = file === null ? null : await readTextFile(file);
    if (open.has(uri)) return; // reopened meanwhile: the editor's text counts again
    state.setArticleOnDisk(uri, text);
    if (text !== null) runSafely(sink, `indexing ${uri}`, false, () => state.ensureIndexed(uri));
    if (text === closedText) return;
    await ready();
    diagnostics.refreshAll(openUris());
    refreshViews();
  }
  documents.listen(connection);

  // ----- requests -----------------------------------------------------------------------------

  /** Wraps a request handler: waits for the gazetteer, honours cancellation, never throws. */
  function handle<P, R, E = void>(
    name: string, fallback: R, run: (params: P, token: CancellationToken) => R | ResponseError<E>, onCancel: () => ResponseError<E> = cancelled as () => ResponseError<E>,
  ) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<E>> => {
      await ready();
      if (isCancelled(token)) return onCancel();
      try {
        const result = run(params, token);
        return isCancelled(token) ? onCancel() : result;
      } catch (err) {
        logError(`newsmd: ${name} failed: ${describeError(err)}`);
        return fallback;
      }
    };
  }

  const articleAt = (uri: string) => (isArticleDoc(uri) ? state.analyze(uri) : undefined);

  connection.languages.diagnostics.on(handle<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>('diagnostics', { kind: 'full', items: [] }, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    if (!isArticleDoc(uri) && state.gazetteerText(uri) === undefined) return { kind: 'full', items: [] };
    return diagnostics.report(uri, params.previousResultId);
  }, () => new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true })));

  connection.onHover(handle('hover', null, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const gazetteerLines = state.gazetteerLineIndex(uri);
    if (gazetteerLines) return gazetteerHover(state, uri, gazetteerLines.offsetAt(params.position));
    const analysed = articleAt(uri);
    return analysed ? articleHover(state, analysed, analysed.lines.offsetAt(params.position)) : null;
  }));

  connection.languages.semanticTokens.on(handle<SemanticTokensParams, SemanticTokens>('semantic tokens', NO_TOKENS, (params) => {
    const analysed = articleAt(normalizeUri(params.textDocument.uri));
    return analysed ? encodeTokens(collectTokens(analysed.analysis), analysed.lines) : NO_TOKENS;
  }));
  connection.languages.semanticTokens.onRange(handle<SemanticTokensRangeParams, SemanticTokens>('semantic tokens (range)', NO_TOKENS, (params) => {
    const analysed = articleAt(normalizeUri(params.textDocument.uri));
    return analysed ? encodeTokens(collectTokens(analysed.analysis), analysed.lines, params.range) : NO_TOKENS;
  }));

  connection.onDefinition(handle('definition', null, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const offset = offsetIn(uri, params.position);
    const found = offset === undefined ? undefined : idAt(state, uri, offset);
    const entity = found && state.loaded.gazetteer.entities.get(found.id);
    return (entity && definitionOf(state, entity)) ?? null;
  }));

  connection.onReferences(handle('references', [], (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const offset = offsetIn(uri, params.position);
    const found = offset === undefined ? undefined : idAt(state, uri, offset);
    return found ? referencesOf(state, found.id, params.context.includeDeclaration) : [];
  }));

  connection.onPrepareRename(handle('prepare rename', null, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const offset = offsetIn(uri, params.position);
    return offset === undefined ? null : prepareRename(state, uri, offset);
  }));

  connection.onRenameRequest(handle('rename', null, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const offset = offsetIn(uri, params.position);
    const found = offset === undefined ? undefined : idAt(state, uri, offset);
    if (!found || !state.loaded.gazetteer.entities.has(found.id)) return null;
    return renameId(state, found.id, params.newName.trim());
  }));

  connection.onCompletion(handle('completion', null, (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const doc = open.get(uri);
    if (!doc || !isArticleDoc(uri)) return null;
    const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    return completeIds(state.loaded.gazetteer.entities, line, params.position);
  }));

  connection.onDocumentSymbol(handle('document symbols', [], (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    if (state.gazetteerText(uri) !== undefined) return gazetteerSymbols(state, uri);
    const analysed = articleAt(uri);
    return analysed ? articleSymbols(analysed, state.loaded.gazetteer.entities) : [];
  }));

  connection.onWorkspaceSymbol(handle('workspace symbols', [], (params, token) => workspaceSymbols(state, params.query, () => isCancelled(token))));

  connection.onCodeAction(handle('code actions', [], (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    const analysed = articleAt(uri);
    if (!analysed) return [];
    const today = new Date().toISOString().slice(0, 10);
    const wanted = params.context.diagnostics;
    const out = [];
    for (const core of state.articleDiagnostics(analysed)) {
      const lsp = toLspDiagnostic(core, analysed.lines, (u) => state.linesOf(u));
      if (!overlaps(lsp.range, params.range)) continue;
      // When the client names the diagnostics it wants fixed, only those (by code and range).
      if (wanted.length > 0 && !wanted.some((w) => w.code === lsp.code && sameRange(w.range, lsp.range))) continue;
      out.push(...articleFixes(core, lsp, { state, analysed, today }));
    }
    return out;
  }));

  connection.onCodeLens(handle('code lens', [], (params) => {
    const uri = normalizeUri(params.textDocument.uri);
    if (state.gazetteerText(uri) !== undefined) return gazetteerCodeLenses(state, uri);
    const analysed = articleAt(uri);
    return analysed ? articleCodeLenses(state, analysed) : [];
  }));

  // Figure history and timeline views (SPEC §9): custom requests, see server/src/protocol/views.ts.
  const viewSources: ViewSources = { state, openArticles: () => [...open.keys()].filter(isArticleDoc), isArticle: (uri) => isArticleDoc(uri) && state.hasArticle(uri) };
  connection.onRequest(FIGURE_HISTORY_REQUEST, handle('figure history', null, (params: FigureHistoryParams) => answerFigureHistory(viewSources, params)));
  connection.onRequest(FIGURE_KEYS_REQUEST, handle('figure keys', [], () => answerFigureKeys(viewSources)));
  connection.onRequest(TIMELINE_REQUEST, handle('timeline', { articles: [], entities: [] }, (params: TimelineParams) => answerTimeline(viewSources, params)));

  connection.onRequest(WORKSPACE_FILES_REQUEST, handle('workspace files', null, (): WorkspaceFilesResult => ({
    roots: workspaceRoots,
    config: workspaceConfig.file,
    articles: state.articleUris().sort(),
    gazetteers: state.gazetteerUris(),
    lint: { ...state.settings.analysis.lint },
    figures: { ...state.settings.analysis.figures },
  })));

  connection.languages.inlayHint.on(handle('inlay hints', [], (params) => {
    const analysed = articleAt(normalizeUri(params.textDocument.uri));
    return analysed ? dateInlayHints(analysed, params.range) : [];
  }));

  function offsetIn(uri: string, position: { line: number; character: number }): number | undefined {
    const lines = state.gazetteerLineIndex(uri) ?? articleAt(uri)?.lines;
    return lines?.offsetAt(position);
  }

  connection.listen();
}

type R = { start: { line: number; character: number }; end: { line: number; character: number } };

function before(a: R['start'], b: R['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: R, b: R): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: R, b: R): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
