// The client's answers to the worker's workspace requests (client/src/web/workspaceFiles.ts, run
// here in the real host with the real `vscode` API), and the file events that make the worker
// read a gazetteer again after it changed on disk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { listFiles, readFiles } from '../../../../client/src/web/workspaceFiles';
import { codeOf, openArticle, waitFor, waitForDiagnostics, workspaceRoot } from '../../suite/helpers';

const encoder = new TextEncoder();

suite('workspace files for the worker', () => {
  test('lists articles (any case), YAML and .gitignore files, not node_modules', async () => {
    const root = workspaceRoot();
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, 'node_modules', 'dep', 'hidden.news.md'), encoder.encode('---\n---\nx\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, 'drafts', 'Mixed-Case.News.MD'), encoder.encode('---\n---\nx\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, '.gitignore'), encoder.encode('drafts/private/\n'));
    try {
      const { uris } = await listFiles({ folders: [root.toString()] });
      const names = uris.map((uri) => vscode.Uri.parse(uri).path.slice(root.path.length + 1)).sort();
      for (const expected of ['2020-02-12-tbi-stale-count.news.md', 'gazetteer.yaml', 'gazetteer/extra.yaml', 'drafts/Mixed-Case.News.MD', '.gitignore']) {
        assert.ok(names.includes(expected), `${expected} is not listed: ${names.join(', ')}`);
      }
      assert.ok(!names.some((n) => n.includes('node_modules')), `node_modules is listed: ${names.join(', ')}`);
      assert.ok(!names.includes('README.md'), 'README.md is listed');
      assert.deepStrictEqual((await listFiles({ folders: [vscode.Uri.joinPath(root, '..').toString()] })).uris, [], 'a folder outside the workspace lists nothing');
    } finally {
      for (const p of ['node_modules', 'drafts', '.gitignore']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, p), { recursive: true });
    }
  });

  test('reads files inside the workspace only', async () => {
    const root = workspaceRoot();
    const inside = vscode.Uri.joinPath(root, 'gazetteer.yaml').toString();
    const outside = root.with({ path: '/etc/hostname' }).toString();
    const escaping = `${root.toString()}/../../../../etc/hostname`;
    const otherAuthority = root.with({ authority: 'elsewhere.example:1' }).toString();
    const missing = vscode.Uri.joinPath(root, 'no-such-file.news.md').toString();
    const { texts } = await readFiles({ uris: [inside, outside, escaping, otherAuthority, missing, 'not a uri'] });
    assert.strictEqual(texts.length, 6);
    assert.match(texts[0] ?? '', /^bases:/m);
    assert.deepStrictEqual(texts.slice(1), [null, null, null, null, null]);
  });

  test('a gazetteer changed on disk reaches the worker (file events, then a new read)', async () => {
    const document = await openArticle('2020-03-26-qayyarah-handover.news.md');
    await waitForDiagnostics(document.uri, ['entity-candidate']);
    const gazetteer = vscode.Uri.joinPath(workspaceRoot(), 'gazetteer.yaml');
    const original = await vscode.workspace.fs.readFile(gazetteer);
    const text = new TextDecoder().decode(original);
    assert.match(text, /^persons:\n/m);
    try {
      await vscode.workspace.fs.writeFile(gazetteer, encoder.encode(text.replace(/^persons:\n/m, 'persons:\n  pat-white:\n    name: Pat White\n\n')));
      await waitFor('the entity candidate to clear after the gazetteer changed on disk', () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'entity-candidate') ? undefined : true);
    } finally {
      await vscode.workspace.fs.writeFile(gazetteer, original);
    }
    await waitForDiagnostics(document.uri, ['entity-candidate']);
  });
});
