// The VS Code side of News Annotator: starts the language server (dist/server.js over IPC) and
// adds the few things only an editor can do (commands, the Markdown preview of annotations).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type LanguageClientOptions, type ServerOptions, LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { wireClient } from './clientWiring';
import { gazetteerSelectors } from './documentSelector';
import { extendMarkdownIt } from './previewAnnotations';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('News Annotator', { log: true });
  // The server keeps its gazetteer cache here, never in the workspace; without the folder it just
  // runs uncached.
  const cacheDir = context.globalStorageUri.fsPath;
  await vscode.workspace.fs.createDirectory(context.globalStorageUri).then(undefined, () => undefined);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'newsmd' },
      { scheme: 'untitled', language: 'newsmd' },
      ...gazetteerSelectors(vscode.workspace.getConfiguration('newsmd').get<string[]>('gazetteer.paths') ?? []),
    ],
    outputChannel,
    initializationOptions: { cacheDir },
    // Hover cards come from gazetteer text: never trusted, so no command links can run.
    markdown: { isTrusted: false, supportHtml: false },
  };
  // The client id `newsmd` makes the `newsmd.trace.server` setting trace the protocol.
  client = new LanguageClient('newsmd', 'News Annotator', serverOptions, clientOptions);
  wireClient(context, () => client, outputChannel);
  await client.start();
  return { extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
