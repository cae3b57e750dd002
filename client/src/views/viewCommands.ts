// The commands that open the views: `newsmd.showFigureHistory` (from the palette, the editor's
// context menu, or a code lens with `{ key }`) and `newsmd.showTimeline`.
import * as vscode from 'vscode';
import type { FigureHistoryParams } from '../../../server/src/protocol/views';
import { FigureHistoryPanel } from './figureHistoryPanel';
import { type ClientSource, requestFigureHistory, requestFigureKeys } from './serverRequests';
import { TimelinePanel } from './timelinePanel';

export function registerViewCommands(context: vscode.ExtensionContext, client: ClientSource): void {
  const figureHistory = new FigureHistoryPanel(client);
  const timeline = new TimelinePanel(client);
  context.subscriptions.push(
    { dispose: () => figureHistory.dispose() },
    { dispose: () => timeline.dispose() },
    vscode.commands.registerCommand('newsmd.showFigureHistory', async (arg?: unknown) => {
      const params = await figureToShow(client, arg);
      if (params) await figureHistory.show(params);
    }),
    vscode.commands.registerCommand('newsmd.showTimeline', () => timeline.show()),
  );
}

/** A code lens passes `{ key }` (or the key itself); otherwise the figure at the cursor; otherwise the user picks. */
async function figureToShow(client: ClientSource, arg: unknown): Promise<FigureHistoryParams | undefined> {
  const key = typeof arg === 'string' ? arg : (arg as { key?: unknown } | undefined)?.key;
  if (typeof key === 'string' && key !== '') return { key };
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const params: FigureHistoryParams = {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    };
    const atCursor = await requestFigureHistory(client, params).catch(() => null);
    if (atCursor) return { key: atCursor.key };
  }
  const keys = await requestFigureKeys(client).catch((error: unknown) => {
    void vscode.window.showErrorMessage(`News Annotator: could not list the figures (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  });
  if (!keys) return undefined;
  if (keys.length === 0) {
    void vscode.window.showInformationMessage('News Annotator: no figure is tracked in the gazetteer or keyed in an article yet.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    keys.map((k) => ({
      label: k.label,
      description: k.key,
      detail: `${k.values} gazetteer value${k.values === 1 ? '' : 's'} · ${k.mentions} mention${k.mentions === 1 ? '' : 's'} in articles`,
      key: k.key,
    })),
    { placeHolder: 'No figure at the cursor: pick a figure to show its history', matchOnDescription: true },
  );
  return picked ? { key: picked.key } : undefined;
}
