// The language server of the browser build: runs in a Web Worker the web client starts
// (client/src/web/extension.ts), speaks LSP over postMessage, and reaches workspace files only
// through the client (`newsmd/web/listFiles`, `newsmd/web/readFiles`): no file system, no caches
// between starts.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/startServer';
import { clientWorkspace } from './clientWorkspace';

// The worker's global scope is the port the client's messages arrive on (no DOM types in this build's lib).
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, { workspace: clientWorkspace });
