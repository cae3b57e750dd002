// The language server's entry point: `node dist/server.js --stdio` (or --node-ipc, --socket=N).
// The connection picks its transport from the command line; the wiring lives in lsp/, the
// language service in service/, and the disk caches nodeHost hands it in cache/.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { SERVER_HEAP_GROWING_PERCENT, limitHeapGrowth } from './runtime/limitHeapGrowth';
import { nodeHost } from './lsp/nodeHost';
import { startServer } from './lsp/startServer';

limitHeapGrowth(SERVER_HEAP_GROWING_PERCENT);
const connection = createConnection(ProposedFeatures.all);

// A bug must cost one answer, not the server: log what escaped every handler's own guard.
process.on('uncaughtException', (err) => connection.console.error(`newsmd: uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`newsmd: unhandled rejection: ${String(reason instanceof Error ? reason.stack : reason)}`));

startServer(connection, nodeHost);
