import type { GazetteerCacheStore, Logger } from '../core';
import type { WorkspaceConfig } from '../workspace/configText';
import type { IndexCacheStore } from './persistedIndex';

/** What a scan of the editor's folders found (SPEC §3, §7): as `newsmd check` would find it. */
export interface WorkspaceScan {
  /** Article URIs, sorted. */
  articles: string[];
  /** Gazetteer file URIs in load order. */
  gazetteers: string[];
  /** The workspace roots of the editor's folders (file paths), for the workspace-files request. */
  workspaceRoots: string[];
  /** The configuration of the first root (its `.newsmd.yaml`), NO_CONFIG if it has none. */
  config: WorkspaceConfig;
  /** True when gazetteers were named (by `.newsmd.yaml` or `newsmd.gazetteer.paths`) rather than discovered. */
  configured: boolean;
  /** The order of discovered gazetteer files, by root then by name (unused when configured). */
  gazetteerOrder(a: string, b: string): number;
}

/**
 * How the service reaches files. The desktop server implements it on the file system
 * (`lsp/nodeWorkspace.ts`); tests on an in-memory tree; a browser host through the client.
 */
export interface NewsWorkspace {
  /** Finds articles, gazetteers and the configuration for the editor's folders (URIs). */
  scan(folders: string[], gazetteerPaths: string[], isCancelled: () => boolean): Promise<WorkspaceScan>;
  /** A file's text, or null if it cannot be read (gone, a folder, no permission). */
  readText(uri: string): Promise<string | null>;
  /**
   * A file's text read at once (synchronously), or null if it cannot be read. Where a workspace
   * has it (the desktop), the service keeps no closed article's text and reads it again when a
   * feature needs it; without it (the browser build) every article's text is kept in memory.
   */
  readTextNow?(uri: string): string | null;
  /** Reads many articles, handing each text (or null) to `onFile`; stops when `isCancelled` turns true. */
  readTexts(uris: readonly string[], onFile: (uri: string, text: string | null) => void, isCancelled: () => boolean): Promise<void>;
  /** True if a new article at `uri` belongs to the workspace (no skipped or ignored folder on its way). */
  isDiscoverableArticle(uri: string, folders: string[]): Promise<boolean>;
  /** True for the files whose change means discovery itself may change (`.newsmd.yaml`, `.gitignore`). */
  isDiscoveryFile(uri: string): boolean;
}

/** Progress of a long task (indexing), shown by the front end; every method may be a no-op. */
export interface Progress {
  report(percent: number, message: string): void;
  done(): void;
}

/** What the service tells its front end, which then asks the client to re-pull or pushes. */
export interface ServiceEvents {
  /** The diagnostics of these open documents may have changed (gazetteer, settings, another article). */
  diagnosticsChanged(uris: string[]): void;
  /** Workspace-wide results (lenses, inlay hints, tokens, views) may have changed. */
  viewsChanged(): void;
  /** Starts a progress report for indexing, or null where there is none. */
  beginProgress(title: string): Promise<Progress | null>;
}

/** Where the service keeps what it learnt between starts; null members keep nothing. */
export interface ServiceCaches {
  gazetteer: GazetteerCacheStore | null;
  index: IndexCacheStore | null;
  /** The name a workspace's index is kept under, from its folders (URIs). */
  indexName(folders: string[]): string;
}

export interface NewsLanguageServiceOptions {
  workspace: NewsWorkspace;
  /** The editor's `newsmd.*` settings as the client sent them (unknown shape: read defensively). */
  settings?: unknown;
  caches?: ServiceCaches;
  logger: Logger;
  events?: Partial<ServiceEvents>;
  /** Offered between indexing batches: a full garbage collection, if the host can and one pays (Node: once the heap is large). */
  collectGarbage?: () => boolean;
  /** The editor's folders (URIs). */
  folders?: string[];
}
