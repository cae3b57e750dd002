import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { type Diagnostic, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { FIXTURE_WORKSPACE, LspSession, PULL_CAPABILITIES, copyWorkspace } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';

/** Every file under a folder, relative to it. */
function filesUnder(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath?: string; path?: string }>)
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath ?? e.path ?? folder, e.name)))
    .sort();
}

/** Starts a server on the workspace and returns the article's diagnostics and the workspace's files. */
async function diagnosticsWith(workspace: string, initializationOptions: Record<string, unknown> | undefined, keepWorkspace = true): Promise<{ items: Diagnostic[]; files: string[] }> {
  const s = await LspSession.start({ workspace, capabilities: PULL_CAPABILITIES, initializationOptions });
  try {
    const uri = await s.open(HANDOVER);
    const report = await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    return { items: report.kind === 'full' ? report.items : [], files: filesUnder(workspace) };
  } finally {
    await s.close({ keepWorkspace });
  }
}

describe('gazetteer cache between starts', () => {
  test('a second start with the same cacheDir gives the same diagnostics, from a cache file outside the workspace', async () => {
    const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'newsmd-cache-')), 'globalStorage');
    const workspace = copyWorkspace();
    try {
      const uncached = await diagnosticsWith(workspace, undefined);
      const first = await diagnosticsWith(workspace, { cacheDir });
      // The folder also holds the workspace index (index-*.v8); this test is about the gazetteer's.
      const gazetteerFiles = (): string[] => readdirSync(cacheDir).filter((f) => f.startsWith('gazetteer-'));
      const cacheFiles = gazetteerFiles();
      assert.equal(cacheFiles.length, 1, 'the cache folder has a gazetteer file after the first start');
      const written = statSync(path.join(cacheDir, cacheFiles[0])).mtimeMs;
      const second = await diagnosticsWith(workspace, { cacheDir }, false);
      assert.ok(uncached.items.some((d) => d.code === 'entity-unknown-id'), JSON.stringify(uncached.items));
      assert.deepEqual(first.items, uncached.items);
      assert.deepEqual(second.items, uncached.items);
      // Read, not rewritten: the second start found the entry the first one wrote.
      assert.deepEqual(gazetteerFiles(), cacheFiles);
      assert.equal(statSync(path.join(cacheDir, cacheFiles[0])).mtimeMs, written);
      // Nothing was written into the workspace.
      assert.deepEqual(second.files, filesUnder(FIXTURE_WORKSPACE));
    } finally {
      rmSync(path.dirname(cacheDir), { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  test('a cacheDir inside the workspace is not used: nothing is written there', async () => {
    const workspace = copyWorkspace();
    const s = await LspSession.start({ workspace, capabilities: PULL_CAPABILITIES, initializationOptions: { cacheDir: path.join(workspace, '.newsmd-cache') } });
    try {
      const uri = await s.open(HANDOVER);
      const report = await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.ok(report.kind === 'full' && report.items.some((d) => d.code === 'entity-unknown-id'));
      assert.deepEqual(filesUnder(workspace), filesUnder(FIXTURE_WORKSPACE));
    } finally {
      await s.close();
    }
  });
});
