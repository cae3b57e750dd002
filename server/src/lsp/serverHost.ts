import type { Connection } from 'vscode-languageserver';
import type { NewsWorkspace, ServiceCaches } from '../service/types';

/**
 * What differs between the places the server runs: how files are reached (the file system on the
 * desktop, the client in a browser), caches between starts, and memory housekeeping. The entry
 * points (`server.ts`, `web/workerMain.ts`) hand one to `startServer`.
 */
export interface ServerHost {
  workspace(connection: Connection): NewsWorkspace;
  /** Caches for `initializationOptions.cacheDir` and the editor's folders (URIs), if the host keeps any. */
  caches?(cacheDir: unknown, folders: string[], log: (message: string) => void): ServiceCaches | undefined;
  /** Offered between indexing batches: a full garbage collection, where the host can and one pays (true if it collected). */
  collectGarbage?(): boolean;
}
