import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openArticle, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    document = await openArticle('taqaddum-handover.news.md');
    diagnostics = await waitForDiagnostics(document.uri, [
      'figure-gazetteer-mismatch',
      'date-weekday-mismatch',
      'entity-unknown-id',
    ]);
  });

  function only(code: string): vscode.Diagnostic {
    const found = diagnostics.filter((d) => codeOf(d) === code);
    assert.equal(found.length, 1, `expected one ${code}, got ${found.length}: ${found.map((d) => d.message).join(' | ')}`);
    return found[0];
  }

  it('flags the troop figure that misses the gazetteer value, on the figure', () => {
    const diagnostic = only('figure-gazetteer-mismatch');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(document.getText(diagnostic.range), /7,500/);
    assert.match(diagnostic.message, /5,?200/, 'the message names the gazetteer value');
  });

  it('flags the weekday that does not fit the date, on the weekday', () => {
    const diagnostic = only('date-weekday-mismatch');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(document.getText(diagnostic.range), /Thursday/);
    assert.match(diagnostic.message, /Tuesday/);
  });

  it('flags an annotation with an id the gazetteer lacks, as an error', () => {
    const diagnostic = only('entity-unknown-id');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(document.getText(diagnostic.range), /ministry-of-defence/);
  });

  it('links every diagnostic to its documentation', () => {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object' && code.target, `${codeOf(diagnostic)} has no documentation link`);
    }
  });
});
