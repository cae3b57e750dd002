// Hostile files in a workspace the real server is serving: each gets its diagnostic, and a hover
// on an ordinary article keeps answering while and after the hostile file is processed.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import {
  type Diagnostic, type DocumentDiagnosticReport, type Hover, DocumentDiagnosticRequest, HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, copyWorkspace, positionOf } from '../lsp/support/lspSession';
import {
  binaryBytes, deepFlowGazetteer, hostileFixture, hugeFrontMatterArticle, longLineArticle, wideFrontMatterArticle, wideMapGazetteer,
} from './support/hostileInputs';

/** A hang guard, not a performance target. */
// A hang detector, not a speed test (docs/performance.md has the timings): generous enough for a
// loaded 2-core machine, where a 50 MB file takes ~10 s alone and three times that beside other jobs.
const BOUND_MS = 90_000;
const VISIT = 'articles/airbase-visit.news.md';

describe('hostile files while the server is running', () => {
  let s: LspSession;
  let visit: string;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(), capabilities: PULL_CAPABILITIES });
    visit = await s.open(VISIT);
  });
  after(() => s?.close());

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    return report.kind === 'full' ? report.items : [];
  }

  /** A hover on the ordinary article, answered within the bound. */
  async function hoverAnswers(): Promise<void> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const hover = (await Promise.race([
      s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: visit }, position: positionOf(s.text(VISIT), 'Ain al-Asad', 1, 2) }),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('hover not answered within the bound')), BOUND_MS))),
    ]).finally(() => clearTimeout(timer))) as Hover | null;
    assert.ok(hover, 'no hover on the ordinary article');
    assert.ok(Date.now() - started < BOUND_MS);
  }

  async function waitForDiagnostic(uri: string, code: string, message: RegExp): Promise<void> {
    const deadline = Date.now() + BOUND_MS;
    let last: Diagnostic[] = [];
    while (Date.now() < deadline) {
      last = await pull(uri);
      if (last.some((d) => d.code === code && message.test(String(d.message)))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`no ${code} matching ${message} on ${uri}: ${JSON.stringify(last.map((d) => `${d.code}: ${d.message}`))}`);
  }

  const GAZETTEERS: Array<{ file: string; content: () => string | Buffer; code: string; message: RegExp }> = [
    { file: 'bomb.gazetteer.yaml', content: () => hostileFixture('alias-bomb.yaml'), code: 'gazetteer-syntax', message: /alias bomb/ },
    { file: 'deep.gazetteer.yaml', content: () => deepFlowGazetteer(100_000), code: 'gazetteer-syntax', message: /nested too deeply to read \(more than 1,000 levels/ },
    { file: 'binary.gazetteer.yaml', content: () => binaryBytes(64 * 1024), code: 'gazetteer-syntax', message: /binary|Control character/ },
    { file: 'loops.gazetteer.yaml', content: () => hostileFixture('self-reference.yaml'), code: 'gazetteer-schema', message: /leads back to it/ },
    { file: 'tags.gazetteer.yaml', content: () => hostileFixture('tags.yaml'), code: 'gazetteer-syntax', message: /Unresolved tag/ },
    { file: 'latin1.gazetteer.yaml', content: () => hostileFixture('invalid-utf8.yaml'), code: 'gazetteer-syntax', message: /not UTF-8/ },
  ];

  for (const g of GAZETTEERS) {
    test(`gazetteer ${g.file} appears on disk: ${g.code}, hovers still answer`, async () => {
      writeFileSync(s.path(g.file), g.content());
      await s.fileChanged(g.file, 1);
      await hoverAnswers();
      await waitForDiagnostic(s.uri(g.file), g.code, g.message);
      await hoverAnswers();
    });
  }

  test('a 200,000-key map in a gazetteer is read, and hovers answer meanwhile', async () => {
    writeFileSync(s.path('wide.gazetteer.yaml'), wideMapGazetteer(200_000));
    await s.fileChanged('wide.gazetteer.yaml', 1);
    const during = hoverAnswers();
    await new Promise((r) => setTimeout(r, 200)); // the reload has started (after the server's 150 ms gathering delay)
    await hoverAnswers();
    await during;
  });

  const ARTICLES: Array<{ file: string; content: () => string; code: string | null }> = [
    { file: 'articles/long-line.news.md', content: () => longLineArticle(10), code: null },
    { file: 'articles/huge-front-matter.news.md', content: () => hugeFrontMatterArticle(20), code: 'front-matter-invalid' },
    { file: 'articles/wide-front-matter.news.md', content: () => wideFrontMatterArticle(200_000), code: 'front-matter-invalid' },
  ];

  for (const a of ARTICLES) {
    test(`${a.file} opened in the editor: answered${a.code ? ` with ${a.code}` : ''}, a hover on another article answers too`, async () => {
      const uri = await s.open(a.file, a.content());
      const [diagnostics] = await Promise.all([pull(uri), hoverAnswers()]);
      if (a.code) assert.ok(diagnostics.some((d) => d.code === a.code), JSON.stringify(diagnostics.map((d) => d.code)));
      await hoverAnswers();
    });
  }

  test('no handler failed on any of it', () => {
    assert.deepEqual(s.logs.filter((l) => / failed: /.test(l)), []);
    assert.equal(s.child.exitCode, null);
  });
});
