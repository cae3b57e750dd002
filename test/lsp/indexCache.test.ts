import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { type CodeLens, type Diagnostic, type Hover, type Location, CodeLensRequest, DocumentDiagnosticRequest, HoverRequest, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, copyWorkspace, positionOf } from './support/lspSession';

// The server persists its workspace index in the editor's storage folder (`cacheDir`) and on the
// next start takes unchanged articles from it: references, code lenses and corpus checks must be
// the same as after a cold index, and a damaged index file only costs the next start its speed.

const VISIT = 'articles/airbase-visit.news.md';

interface Progress {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string };
}

interface Seen {
  references: Location[];
  lenses: Array<{ line: number; title: string | undefined }>;
  diagnostics: Diagnostic[];
  /** Hovers over the opened article's entity, date and figure. */
  hovers: Array<Hover | null>;
  /** What the server logged about its saved index. */
  indexLogs: string[];
  /** The last message of the indexing progress ("3/3 articles (3 from the saved index)"). */
  lastMessage: string;
}

const folders: string[] = [];
after(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** Starts the server on the workspace, waits for the index, and records what a user would see. */
async function startAndLook(workspace: string, cacheDir: string): Promise<Seen> {
  const s = await LspSession.start({ workspace, capabilities: PULL_CAPABILITIES, initializationOptions: { cacheDir } });
  try {
    const progress = (): Progress[] => s.progress as Progress[];
    await s.waitFor('indexing to finish', () => progress().some((p) => p.value.kind === 'end'), 20_000);
    const token = progress().find((p) => p.value.kind === 'begin' && /index/i.test(p.value.title ?? ''))?.token;
    const messages = progress().filter((p) => p.token === token && p.value.message).map((p) => p.value.message!);
    const gazetteer = s.text('gazetteer.yaml');
    const references = (await s.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: s.uri('gazetteer.yaml') }, position: positionOf(gazetteer, 'ain-al-asad:', 1), context: { includeDeclaration: true },
    })) as Location[];
    const lenses = ((await s.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: s.uri('gazetteer.yaml') } })) as CodeLens[])
      .map((l) => ({ line: l.range.start.line, title: l.command?.title }));
    const uri = await s.open(VISIT);
    const report = await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const hovers: Array<Hover | null> = [];
    for (const [needle, offset] of [['toured Ain al-Asad', 9], ['on Sunday', 4], ['5,200 US troops', 2]] as const) {
      hovers.push(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(s.text(VISIT), needle, offset) }));
    }
    const indexLogs = s.logs.filter((l) => /saved index/.test(l));
    return { references, lenses, diagnostics: report.kind === 'full' ? report.items : [], hovers, indexLogs, lastMessage: messages.at(-1) ?? '' };
  } finally {
    await s.close({ keepWorkspace: true });
  }
}

/** Waits until the first start's index file is in the folder (it is written just after indexing). */
async function indexFileIn(cacheDir: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const file = readdirSync(cacheDir).find((f) => /^index-[0-9a-f]+\.v8$/.test(f));
    if (file) return path.join(cacheDir, file);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no index file in ${cacheDir}: ${readdirSync(cacheDir).join(', ')}`);
}

function setUp(): { workspace: string; cacheDir: string } {
  const workspace = copyWorkspace();
  const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'newsmd-index-cache-')), 'globalStorage');
  folders.push(workspace, path.dirname(cacheDir));
  return { workspace, cacheDir };
}

describe('workspace index between starts', () => {
  test('a second start takes every article from the saved index and shows the same references, lenses and diagnostics', async () => {
    const { workspace, cacheDir } = setUp();
    const cold = await startAndLook(workspace, cacheDir);
    assert.match(cold.lastMessage, /^3\/3 articles$/);
    assert.ok(cold.references.some((r) => r.uri.endsWith(VISIT)), JSON.stringify(cold.references));
    assert.ok(cold.lenses.some((l) => l.title === '2 mentions in 2 articles'), JSON.stringify(cold.lenses));
    const file = await indexFileIn(cacheDir);
    assert.ok(!readdirSync(workspace, { recursive: true }).some((f) => String(f).includes('index-')), 'nothing written into the workspace');

    assert.ok(cold.hovers.every((h) => h !== null), 'an entity, a date and a figure');
    assert.deepEqual(cold.indexLogs, []);
    const warm = await startAndLook(workspace, cacheDir);
    assert.equal(warm.lastMessage, '3/3 articles (3 from the saved index)');
    assert.deepEqual(warm.references, cold.references);
    assert.deepEqual(warm.lenses, cold.lenses);
    assert.deepEqual(warm.diagnostics, cold.diagnostics);
    assert.deepEqual(warm.hovers, cold.hovers);
    assert.deepEqual(warm.indexLogs, []);
    assert.match(readFileSync(file, 'latin1'), /^newsmd-index 3\n/, 'written in the compact format');
  });

  test('an article changed between starts is analysed again; its new mention is found', async () => {
    const { workspace, cacheDir } = setUp();
    const cold = await startAndLook(workspace, cacheDir);
    await indexFileIn(cacheDir);
    appendFileSync(path.join(workspace, VISIT), '\nA second convoy reached Ain al-Asad later that day.\n');
    const warm = await startAndLook(workspace, cacheDir);
    assert.equal(warm.lastMessage, '3/3 articles (2 from the saved index)');
    const inVisit = (seen: Seen) => seen.references.filter((r) => r.uri.endsWith(VISIT)).length;
    assert.equal(inVisit(warm), inVisit(cold) + 1);
    assert.ok(warm.lenses.some((l) => l.title === '3 mentions in 2 articles'), JSON.stringify(warm.lenses));
  });

  test('a damaged, truncated or foreign index file gives a cold index with the same results and a log line, never a crash', async () => {
    const { workspace, cacheDir } = setUp();
    const cold = await startAndLook(workspace, cacheDir);
    const file = await indexFileIn(cacheDir);
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 10] ^= 0xff;
    const cases: Array<[Buffer, RegExp]> = [
      [damaged, /is damaged \(a record does not match its digest\)/],
      [good.subarray(0, good.length >> 1), /is truncated/],
      [Buffer.from('newsmd-index 2\n12 abc\n{"not":"v8"}'), /is of another format \(newsmd-index 2\)/],
      [Buffer.alloc(0), /is empty/],
    ];
    for (const [bytes, problem] of cases) {
      writeFileSync(file, bytes);
      const again = await startAndLook(workspace, cacheDir);
      assert.equal(again.lastMessage, '3/3 articles');
      assert.deepEqual(again.references, cold.references);
      assert.deepEqual(again.lenses, cold.lenses);
      assert.deepEqual(again.diagnostics, cold.diagnostics);
      assert.deepEqual(again.hovers, cold.hovers);
      assert.equal(again.indexLogs.length, 1, again.indexLogs.join('\n'));
      assert.match(again.indexLogs[0], problem);
      assert.match(again.indexLogs[0], /indexing every article again/);
    }
  });
});
