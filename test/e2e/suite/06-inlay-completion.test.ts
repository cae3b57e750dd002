import * as assert from 'assert';
import * as vscode from 'vscode';
import { openArticle, positionOf, waitFor } from './helpers';

function labelText(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

describe('inlay hints and completion', () => {
  it('shows the resolved date next to a weekday', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const weekday = positionOf(document, 'Wednesday');
    const hint = await waitFor('an inlay hint on the weekday line', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return (hints ?? []).find((h) => h.position.line === weekday.line);
    });
    assert.match(labelText(hint), /2020-03-25|25 Mar|Mar(ch)? 25/);
  });

  it('completes gazetteer ids inside {@…}', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const position = positionOf(document, '{@ministry').translate(0, 2);
    const list = await waitFor('id completions', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider', document.uri, position);
      return result && result.items.length > 0 ? result : undefined;
    });
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const id of ['al-taqaddum', 'karim-al-nuaimi', 'iraqi-security-forces']) {
      assert.ok(labels.includes(id), `completion lacks ${id} (got ${labels.slice(0, 10).join(', ')}…)`);
    }
  });
});
