import * as vscode from 'vscode';
import type { NewsClient } from './newsClient';
import { registerCommands } from './commands';

/**
 * What the desktop and the browser builds do alike once their language client exists: the
 * commands and views, and a restart when the gazetteer paths change (the document selector is
 * fixed at start). The browser client has every method the commands use.
 */
export function wireClient(context: vscode.ExtensionContext, client: () => NewsClient | undefined, outputChannel: vscode.LogOutputChannel): void {
  registerCommands(context, client, outputChannel);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('newsmd.gazetteer.paths')) await client()?.restart();
    }),
  );
}
