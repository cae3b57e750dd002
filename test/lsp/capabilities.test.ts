import { readFileSync } from 'node:fs';
import { repoPath } from '../support/repo';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspSession, PULL_CAPABILITIES, PUSH_CAPABILITIES, copyWorkspace } from './support/lspSession';

describe('initialize', () => {
  let pull: LspSession;
  let push: LspSession;
  before(async () => {
    pull = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
    push = await LspSession.start({ workspace: copyWorkspace(), capabilities: PUSH_CAPABILITIES });
  });
  after(async () => {
    await pull?.close();
    await push?.close();
  });

  test('announces every editor feature the extension offers', () => {
    const caps = pull.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.definitionProvider);
    assert.ok(caps.referencesProvider);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['@', '=']);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.workspaceSymbolProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.inlayHintProvider);
    assert.equal(pull.initializeResult.serverInfo?.name, 'newsmd-language-server');
    assert.equal(pull.initializeResult.serverInfo?.version, JSON.parse(readFileSync(repoPath('server/package.json'), 'utf8')).version, 'the version of the package it ships in');
  });

  test('semantic tokens have a type per entity kind, dates and figures, and the three modifiers', () => {
    const legend = pull.initializeResult.capabilities.semanticTokensProvider!.legend;
    for (const type of ['newsBase', 'newsPerson', 'newsOrganization', 'newsPlace', 'newsEvent', 'newsFigure', 'newsDate']) {
      assert.ok(legend.tokenTypes.includes(type), type);
    }
    for (const modifier of ['ambiguous', 'unknown', 'relative']) assert.ok(legend.tokenModifiers.includes(modifier), modifier);
    assert.deepEqual(pull.initializeResult.capabilities.semanticTokensProvider, { legend, full: true, range: true });
  });

  test('offers pull diagnostics only to clients that can pull', () => {
    assert.equal(pull.initializeResult.capabilities.diagnosticProvider?.interFileDependencies, true);
    assert.equal(push.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  test('reports indexing progress to a client that supports work-done progress', async () => {
    const kinds = await pull.waitFor('progress end', () => {
      const values = pull.progress.map((p) => (p as { value: { kind: string } }).value.kind);
      return values.includes('end') && values;
    });
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });
});
