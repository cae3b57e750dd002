import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openArticle, rangeOf, waitFor, waitForDiagnostics } from './helpers';

describe('quick fix', () => {
  it('fixes the weekday from the code action, and the diagnostic goes away', async () => {
    const document = await openArticle('taqaddum-handover.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['date-weekday-mismatch']);
    const mismatch = diagnostics.find((d) => codeOf(d) === 'date-weekday-mismatch');
    assert.ok(mismatch);
    const actions = await waitFor('a quick fix for the weekday', async () => {
      const result = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
      return result && result.some((a) => a.edit) ? result : undefined;
    });
    const fix = actions.find((a) => a.edit && /Tuesday/.test(a.title));
    assert.ok(fix?.edit, `no "Tuesday" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(document.getText(rangeOf(document, 'Tuesday, March 24, 2020')));
      await waitFor('the weekday diagnostic to clear', () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'date-weekday-mismatch') ? undefined : true);
    } finally {
      // Leave the file as it is on disk for the other tests.
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
