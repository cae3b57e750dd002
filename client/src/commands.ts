import * as vscode from 'vscode';
import type { NewsClient } from './newsClient';
import { registerViewCommands } from './views/viewCommands';

interface ServerSymbol {
  name: string;
  containerName?: string;
  location: { uri: string; range: { start: { line: number; character: number } } };
}

/** Commands under the "News Annotator" category, plus the one the code lenses run. */
export function registerCommands(context: vscode.ExtensionContext, client: () => NewsClient | undefined, output: vscode.OutputChannel): void {
  const register = (id: string, run: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };

  register('newsmd.restartServer', async () => {
    await client()?.restart();
  });

  register('newsmd.showOutput', () => output.show(true));

  register('newsmd.openGazetteerEntry', async () => {
    const c = client();
    if (!c) return;
    const symbols = (await c.sendRequest('workspace/symbol', { query: '' })) as ServerSymbol[] | null;
    const entries = (symbols ?? []).filter((s) => s.containerName);
    const picked = await vscode.window.showQuickPick(
      entries.map((s) => ({ label: s.name, description: s.containerName, symbol: s })),
      { placeHolder: 'Gazetteer entry (name or id)', matchOnDescription: true },
    );
    if (!picked) return;
    const { uri, range } = picked.symbol.location;
    const position = new vscode.Position(range.start.line, range.start.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) });
  });

  // Code lenses ("7 mentions in 3 articles") pass (uri, position); show the references peek there.
  register('newsmd.showReferences', async (uri: string, position: { line: number; character: number }) => {
    const target = vscode.Uri.parse(uri);
    const at = new vscode.Position(position.line, position.character);
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at)) ?? [];
    await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations);
  });

  // VS Code's Markdown preview renders any file it is given; its own buttons only show for
  // `markdown` documents, so these open it for `.news.md` files.
  const preview = (command: string) => async (uri?: vscode.Uri) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (target) await vscode.commands.executeCommand(command, target);
  };
  register('newsmd.showPreview', preview('markdown.showPreview'));
  register('newsmd.showPreviewToSide', preview('markdown.showPreviewToSide'));

  // Figure history and timeline (SPEC §9): webviews fed by the server's view requests.
  registerViewCommands(context, client);
}
