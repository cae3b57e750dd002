import {
  type CancellationToken, type ClientCapabilities, type Connection, type DiagnosticServerCancellationData, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport, type InitializeResult, type SemanticTokens, type SemanticTokensParams, type SemanticTokensRangeParams,
  CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, LSPErrorCodes, ResponseError, TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIGURE_HISTORY_REQUEST, FIGURE_KEYS_REQUEST, TIMELINE_REQUEST, type FigureHistoryParams, type TimelineParams } from '../protocol/views';
import serverPackage from '../../package.json';
import { WORKSPACE_FILES_REQUEST } from '../protocol/workspace';
import { type NewsLanguageService, createNewsLanguageService } from '../service/createService';
import { describeError, runSafelyAsync } from '../service/safe';
import { normalizeUri, pathToUri } from '../service/uris';
import { CONFIG_FILE } from '../workspace/configText';
import { serverCapabilities, supports } from './capabilities';
import { DiagnosticsService } from './diagnostics';
import type { ServerHost } from './serverHost';

/** Globs the server asks the client to watch (SPEC §3 gazetteer names, articles, configuration). */
const WATCHED_GLOBS = ['**/*.news.md', '**/gazetteer.yaml', '**/*.gazetteer.yaml', '**/gazetteer/*.yaml', `**/${CONFIG_FILE}`, '**/.gitignore'];

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
const isCancelled = (token: CancellationToken | undefined): boolean => token?.isCancellationRequested === true;

