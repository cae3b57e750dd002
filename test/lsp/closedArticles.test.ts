import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type Diagnostic, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, PUSH_CAPABILITIES, copyWorkspace } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';
const VISIT = 'articles/airbase-visit.news.md';

// A draft, never saved, that gives a troop count four days after the handover article's 3,000.
const DRAFT = [
  '---',
  'title: Draft - troop numbers after the handover',
  'published: 2020-08-24',
  '---',
  'About 5,200 US troops are still deployed in Iraq, officials said.',
  '',
].join('\n');

/** A workspace where the handover article has no conflict on disk (the other article is gone). */
async function startAlone(capabilities: typeof PULL_CAPABILITIES): Promise<LspSession> {
  const workspace = copyWorkspace();
  rmSync(`${workspace}/${VISIT}`);
  return LspSession.start({ workspace, capabilities });
}

async function pulled(s: LspSession, uri: string): Promise<Diagnostic[]> {
  const report = await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

const conflictsWith = (items: Diagnostic[] | undefined, uri: string): boolean =>
  !!items?.some((d) => d.code === 'figure-corpus-conflict' && d.relatedInformation?.some((r) => r.location.uri === uri));

describe('closing an article that was never saved', () => {
  test('pull: its figures stop counting and the client is asked to re-pull', async () => {
    const s = await startAlone(PULL_CAPABILITIES);
    try {
      const handover = await s.open(HANDOVER);
      const draft = s.uri('articles/draft.news.md'); // a file name, but no file on disk
      await s.openUnsaved(draft, DRAFT);
      await pulled(s, draft);
      assert.ok(conflictsWith(await pulled(s, handover), draft), 'the open draft conflicts with the handover article');

      const refreshes = s.refreshes.length;
      await s.closeDocument(draft);
      await s.waitFor('diagnostic refresh after closing the draft', () => s.refreshes.slice(refreshes).includes('workspace/diagnostic/refresh'));
      const after = await s.eventually('the corpus conflict gone', async () => {
        const now = await pulled(s, handover);
        return now.some((d) => d.code === 'figure-corpus-conflict') ? false : now;
      });
      assert.ok(!after.some((d) => d.code === 'figure-corpus-conflict'), JSON.stringify(after));
    } finally {
      await s.close();
    }
  });

  test('push: an untitled draft closed without saving no longer conflicts, and fresh diagnostics are pushed', async () => {
    const s = await startAlone(PUSH_CAPABILITIES);
    try {
      const handover = await s.open(HANDOVER);
      const draft = 'untitled:Untitled-1';
      await s.openUnsaved(draft, DRAFT);
      await s.waitFor('the draft\'s own diagnostics', () => s.pushed.get(draft));
      // Opening a document re-checks only that document, so edit the handover article to see
      // the draft counted against it.
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: handover, version: 2 }, contentChanges: [{ text: `${s.text(HANDOVER)}\n` }],
      });
      await s.waitFor('the draft conflicts with the open article', () => conflictsWith(s.pushed.get(handover), draft));

      // A push computed before the close may still be on its way, so what counts is the last one:
      // it must come, and it must no longer carry the conflict.
      s.pushed.delete(handover);
      await s.closeDocument(draft);
      const fresh = await s.waitFor('diagnostics without the conflict pushed after closing the draft', () => {
        const now = s.pushed.get(handover);
        return now && !conflictsWith(now, draft) && now;
      });
      assert.ok(!fresh.some((d) => d.code === 'figure-corpus-conflict'), JSON.stringify(fresh));
      assert.ok(fresh.some((d) => d.code === 'entity-unknown-id'), 'the rest of the article is still checked');
    } finally {
      await s.close();
    }
  });
});
