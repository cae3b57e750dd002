// How the language service running in a Web Worker (the browser build) reaches workspace files:
// it has no file system, so it asks the extension's client, which answers with
// `vscode.workspace.findFiles` and `vscode.workspace.fs` — and only inside the workspace folders.
// Types and method names only: shared by client/src/web and server/src/web.

/** Server → client: every candidate file of the workspace folders, before the discovery rules. */
export const LIST_FILES_REQUEST = 'newsmd/web/listFiles';

export interface ListFilesParams {
  /** Workspace folder URIs to list (as the client gave them in `initialize`). */
  folders: string[];
}

export interface ListFilesResult {
  /**
   * URIs of every `*.news.md` article (any case), every YAML file (`*.yaml`, `*.yml`) and every
   * `.newsmd.yaml` and `.gitignore` under the folders, excluding `node_modules` (the server then
   * applies the discovery rules of SPEC §3/§7: skipped folders, ignore files, gazetteer names).
   */
  uris: string[];
}

/** Server → client: the texts of files (articles, gazetteers, `.newsmd.yaml`, `.gitignore`). */
export const READ_FILES_REQUEST = 'newsmd/web/readFiles';

export interface ReadFilesParams {
  uris: string[];
}

export interface ReadFilesResult {
  /** One per requested URI, in order: the UTF-8 text, or null if it cannot be read or lies outside every workspace folder. */
  texts: (string | null)[];
}