/**
 * Wires LSP messages to the language service (`server/src/service`): life cycle, document sync,
 * watched files, settings, and one line per feature. `host` says how files are reached and what
 * is cached (the entry points hand it in: the desktop's in `nodeHost.ts`, the browser's in `web/`).
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const logError = (message: string): void => connection.console.error(message);
  const sink = { error: logError };
  let caps: ClientCapabilities = {};
  let service!: NewsLanguageService;
  let diagnostics!: DiagnosticsService;
  let folders: string[] = [];

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const root = params.rootUri ?? (params.rootPath ? pathToUri(params.rootPath) : null);
    folders = params.workspaceFolders?.map((f) => normalizeUri(f.uri)) ?? (root ? [normalizeUri(root)] : []);
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    const { cacheDir, ...rest } = init && typeof init === 'object' ? init : {};
    let settings: unknown = init && typeof init === 'object' ? (rest.settings ?? rest) : undefined;
    if (settings && typeof settings === 'object' && 'newsmd' in settings) settings = (settings as Record<string, unknown>).newsmd;
    service = createNewsLanguageService({
      workspace: host.workspace(connection), settings, folders, logger: { log: logError }, collectGarbage: host.collectGarbage,
      caches: host.caches?.(cacheDir, folders, logError),
      events: {
        diagnosticsChanged: (uris) => diagnostics.refreshAll(uris),
        viewsChanged: refreshViews,
        beginProgress: async (title) => {
          const progress = await connection.window.createWorkDoneProgress();
          progress.begin(title, 0, 'finding articles and gazetteers', false);
          return progress;
        },
      },
    });
    const pull = supports(caps, 'textDocument.diagnostic');
    diagnostics = new DiagnosticsService(
      connection, (uri) => service.features.diagnostics(uri), () => service.settings.debounceMs, pull ? 'pull' : 'push',
      supports(caps, 'workspace.diagnostics.refreshSupport'), (uri) => service.document(uri), () => service.ready(), logError,
    );
    return { capabilities: serverCapabilities(pull), serverInfo: { name: 'newsmd-language-server', version: serverPackage.version } };
  });

  connection.onInitialized(() => {
    void runSafelyAsync(sink, 'initialization', undefined, async () => {
      if (supports(caps, 'workspace.didChangeConfiguration.dynamicRegistration')) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsmd' }).catch(() => undefined);
      }
      if (supports(caps, 'workspace.didChangeWatchedFiles.dynamicRegistration')) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) }).catch(() => undefined);
      }
      if (supports(caps, 'workspace.workspaceFolders')) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => normalizeUri(f.uri)));
          folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => normalizeUri(f.uri))];
          service.setFolders(folders);
          void runSafelyAsync(sink, 'workspace folders', undefined, () => service.indexWorkspace());
        });
      }
      const section = await editorSettings();
      if (section !== undefined) service.setSettings(section);
    }).finally(() => runSafelyAsync(sink, 'indexing', undefined, () => service.indexWorkspace())); // it makes the service ready, even when it fails
  });

  /** The `newsmd` section as the client has it now, where the client can be asked. */
  async function editorSettings(): Promise<unknown> {
    if (!supports(caps, 'workspace.configuration')) return undefined;
    const section = await connection.workspace.getConfiguration('newsmd').catch(() => undefined);
    return section ?? undefined;
  }

  connection.onDidChangeConfiguration((change) => {
    void runSafelyAsync(sink, 'configuration change', undefined, async () => {
      const section = supports(caps, 'workspace.configuration') ? await editorSettings() : (change.settings as Record<string, unknown> | undefined)?.newsmd;
      if (section !== undefined) await service.updateSettings(section);
    });
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = params.changes.map((c) => ({ uri: normalizeUri(c.uri), deleted: c.type === FileChangeType.Deleted }));
    void runSafelyAsync(sink, 'watched files', undefined, () => service.filesChanged(changes));
  });

  documents.onDidOpen((e) => diagnostics.schedule(service.openDocument(e.document), 0));
  documents.onDidChangeContent((e) => {
    const uri = service.changeDocument(e.document);
    if (!service.isGazetteerDocument(uri)) diagnostics.schedule(uri);
  });
  documents.onDidClose((e) => diagnostics.closed(service.closeDocument(e.document), e.document.uri));
  documents.listen(connection);
  connection.onShutdown(() => service.dispose());

  /** Tells the client to re-ask for things that depend on the whole workspace. */
  function refreshViews(): void {
    if (supports(caps, 'workspace.codeLens.refreshSupport')) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (supports(caps, 'workspace.inlayHint.refreshSupport')) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (supports(caps, 'workspace.semanticTokens.refreshSupport')) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  /** Wraps a request handler: waits for the gazetteer, honours cancellation, never throws. */
  function handle<P, R, E = void>(name: string, fallback: R, run: (params: P, token: CancellationToken) => R | ResponseError<E>, onCancel = cancelled as () => ResponseError<E>) {
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<E>> => {
      await service.ready();
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
  const f = () => service.features;
  const uriOf = (p: { textDocument: { uri: string } }): string => normalizeUri(p.textDocument.uri);

  connection.languages.diagnostics.on(handle<DocumentDiagnosticParams, DocumentDiagnosticReport, DiagnosticServerCancellationData>('diagnostics', { kind: 'full', items: [] },
    (p) => (service.isDiagnosable(uriOf(p)) ? diagnostics.report(uriOf(p), p.previousResultId) : { kind: 'full', items: [] }),
    () => new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true })));
  connection.onHover(handle('hover', null, (p) => f().hover(uriOf(p), p.position)));
  connection.languages.semanticTokens.on(handle<SemanticTokensParams, SemanticTokens>('semantic tokens', { data: [] }, (p) => f().semanticTokens(uriOf(p))));
  connection.languages.semanticTokens.onRange(handle<SemanticTokensRangeParams, SemanticTokens>('semantic tokens (range)', { data: [] }, (p) => f().semanticTokens(uriOf(p), p.range)));
  connection.onDefinition(handle('definition', null, (p) => f().definition(uriOf(p), p.position)));
  connection.onReferences(handle('references', [], (p) => f().references(uriOf(p), p.position, p.context.includeDeclaration)));
  connection.onPrepareRename(handle('prepare rename', null, (p) => f().prepareRename(uriOf(p), p.position)));
  connection.onRenameRequest(handle('rename', null, (p) => f().rename(uriOf(p), p.position, p.newName)));
  connection.onCompletion(handle('completion', null, (p) => f().completion(uriOf(p), p.position)));
  connection.onDocumentSymbol(handle('document symbols', [], (p) => f().documentSymbols(uriOf(p))));
  connection.onWorkspaceSymbol(handle('workspace symbols', [], (p, token) => f().workspaceSymbols(p.query, () => isCancelled(token))));
  connection.onCodeAction(handle('code actions', [], (p) => f().codeActions(uriOf(p), p.range, p.context.diagnostics)));
  connection.onCodeLens(handle('code lens', [], (p) => f().codeLenses(uriOf(p))));
  connection.languages.inlayHint.on(handle('inlay hints', [], (p) => f().inlayHints(uriOf(p), p.range)));
  // Figure history and timeline views (SPEC §9): custom requests, see server/src/protocol/views.ts.
  connection.onRequest(FIGURE_HISTORY_REQUEST, handle('figure history', null, (p: FigureHistoryParams) => f().figureHistory(p)));
  connection.onRequest(FIGURE_KEYS_REQUEST, handle('figure keys', [], () => f().figureKeys()));
  connection.onRequest(TIMELINE_REQUEST, handle('timeline', { articles: [], entities: [] }, (p: TimelineParams) => f().timeline(p)));
  connection.onRequest(WORKSPACE_FILES_REQUEST, handle('workspace files', null, () => service.workspaceFiles()));

  connection.listen();
}
