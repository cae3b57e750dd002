import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NO_CONFIG, type WorkspaceConfig } from '../workspace/configText';
import type { WorkspaceFilesResult } from '../protocol/workspace';
import { CorpusWatch } from './corpusWatch';
import { DocumentStore } from './documentStore';
import { Features } from './features';
import { WorkspaceIndexer } from './indexer';
import { isArticlePath } from '../core';
import { type ServerSettings, readServerSettings, withWorkspaceConfig } from './serverSettings';
import type { NewsLanguageServiceOptions, ServiceEvents, WorkspaceScan } from './types';
import { normalizeUri } from './uris';
import { WorkspaceState } from './workspaceState';

/** The language service: documents in, features out. Front ends (the LSP server, tests, a web worker) wire it up. */
export interface NewsLanguageService {
  readonly features: Features;
  /** The workspace state, for views and tests that look inside. */
  readonly state: WorkspaceState;
  /** Resolves once the gazetteer is loaded: answers before that would miss every entity. */
  ready(): Promise<void>;
  /** Finds and indexes the workspace; call once after creation (and after folders change). */
  indexWorkspace(): Promise<void>;
  setFolders(folders: string[]): void;
  /** The editor's settings (the `newsmd` section) before indexing starts. */
  setSettings(section: unknown): void;
  /** New editor settings (the `newsmd` section); re-indexes as much as they require. */
  updateSettings(section: unknown): Promise<void>;
  readonly settings: ServerSettings;
  /** The open document at a normalised URI. */
  document(uri: string): TextDocument | undefined;
  /** The returned URI is the document's normalised one. */
  openDocument(document: TextDocument): string;
  changeDocument(document: TextDocument): string;
  closeDocument(document: TextDocument): string;
  filesChanged(changes: readonly { uri: string; deleted: boolean }[]): Promise<void>;
  /** True for an article (open or on disk) or a loaded gazetteer file: what diagnostics are computed for. */
  isDiagnosable(uri: string): boolean;
  isGazetteerDocument(uri: string): boolean;
  /** Open articles and gazetteer documents. */
  openUris(): string[];
  workspaceFiles(): WorkspaceFilesResult;
  /** Writes what is pending (the index) and stops timers: before the host exits. */
  dispose(): Promise<void>;
}

const QUIET_EVENTS: ServiceEvents = {
  diagnosticsChanged: () => undefined,
  viewsChanged: () => undefined,
  beginProgress: async () => null,
};

/**
 * Creates the language service over a workspace (how files are found and read), the editor's
 * settings, optional caches between starts, and a logger. Nothing in it touches a file system or
 * a connection directly.
 */
export function createNewsLanguageService(options: NewsLanguageServiceOptions): NewsLanguageService {
  const { workspace, logger } = options;
  const events: ServiceEvents = { ...QUIET_EVENTS, ...options.events };
  const sink = { error: (message: string) => logger.log(message) };
  const documents = new DocumentStore();
  const readTextNow = workspace.readTextNow && ((uri: string) => workspace.readTextNow!(uri));
  const state = new WorkspaceState((uri) => documents.textOf(uri), (uri) => documents.has(uri), logger, () => documents.uris().filter(isArticleDoc), readTextNow);
  state.setGazetteerCache(options.caches?.gazetteer ?? null);
  state.setIndexCache(options.caches?.index ?? null);

  let folders = options.folders ?? [];
  let editorSettings = readServerSettings(options.settings);
  let workspaceConfig: WorkspaceConfig = NO_CONFIG;
  let workspaceRoots: string[] = [];
  const applySettings = (): void => state.setSettings(withWorkspaceConfig(editorSettings, workspaceConfig));
  applySettings();

  let markReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));

  const isGazetteerDoc = (uri: string): boolean => state.isGazetteerUri(uri) || state.gazetteerText(uri) !== undefined;
  const isArticleDoc = (uri: string): boolean => {
    const doc = documents.get(uri);
    return (doc?.languageId === 'newsmd' || isArticlePath(uri)) && !isGazetteerDoc(uri);
  };
  const openUris = (): string[] => documents.uris().filter((u) => isArticleDoc(u) || isGazetteerDoc(u));
  const corpusWatch = new CorpusWatch(state, (uri) => documents.has(uri) && isArticleDoc(uri), (changed) => {
    events.diagnosticsChanged(openUris().filter((u) => u !== changed));
    events.viewsChanged();
  });

  const indexer = new WorkspaceIndexer({
    state, documents, workspace, events, sink,
    collectGarbage: options.collectGarbage ?? (() => false),
    indexName: () => options.caches?.indexName(folders) ?? folders.join('\n'),
    folders: () => folders,
    gazetteerPaths: () => editorSettings.gazetteerPaths,
    applyScan: (found: WorkspaceScan) => {
      workspaceRoots = found.workspaceRoots;
      if (JSON.stringify(found.config) === JSON.stringify(workspaceConfig)) return;
      workspaceConfig = found.config;
      for (const problem of found.config.problems) logger.log(`newsmd: ${found.config.file}: ${problem}`);
      applySettings();
    },
    isArticleDoc,
    openGazetteerUris: () => documents.uris().filter(isGazetteerDoc),
    openUris,
    markReady: () => markReady(),
    ready: () => readyPromise,
  });

  return {
    features: new Features(state, documents, isArticleDoc),
    state,
    ready: () => readyPromise,
    indexWorkspace: () => indexer.indexWorkspace().finally(() => markReady()),
    setFolders: (next) => {
      folders = next;
    },
    get settings() {
      return state.settings;
    },
    setSettings(section) {
      editorSettings = readServerSettings(section);
      applySettings();
    },
    document: (uri) => documents.get(uri),
    async updateSettings(section) {
      const before = JSON.stringify(editorSettings.gazetteerPaths);
      editorSettings = readServerSettings(section);
      applySettings();
      if (JSON.stringify(editorSettings.gazetteerPaths) !== before) await indexer.indexWorkspace();
      else await indexer.reindexAll();
    },
    openDocument(document) {
      const uri = documents.set(document);
      if (isGazetteerDoc(uri)) indexer.scheduleGazetteerReload();
      else if (isArticleDoc(uri)) corpusWatch.opened(uri);
      return uri;
    },
    changeDocument(document) {
      const uri = documents.set(document);
      indexer.postponeSave();
      if (isGazetteerDoc(uri)) indexer.scheduleGazetteerReload();
      else if (isArticleDoc(uri)) corpusWatch.changed(uri);
      return uri;
    },
    closeDocument(document) {
      const uri = normalizeUri(document.uri);
      const wasArticle = isArticleDoc(uri); // asked before the document (and its language) is gone
      documents.delete(uri);
      corpusWatch.closed(uri);
      if (isGazetteerDoc(uri)) indexer.scheduleGazetteerReload(); // back to the text on disk
      else if (wasArticle) void indexer.articleClosed(uri, document.getText()).catch((err) => sink.error(`newsmd: closing ${uri} failed: ${String(err)}`));
      return uri;
    },
    filesChanged: (changes) => indexer.filesChanged(changes),
    isDiagnosable: (uri) => isArticleDoc(uri) || state.gazetteerText(uri) !== undefined,
    isGazetteerDocument: isGazetteerDoc,
    openUris,
    workspaceFiles: () => ({
      roots: workspaceRoots,
      config: workspaceConfig.file,
      articles: state.articleUris().sort(),
      gazetteers: state.gazetteerUris(),
      lint: { ...state.settings.analysis.lint },
      figures: { ...state.settings.analysis.figures },
    }),
    dispose: () => {
      corpusWatch.dispose();
      return indexer.flush();
    },
  };
}
