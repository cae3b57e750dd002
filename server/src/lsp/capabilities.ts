import { type ClientCapabilities, type ServerCapabilities, CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import { LEGEND } from '../service/semanticTokens';

/** True if the client's capabilities have `path` (dot-separated) set to something truthy. */
export function supports(caps: ClientCapabilities, path: string): boolean {
  let at: unknown = caps;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== undefined && at !== null && at !== false;
}

/** What the server offers; diagnostics are pulled where the client can, pushed otherwise. */
export function serverCapabilities(pull: boolean): ServerCapabilities {
  return {
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
  };
}
