import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Diagnostic, type DocumentDiagnosticReport, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { docsUrl } from '../../server/src/core/diagnostics/codes';
import { LspSession, PULL_CAPABILITIES, PUSH_CAPABILITIES, copyWorkspace } from './support/lspSession';

const HANDOVER = 'articles/bases-handover.news.md';
const VISIT = 'articles/airbase-visit.news.md';
const UNDATED = 'articles/undated-brief.news.md';

function textAt(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  if (d.range.start.line !== d.range.end.line) return lines.slice(d.range.start.line, d.range.end.line + 1).join('\n');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

async function pull(session: LspSession, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

describe('diagnostics, pulled', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
  });
  after(() => s?.close());

  test('an annotation with a misspelt id is an error on that id, linked to its documentation', async () => {
    const uri = await s.open(HANDOVER);
    const found = items(await pull(s, uri)).filter((d) => d.code === 'entity-unknown-id');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(textAt(s.text(HANDOVER), found[0]), /qasem-solemani/);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].source, 'newsmd');
  });

  test('every diagnostic links to the documentation of its code', async () => {
    const all = items(await pull(s, s.uri(HANDOVER)));
    assert.ok(all.length > 0);
    for (const d of all) assert.equal(d.codeDescription?.href, docsUrl(d.code as Parameters<typeof docsUrl>[0]));
  });

  test('a figure that misses the gazetteer value is a warning on the figure', async () => {
    const found = items(await pull(s, s.uri(HANDOVER))).filter((d) => d.code === 'figure-gazetteer-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(textAt(s.text(HANDOVER), found[0]), /3,000/);
    assert.equal(found[0].severity, 2);
  });

  test('a figure that disagrees with another article of the same days points to that article', async () => {
    const found = items(await pull(s, s.uri(HANDOVER))).filter((d) => d.code === 'figure-corpus-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(found[0].relatedInformation?.some((r) => r.location.uri === s.uri(VISIT)), JSON.stringify(found[0].relatedInformation));
  });

  test('an unchanged document answers "unchanged" for the result id the client holds', async () => {
    const first = await pull(s, s.uri(HANDOVER));
    assert.equal(first.kind, 'full');
    const second = await pull(s, s.uri(HANDOVER), first.resultId);
    assert.equal(second.kind, 'unchanged');
  });

  test('a gazetteer edit on disk re-checks the open article and asks the client to re-pull', async () => {
    // How fast is the benchmark's business (no timed assertions here); this checks that it happens.
    const uri = s.uri(HANDOVER);
    const before = items(await pull(s, uri)).filter((d) => d.code === 'entity-unknown-id');
    assert.equal(before.length, 1);
    const refreshes = s.refreshes.length;
    const gazetteer = s.text('gazetteer.yaml');
    writeFileSync(s.path('gazetteer.yaml'), gazetteer.replace('  tahsin-al-khafaji:', '  tahsin-khafaji:'));
    await s.fileChanged('gazetteer.yaml');
    await s.waitFor('diagnostic refresh', () => s.refreshes.slice(refreshes).includes('workspace/diagnostic/refresh'));
    const unknownIds = async (): Promise<string[]> =>
      items(await pull(s, uri)).filter((d) => d.code === 'entity-unknown-id').map((d) => textAt(s.text(HANDOVER), d).replace(/.*\{@|\}.*/g, '')).sort();
    await s.eventually('the renamed id flagged', async () => (await unknownIds()).length === 2);
    assert.deepEqual(await unknownIds(), ['qasem-solemani', 'tahsin-al-khafaji']);
  });
});

describe('diagnostics, pushed', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PUSH_CAPABILITIES });
  });
  after(() => s?.close());

  test('an article without a publication date gets missing-publication-date, pushed on open', async () => {
    const uri = await s.open(UNDATED);
    const pushed = await s.waitFor('pushed diagnostics', () => s.pushed.get(uri));
    const found = pushed.filter((d) => d.code === 'missing-publication-date');
    assert.equal(found.length, 1, JSON.stringify(pushed));
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].codeDescription?.href, docsUrl('missing-publication-date'));
  });

  test('a gazetteer edit on disk pushes fresh diagnostics for the open article', async () => {
    const uri = await s.open(HANDOVER);
    await s.waitFor('first diagnostics', () => s.pushed.get(uri)?.some((d) => d.code === 'entity-unknown-id'));
    s.pushed.delete(uri);
    writeFileSync(s.path('gazetteer.yaml'), s.text('gazetteer.yaml').replace('  tahsin-al-khafaji:', '  tahsin-khafaji:'));
    await s.fileChanged('gazetteer.yaml');
    const fresh = await s.waitFor('re-checked diagnostics', () => {
      const list = s.pushed.get(uri);
      return list && list.filter((d) => d.code === 'entity-unknown-id').length === 2 && list;
    });
    assert.ok(fresh.some((d) => textAt(s.text(HANDOVER), d).includes('tahsin-al-khafaji')));
  });
});

describe('diagnostics, with settings', () => {
  test('newsmd.lint.<code> turns a check off or raises its severity', async () => {
    const off = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES, settings: { lint: { 'missing-publication-date': 'off' } } });
    const raised = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES, settings: { lint: { 'missing-publication-date': 'error' } } });
    try {
      const offItems = items(await pull(off, await off.open(UNDATED)));
      assert.equal(offItems.filter((d) => d.code === 'missing-publication-date').length, 0);
      const raisedItems = items(await pull(raised, await raised.open(UNDATED))).filter((d) => d.code === 'missing-publication-date');
      assert.equal(raisedItems.length, 1);
      assert.equal(raisedItems[0].severity, 1);
    } finally {
      await off.close();
      await raised.close();
    }
  });
});
