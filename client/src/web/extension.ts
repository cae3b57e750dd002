// The browser build of News Annotator (package.json `browser`: vscode.dev, github.dev, code-server's
// web worker extension host). It runs the language service in a Web Worker (dist/web/server.js)
// and answers the worker's two workspace requests (list and read files, workspaceFiles.ts), since
// a worker has no file system. Commands, views and the Markdown preview are the desktop client's.
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  type DocumentFilter,
  LanguageClient,
  type LanguageClientOptions,
} from 'vscode-languageclient/browser';
import { LIST_FILES_REQUEST, READ_FILES_REQUEST, type ListFilesParams, type ReadFilesParams } from '../../../server/src/protocol/webWorkspace';
import { wireClient } from '../clientWiring';
import { gazetteerSelectors } from '../documentSelector';
import { extendMarkdownIt } from '../previewAnnotations';
import { listFiles, readFiles } from './workspaceFiles';

/** The browser's Worker, as far as this file uses it (the project's TypeScript has no DOM library). */
interface BrowserWorker {
  terminate(): void;
}
declare const Worker: new (url: string) => BrowserWorker;

/** What the UI test reads from the extension host worker (`page.workers()`). */
interface NewsmdWebState {
  activated: boolean;
  host: 'worker' | 'node';
}

/** The browser client, with the `restart()` the Node one has (the shared restart command calls it). */
class WebLanguageClient extends LanguageClient {
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}

let client: WebLanguageClient | undefined;
let worker: BrowserWorker | undefined;

/**
 * The worker must be made from a blob: in code-server `extensionUri` is `vscode-remote://…`, and
 * `new Worker(<that URI>)` throws ("Creating workers from remote extensions is currently not
 * supported"). The bytes come through `workspace.fs`, which reads the extension's own files everywhere.
 */
async function startWorker(extensionUri: vscode.Uri): Promise<BrowserWorker> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist/web/server.js'));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }));
  return new Worker(url);
}

/** Articles in any scheme (vscode-vfs on github.dev, vscode-remote in code-server, untitled…) and the gazetteer YAML files. */
export function webDocumentSelector(configuredPaths: string[]): DocumentFilter[] {
  // A DocumentFilter cannot exclude a scheme; output channels never carry the `newsmd` language,
  // and a gazetteer pattern never matches an output channel's name.
  return [
    { language: 'newsmd' },
    ...gazetteerSelectors(configuredPaths).flatMap((filter) => ('pattern' in filter && typeof filter.pattern === 'string' ? [{ pattern: filter.pattern }] : [])),
  ];
}

/** The `newsmd` settings as plain JSON (the server reads `initializationOptions.settings`). */
function settings(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('newsmd')));
}

export async function activate(context: vscode.ExtensionContext): Promise<{ extendMarkdownIt: typeof extendMarkdownIt }> {
  const state: NewsmdWebState = { activated: true, host: typeof process === 'undefined' ? 'worker' : 'node' };
  (globalThis as { __newsmdWeb?: NewsmdWebState }).__newsmdWeb = state;

  const outputChannel = vscode.window.createOutputChannel('News Annotator', { log: true });
  const watchers = ['**/*.news.md', '**/*.yaml', '**/*.yml', '**/.gitignore'].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(outputChannel, ...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: webDocumentSelector(vscode.workspace.getConfiguration('newsmd').get<string[]>('gazetteer.paths') ?? []),
    outputChannel,
    initializationOptions: { settings: settings() },
    synchronize: { fileEvents: watchers },
    // Hover cards come from gazetteer text: never trusted, so no command links can run.
    markdown: { isTrusted: false, supportHtml: false },
  };
  // vscode-languageclient 11's browser signature: (id, name, serverOptions, clientOptions). The
  // host patches `Worker`, so hand over reader and writer rather than the Worker itself. A restart
  // calls this again: a fresh worker each time, the old one ended.
  client = new WebLanguageClient('newsmd', 'News Annotator', async () => {
    worker?.terminate();
    worker = await startWorker(context.extensionUri);
    return { reader: new BrowserMessageReader(worker as never), writer: new BrowserMessageWriter(worker as never) };
  }, clientOptions);
  client.onRequest(LIST_FILES_REQUEST, (params: ListFilesParams, token) => listFiles(params, token));
  client.onRequest(READ_FILES_REQUEST, (params: ReadFilesParams) => readFiles(params));

  // The shared wiring takes the common client API plus restart(), which WebLanguageClient adds.
  wireClient(context, () => client, outputChannel);
  await client.start();
  return { extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  worker?.terminate();
  worker = undefined;
}
