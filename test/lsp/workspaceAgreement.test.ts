import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { type DocumentDiagnosticReport, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { WORKSPACE_FILES_REQUEST, type WorkspaceFilesResult } from '../../server/src/protocol/workspace';
import { runCli } from '../support/cli';
import { tempFolders } from '../support/tempFolders';
import { GAZETTEER, WORKSPACE_CASES, article, writeTree } from '../support/trees';
import { LspSession, PULL_CAPABILITIES } from './support/lspSession';

// One workspace, one configuration (SPEC §7): the same tree gives the same articles and the same
// gazetteers (in the same order) to `newsmd check` and to the language server, and `.newsmd.yaml`
// settings apply in both.

const newFolder = tempFolders('newsmd-agree-');
const sessions: LspSession[] = [];
after(async () => {
  for (const s of sessions) await s.close({ keepWorkspace: true });
});

const rel = (top: string, file: string) => path.relative(top, file).split(path.sep).join('/');

/** What `newsmd check FOLDER --format json` reports, as paths relative to the tree, run from `cwd`. */
function cliFiles(top: string, folderArg: string, cwd: string): { articles: string[]; gazetteers: string[] } {
  const r = runCli(['check', folderArg, '--format', 'json'], cwd);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => rel(top, path.resolve(cwd, f.path)));
  return { articles: paths.filter((p) => !p.endsWith('.yaml')).sort(), gazetteers: paths.filter((p) => p.endsWith('.yaml')) };
}

async function serverFiles(top: string, folder: string): Promise<{ files: WorkspaceFilesResult; articles: string[]; gazetteers: string[]; session: LspSession }> {
  const session = await LspSession.start({ workspace: path.join(top, folder), capabilities: PULL_CAPABILITIES });
  sessions.push(session);
  const files = await session.connection.sendRequest<WorkspaceFilesResult>(WORKSPACE_FILES_REQUEST, {});
  const toRel = (uri: string) => rel(top, URI.parse(uri).fsPath);
  return { files, articles: files.articles.map(toRel).sort(), gazetteers: files.gazetteers.map(toRel), session };
}

describe('the CLI and the server find the same workspace', () => {
  for (const c of WORKSPACE_CASES) {
    test(c.name, async () => {
      const top = writeTree(newFolder(), c.files);
      const fromTop = cliFiles(top, c.folder, top);
      // From an unrelated directory (not above the tree), with an absolute path.
      const fromElsewhere = cliFiles(top, path.join(top, c.folder), newFolder());
      const server = await serverFiles(top, c.folder);
      assert.deepEqual(fromTop.articles, [...c.articles].sort(), 'CLI articles');
      assert.deepEqual(fromTop.gazetteers, c.gazetteers, 'CLI gazetteers');
      assert.deepEqual(fromElsewhere, fromTop, 'the CLI run from another directory');
      assert.deepEqual(server.articles, fromTop.articles, 'server articles = CLI articles');
      assert.deepEqual(server.gazetteers, fromTop.gazetteers, 'server gazetteers = CLI gazetteers');
    });
  }
});

describe('.newsmd.yaml settings in the CLI and the editor alike', () => {
  const CANDIDATE = article('The Anbar Provincial Council met on Tuesday.', '2020-08-20');
  const UNDATED = '---\ntitle: No date\n---\nIraqi forces moved.\n';

  async function pulledCodes(s: LspSession, relative: string): Promise<string[]> {
    await s.open(relative);
    const report: DocumentDiagnosticReport = await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: s.uri(relative) } });
    return report.kind === 'full' ? report.items.map((d) => String(d.code)).sort() : [];
  }

  function cliCodes(top: string, args: string[] = []): string[] {
    const r = runCli(['check', '.', '--format', 'json', ...args], top);
    const files = (JSON.parse(r.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] }).files;
    return files.filter((f) => f.path === 'undated.news.md').flatMap((f) => f.diagnostics.map((d) => d.code)).sort();
  }

  test('a code turned off in .newsmd.yaml is off in both; the file wins over the editor setting', async () => {
    const top = writeTree(newFolder(), {
      '.newsmd.yaml': 'lint:\n  missing-publication-date: "off"\n',
      'gazetteer.yaml': GAZETTEER,
      'undated.news.md': UNDATED,
      'candidate.news.md': CANDIDATE,
    });
    assert.deepEqual(cliCodes(top), []);
    assert.deepEqual(cliCodes(top, ['--no-config']), ['missing-publication-date']);
    // The editor says warning; the file says off: the file wins. The editor's setting for another code still applies.
    const s = await LspSession.start({
      workspace: top, capabilities: PULL_CAPABILITIES,
      settings: { lint: { 'missing-publication-date': 'error', 'entity-candidate': 'off' } },
    });
    sessions.push(s);
    assert.deepEqual(await pulledCodes(s, 'undated.news.md'), []);
    const files = await s.connection.sendRequest<WorkspaceFilesResult>(WORKSPACE_FILES_REQUEST, {});
    assert.equal(files.lint['missing-publication-date'], 'off');
    assert.equal(files.lint['entity-candidate'], 'off');
    assert.equal(files.config, path.join(top, '.newsmd.yaml'));
  });

  test('the server watches .newsmd.yaml: a change applies without a restart', async () => {
    const top = writeTree(newFolder(), { 'gazetteer.yaml': GAZETTEER, 'undated.news.md': UNDATED });
    const s = await LspSession.start({ workspace: top, capabilities: PULL_CAPABILITIES });
    sessions.push(s);
    assert.deepEqual(await pulledCodes(s, 'undated.news.md'), ['missing-publication-date']);
    writeFileSync(path.join(top, '.newsmd.yaml'), 'lint:\n  missing-publication-date: "off"\n');
    await s.fileChanged('.newsmd.yaml', 1);
    await s.eventually('the code turned off', async () => (await pulledCodes(s, 'undated.news.md')).length === 0);
    assert.deepEqual(cliCodes(top), []);
  });
});
