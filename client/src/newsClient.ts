import type { BaseLanguageClient } from 'vscode-languageclient';

/**
 * The language client as the shared client modules (commands, views, wiring) see it: the common
 * API both flavours implement, plus the `restart()` the Node client has and the browser client
 * (client/src/web/extension.ts) adds. So the shared modules import nothing Node-only.
 */
export type NewsClient = BaseLanguageClient & { restart(): Promise<void> };
