// The language service in its Web Worker, on a copy of examples/ (see examples/README.md for what
// each article raises): hovers, and diagnostics that need the gazetteer and the other articles,
// which the worker can only have read through the client (newsmd/web/listFiles, readFiles).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, hoverText, inside, openArticle, waitFor, waitForDiagnostics } from '../../suite/helpers';

export function only(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = diagnostics.filter((d) => codeOf(d) === code);
  assert.strictEqual(found.length, 1, `expected one ${code}, got ${found.length}: ${found.map((d) => d.message).join(' | ')}`);
  return found[0];
}

suite('language service in a Web Worker', () => {
  test('a hover on a base shows its gazetteer card', async () => {
    const document = await openArticle('2026-01-14-ain-al-asad-handover.news.md');
    const position = inside(document, 'Ain al-Asad');
    let last = '';
    const text = await waitFor('a hover with the base\'s card', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      last = hoverText(hovers ?? []);
      return /Ain al-Asad Air Base/.test(last) ? last : undefined;
    }).catch((error: Error) => assert.fail(`${error.message}; the last hover was ${JSON.stringify(last)}`));
    assert.match(text, /air base/i);
    assert.match(text, /Al Anbar/, 'where the base is');
    assert.match(text, /Iraqi Security Forces/i, 'who holds it in January 2026');
  });

  test('a stale figure is checked against the gazetteer read through the client', async () => {
    const document = await openArticle('2020-02-12-tbi-stale-count.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['figure-gazetteer-mismatch']);
    const mismatch = only(diagnostics, 'figure-gazetteer-mismatch');
    assert.strictEqual(mismatch.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(document.getText(mismatch.range), /64/);
    assert.match(mismatch.message, /109/, 'the message names the gazetteer value');
    const code = mismatch.code;
    assert.ok(typeof code === 'object' && code.target, 'the diagnostic links to its documentation');
  });

  test('a wrong weekday is flagged on the weekday', async () => {
    const document = await openArticle('2020-01-09-iran-strike-weekday.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['date-weekday-mismatch']);
    const mismatch = only(diagnostics, 'date-weekday-mismatch');
    assert.match(document.getText(mismatch.range), /Tuesday/);
    assert.match(mismatch.message, /Wednesday/);
  });

  test('figures are compared with another article the worker read from the workspace', async () => {
    const document = await openArticle('2020-01-08-iraq-missile-count.news.md');
    const diagnostics = await waitForDiagnostics(document.uri, ['figure-corpus-conflict']);
    const conflict = only(diagnostics, 'figure-corpus-conflict');
    assert.match(document.getText(conflict.range), /17/);
    const related = (conflict.relatedInformation ?? []).map((r) => r.location.uri.path);
    assert.ok(related.some((p) => p.endsWith('/2020-01-13-pentagon-missile-count.news.md')), `related: ${related.join(', ')}`);
  });

  test('a second gazetteer file (gazetteer/extra.yaml) is loaded and checked', async () => {
    const document = await openArticle('2022-10-28-sudani-government.news.md');
    // "INA" is ambiguous only because extra.yaml gives it a second meaning.
    await waitForDiagnostics(document.uri, ['entity-ambiguous']);
    const gazetteer = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(document.uri, '..', 'gazetteer', 'extra.yaml'));
    await vscode.window.showTextDocument(gazetteer);
    await waitForDiagnostics(gazetteer.uri, ['gazetteer-alias-collision', 'gazetteer-duplicate-id']);
  });
});
