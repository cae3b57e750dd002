// The desktop's commands in the browser build: a view (a webview fed by the worker's view
// requests; its nonce comes from the browser's crypto) and a restart of the worker server. (Not the
// Markdown preview's plugin: code-server ships its built-in Markdown extension without a browser
// build, so it runs in the Node host and cannot reach a plugin that lives in the worker.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, inside, openArticle, waitFor } from '../../suite/helpers';

function webviewTab(viewType: string, label: RegExp): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes(viewType) && label.test(tab.label));
}

suite('commands of the browser build', () => {
  test('Show Figure History opens the panel with the worker\'s answer', async () => {
    await openArticle('2021-12-09-advisory-mission.news.md');
    await vscode.commands.executeCommand('newsmd.showFigureHistory', { key: 'us-troops-iraq' });
    // The panel's title names the figure only once the server has answered.
    const tab = await waitFor('the figure history panel', () => webviewTab('newsmd.figureHistory', /^Figure history: /));
    await vscode.window.tabGroups.close(tab);
  });

  test('Restart Server starts a new worker that answers again', async () => {
    const document = await openArticle('2026-01-14-ain-al-asad-handover.news.md');
    await vscode.commands.executeCommand('newsmd.restartServer');
    const position = inside(document, 'Ain al-Asad');
    await waitFor('a hover from the restarted worker', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return /Ain al-Asad Air Base/.test(hoverText(hovers ?? [])) ? true : undefined;
    });
    assert.deepStrictEqual((globalThis as { __newsmdWeb?: unknown }).__newsmdWeb, { activated: true, host: 'worker' });
  });
});
