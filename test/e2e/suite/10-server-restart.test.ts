// A crashed language server is restarted by the client, and diagnostics come back: the fault a
// user would otherwise meet as a silently dead extension. The server is killed for real (SIGKILL
// to its process, a child of this extension host).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { codeOf, openArticle, waitFor, waitForDiagnostics } from './helpers';

/** Pids of this extension host's children that run the bundled server. */
function serverPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => /dist[\\/]server\.js/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

describe('server restart', () => {
  it('restarts a killed server and publishes diagnostics again', async function () {
    this.timeout(90_000);
    const document = await openArticle('taqaddum-handover.news.md');
    await waitForDiagnostics(document.uri, ['date-weekday-mismatch']);
    const before = await waitFor('the language server process', () => {
      const pids = serverPids();
      return pids.length > 0 ? pids : undefined;
    });

    for (const pid of before) process.kill(pid, 'SIGKILL');

    const after = await waitFor('a new language server process', () => {
      const pids = serverPids().filter((pid) => !before.includes(pid));
      return pids.length > 0 ? pids : undefined;
    }, 60_000);
    assert.ok(after.length > 0);

    // An edit after the restart is analysed by the new server: its diagnostics return.
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, ' '));
    const diagnostics = await waitFor('diagnostics from the restarted server', () => {
      const found = vscode.languages.getDiagnostics(document.uri).map(codeOf);
      return found.includes('date-weekday-mismatch') && found.includes('figure-gazetteer-mismatch') ? found : undefined;
    }, 60_000);
    assert.ok(diagnostics.includes('entity-unknown-id'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
