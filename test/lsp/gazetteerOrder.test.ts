import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Diagnostic, type DocumentDiagnosticReport, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../support/repo';
import { LspSession, PULL_CAPABILITIES, copyWorkspace } from './support/lspSession';

// `iraq` is already defined in the fixture's gazetteer.yaml: a second definition elsewhere is a
// duplicate, reported in whichever file comes later.
const SECOND_IRAQ = '# Entries kept by the foreign desk.\nplaces:\n  iraq: { name: Republic of Iraq, type: country }\n  basra: { name: Basra, type: city }\n';

async function duplicatesIn(session: LspSession, relative: string): Promise<Diagnostic[]> {
  const report: DocumentDiagnosticReport = await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: session.uri(relative) } });
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items.filter((d) => d.code === 'gazetteer-duplicate-id') : [];
}

/** The files `newsmd check` reports gazetteer-duplicate-id in, run in the workspace folder. */
function cliDuplicateFiles(workspace: string): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [repoPath('dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout; // exit status 1: errors found
  }
  const report = JSON.parse(out) as { files: Array<{ path: string; diagnostics?: Array<{ code: string }> }> };
  return report.files.filter((f) => f.diagnostics?.some((d) => d.code === 'gazetteer-duplicate-id')).map((f) => f.path);
}

describe('gazetteer file order, same as the command line', () => {
  let s: LspSession;
  let workspace: string;
  before(async () => {
    workspace = copyWorkspace();
    writeFileSync(`${workspace}/a.gazetteer.yaml`, SECOND_IRAQ);
    s = await LspSession.start({ workspace, capabilities: PULL_CAPABILITIES });
  });
  after(() => s?.close());

  test('a duplicate id across gazetteer.yaml and a.gazetteer.yaml is flagged in a.gazetteer.yaml, as newsmd check does', async () => {
    await s.open('gazetteer.yaml');
    await s.open('a.gazetteer.yaml');
    const inSecond = await duplicatesIn(s, 'a.gazetteer.yaml');
    assert.equal(inSecond.length, 1, JSON.stringify(inSecond));
    assert.match(String(inSecond[0].message), /`iraq` is already defined at .*gazetteer\.yaml/);
    assert.deepEqual(await duplicatesIn(s, 'gazetteer.yaml'), []);
    assert.deepEqual(cliDuplicateFiles(workspace), ['a.gazetteer.yaml']);
  });

  test('a gazetteer file created while the server runs takes its sorted place, not the last one', async () => {
    // `0.gazetteer.yaml` sorts before a.gazetteer.yaml, so the `basra` they share is a duplicate in
    // a.gazetteer.yaml; were the new file appended, the duplicate would land in the new file.
    writeFileSync(s.path('0.gazetteer.yaml'), '# Cities added by the night editor.\nplaces:\n  basra: { name: Basra, type: city }\n');
    await s.fileChanged('0.gazetteer.yaml', 1);
    await s.open('0.gazetteer.yaml');
    const duplicateIds = async (): Promise<string[]> =>
      (await duplicatesIn(s, 'a.gazetteer.yaml')).map((d) => String(d.message).match(/`([^`]+)`/)?.[1] ?? '').sort();
    await s.eventually('basra flagged once the new file is read', async () => (await duplicateIds()).includes('basra'));
    assert.deepEqual(await duplicatesIn(s, '0.gazetteer.yaml'), []);
    assert.deepEqual(await duplicateIds(), ['basra', 'iraq']);
    assert.deepEqual(await duplicatesIn(s, 'gazetteer.yaml'), []);
    assert.deepEqual(cliDuplicateFiles(workspace), ['a.gazetteer.yaml']);
  });
});
