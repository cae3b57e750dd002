// Quick fixes from the worker: a text fix in the article, and a fix whose WorkspaceEdit changes
// the gazetteer (applied by VS Code; the worker then sees the edited gazetteer document).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openArticle, rangeOf, waitFor, waitForDiagnostics } from '../../suite/helpers';

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor(`a quick fix for ${codeOf(diagnostic)}`, async () => {
    const result = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    return result && result.some((a) => a.edit) ? result : undefined;
  });
}

async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('quick fixes from the worker', () => {
  test('fixes the weekday, and the diagnostic goes away', async () => {
    const document = await openArticle('2020-01-09-iran-strike-weekday.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['date-weekday-mismatch']);
    const mismatch = diagnostics.find((d) => codeOf(d) === 'date-weekday-mismatch');
    assert.ok(mismatch);
    const actions = await quickFixes(document, mismatch);
    const fix = actions.find((a) => a.edit && /Wednesday/.test(a.title));
    assert.ok(fix?.edit, `no "Wednesday" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(document.getText(rangeOf(document, 'Wednesday, January 8, 2020')));
      await waitFor('the weekday diagnostic to clear', () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'date-weekday-mismatch') ? undefined : true);
    } finally {
      await revert(document);
    }
  });

  test('records a figure in the gazetteer, and the mismatch goes away', async () => {
    const document = await openArticle('2020-02-12-tbi-stale-count.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['figure-gazetteer-mismatch']);
    const mismatch = diagnostics.find((d) => codeOf(d) === 'figure-gazetteer-mismatch');
    assert.ok(mismatch);
    const actions = await quickFixes(document, mismatch);
    const fix = actions.find((a) => a.edit && /^Record 64 /.test(a.title));
    assert.ok(fix?.edit, `no "Record 64" fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const edited = fix.edit.entries().map(([uri]) => uri);
    assert.deepStrictEqual(edited.map((uri) => uri.path.split('/').pop()), ['gazetteer.yaml']);
    const gazetteer = await vscode.workspace.openTextDocument(edited[0]);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(gazetteer.getText(), /value: 64/);
      await waitFor('the figure mismatch to clear', () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'figure-gazetteer-mismatch') ? undefined : true);
    } finally {
      await revert(gazetteer);
    }
  });
});
