// Random edits and random text through the real language server (spawned, LSP over stdio).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type DocumentSymbol, type Hover, type InlayHint, type SemanticTokens,
  CodeActionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest,
  HoverRequest, InlayHintRequest, SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession, PULL_CAPABILITIES, copyWorkspace } from '../lsp/support/lspSession';
import { repoPath } from '../support/repo';
import { FRAGMENTS, type LspRangeLike, assertRangesInside, fuzzRuns, fuzzSeed, hostileText, lspLines } from './support/fuzz';

const BASE_ARTICLES = [
  '2020-01-09-iran-strike-weekday.news.md',
  '2020-08-20-coalition-hands-over-sites.news.md',
  '2020-01-17-tbi-first-count.news.md',
  'erbil-rockets-broken-front-matter.news.md',
];

/** One edit as offsets into the text before it; `full` replaces the whole text (a full-sync change). */
interface Edit {
  at: number;
  remove: number;
  insert: string;
  full: boolean;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(12), fc.nat(200)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(''), hostileText),
  full: fc.nat(9).map((n) => n === 0), // one change in ten replaces the whole text
});

describe('the language server under random edits and random text', () => {
  let s: LspSession;
  let next = 0;
  before(async () => {
    s = await LspSession.start({ workspace: copyWorkspace(repoPath('examples')), capabilities: PULL_CAPABILITIES });
  });
  after(() => s?.close());

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    assert.equal(report.kind, 'full');
    return report.kind === 'full' ? report.items : [];
  }

  function serverFailures(): string[] {
    return s.logs.filter((l) => / failed: /.test(l));
  }

  test('after any edit sequence the diagnostics equal those of a fresh open of the final text', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...BASE_ARTICLES), fc.array(editArb, { minLength: 1, maxLength: 15 }), fc.nat(), async (base, edits, pullEvery) => {
      const relative = `fuzz-edit-${next++}.news.md`;
      const uri = s.uri(relative);
      let text = s.text(base);
      await s.open(relative, text);
      let version = 1;
      for (const [i, edit] of edits.entries()) {
        const doc = TextDocument.create(uri, 'newsmd', version, text);
        const start = Math.floor(edit.at * text.length);
        const end = Math.min(text.length, start + edit.remove);
        let change: { text: string } | { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
        if (edit.full) {
          text = text.slice(0, start) + edit.insert + text.slice(end);
          change = { text };
        } else {
          // Positions are what an editor sends; an offset inside `\r\n` has none of its own, so
          // the new text is what the positions say, as in the editor.
          const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
          text = TextDocument.applyEdits(doc, [{ range, newText: edit.insert }]);
          change = { range, text: edit.insert };
        }
        await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [change] });
        // Pull some intermediate states too, so stale caches would show.
        if (pullEvery % 3 === i % 3) await pull(uri);
      }
      const afterEdits = await pull(uri);
      assertRangesInside(text, afterEdits.map((d) => ({ range: d.range, what: `${d.code}` })));

      await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      await s.open(relative, text);
      const fresh = await pull(uri);
      // Empty it before closing: a closed, never-saved article leaves the corpus only once the
      // server's asynchronous disk read after the close fails, and the next run must not race that.
      await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: '' }] });
      await pull(uri);
      await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      assert.deepEqual(afterEdits, fresh, `diagnostics differ after edits of ${base}; final text ${JSON.stringify(text)}`);
    }), { numRuns: fuzzRuns(25), seed: fuzzSeed() });
    assert.deepEqual(serverFailures(), []);
  });

  test('random text gets diagnostics, tokens, hovers, symbols, hints and fixes, all inside the document', async () => {
    await fc.assert(fc.asyncProperty(hostileText, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), async (text, spots) => {
      const relative = `fuzz-text-${next++}.news.md`;
      const uri = await s.open(relative, text);
      const doc = TextDocument.create(uri, 'newsmd', 1, text);
      const ranges: Array<{ range: LspRangeLike; what: string }> = [];
      const diagnostics = await pull(uri);
      ranges.push(...diagnostics.map((d) => ({ range: d.range, what: `diagnostic ${d.code}` })));

      const tokens = (await s.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })) as SemanticTokens;
      assert.equal(tokens.data.length % 5, 0);
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
        ranges.push({ range: { start: { line, character }, end: { line, character: character + tokens.data[i + 2] } }, what: 'semantic token' });
      }
      for (const spot of spots) {
        const position = doc.positionAt(Math.floor(spot * text.length));
        const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
        if (hover?.range) ranges.push({ range: hover.range, what: 'hover' });
      }
      const lines = lspLines(text);
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
      const hints = (await s.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: whole })) as InlayHint[];
      ranges.push(...hints.map((h) => ({ range: { start: h.position, end: h.position }, what: 'inlay hint' })));
      const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
      const walk = (list: DocumentSymbol[]): void => {
        for (const sym of list) {
          ranges.push({ range: sym.range, what: `symbol ${sym.name}` }, { range: sym.selectionRange, what: `symbol selection ${sym.name}` });
          walk(sym.children ?? []);
        }
      };
      walk(symbols ?? []);
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: whole, context: { diagnostics: [] } })) as CodeAction[];
      for (const action of actions ?? []) {
        for (const edit of action.edit?.changes?.[uri] ?? []) ranges.push({ range: edit.range, what: `fix "${action.title}"` });
        for (const change of action.edit?.documentChanges ?? []) {
          if ('textDocument' in change && change.textDocument.uri === uri) for (const e of change.edits) ranges.push({ range: e.range, what: `fix "${action.title}"` });
        }
      }
      assertRangesInside(text, ranges);
      await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }), { numRuns: fuzzRuns(40), seed: fuzzSeed() });
    assert.deepEqual(serverFailures(), []);
    assert.equal(s.child.exitCode, null, 'the server exited');
  });
});
