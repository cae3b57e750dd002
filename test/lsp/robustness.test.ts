import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  type Diagnostic, type DocumentDiagnosticReport, type Hover, DocumentDiagnosticRequest, HoverRequest, SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, copyWorkspace, positionOf } from './support/lspSession';

describe('bad input never takes the server down', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
  });
  after(() => s?.close());

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    return report.kind === 'full' ? report.items : [];
  }

  async function stillAnswers(): Promise<void> {
    const file = 'articles/bases-handover.news.md';
    const uri = await s.open(file);
    const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(s.text(file), 'Ain al-Asad', 1) })) as Hover | null;
    assert.ok(hover, 'the server stopped answering hovers');
  }

  test('binary junk in an article gives at most diagnostics, and the server keeps answering', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const uri = await s.open('articles/junk.news.md', junk);
    await pull(uri);
    await s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    await stillAnswers();
  });

  test('a 50,000-word article on a single line is checked without hanging', async () => {
    const line = `---\npublished: 2020-08-20\n---\n${'Ain al-Asad saw 5,000 troops on Monday. '.repeat(7_000)}`;
    const uri = await s.open('articles/huge.news.md', line);
    const started = Date.now();
    await pull(uri);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    await stillAnswers();
  });

  test('broken YAML in an open gazetteer is a gazetteer-syntax error at its line; articles are still checked', async () => {
    const broken = `${s.text('gazetteer.yaml')}\n  bad-entry: [unclosed\n`;
    writeFileSync(s.path('gazetteer.yaml'), broken);
    const uri = await s.open('gazetteer.yaml', broken);
    let diagnostics: Diagnostic[] = [];
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      diagnostics = (await pull(uri)).filter((d) => d.code === 'gazetteer-syntax');
      if (diagnostics.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(diagnostics.length > 0, 'no gazetteer-syntax diagnostic');
    assert.ok(diagnostics[0].range.start.line >= broken.split('\n').length - 4, JSON.stringify(diagnostics[0].range));
    await stillAnswers();
  });

  test('requests for files the server does not handle get empty answers, not errors', async () => {
    const uri = s.uri('notes.txt');
    assert.deepEqual(await pull(uri), []);
    assert.equal(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  });
});
