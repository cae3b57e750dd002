// Safe (SPEC §8): hover text from a gazetteer is escaped, workspace trust is declared, and neither
// the CLI nor the language server changes a file on its own.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type Hover, type MarkupContent,
  CodeActionRequest, CodeLensRequest, CompletionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidSaveTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest, HoverRequest, InlayHintRequest, SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LspSession, PULL_CAPABILITIES, positionOf } from '../lsp/support/lspSession';
import { runCli, snapshotTree, tempCopy, tempDir } from '../support/cli';
import { repoPath } from '../support/repo';

// markdown-it is what VS Code's own Markdown preview is built on; here it shows what the hover
// Markdown would turn into, HTML allowed (the strictest reading).
const MarkdownIt = require('markdown-it') as new (options: { html: boolean; linkify: boolean }) => { render(source: string): string };
const markdown = new MarkdownIt({ html: true, linkify: true });

const HOSTILE_GAZETTEER = `places:
  trap-town:
    name: "Trap Town [run me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"
    aliases: [Trap Town]
    type: "<script>alert('type')</script>"
    region: "[click](command:workbench.action.openSettings?%5B%22newsmd%22%5D)"
    notes: "# Fake heading\\n\\n<a href=\\"command:workbench.action.reloadWindow\\">reload</a> ![x](command:evil) <command:x> javascript:alert(1)"
    sources: ["command:workbench.action.terminal.new", "javascript:alert(1)", "https://example.org/ok"]
    wikidata: "Q1](command:evil)"
    custom_field: "<iframe src=command:x></iframe> [x](vscode://settings)"
`;

const ARTICLE = `---
title: A visit to a town with a strange gazetteer entry
published: 2021-03-02
---
Officials visited Trap Town on Monday.
`;

describe('hover text from a gazetteer is escaped (real server)', () => {
  test('no command: or script links, no raw HTML, whatever the gazetteer says', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'gazetteer.yaml'), HOSTILE_GAZETTEER);
    writeFileSync(path.join(dir, 'visit.news.md'), ARTICLE);
    const s = await LspSession.start({ workspace: dir, capabilities: PULL_CAPABILITIES });
    try {
      const uri = await s.open('visit.news.md');
      const hover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(ARTICLE, 'Trap Town', 2) })) as Hover | null;
      assert.ok(hover, 'no hover on the entity');
      const value = (hover.contents as MarkupContent).value;
      assert.match(value, /Trap Town/);
      const html = markdown.render(value);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      for (const href of hrefs) assert.match(href, /^https?:\/\//, `a non-http link in the hover: ${href}\n${value}`);
      assert.ok(hrefs.includes('https://example.org/ok'), `the http source should stay a link: ${html}`);
      const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1].toLowerCase());
      const allowed = new Set(['p', 'strong', 'em', 'code', 'a', 'ul', 'li', 'br', 'ol']);
      assert.deepEqual(tags.filter((t) => !allowed.has(t)), [], `HTML from the gazetteer got through:\n${html}`);
      assert.doesNotMatch(html, /<h\d/, 'a heading from the gazetteer got through');
      // The gazetteer's hover (on its own file) is escaped the same way.
      const gazetteerUri = await s.open('gazetteer.yaml');
      const own = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: gazetteerUri }, position: positionOf(HOSTILE_GAZETTEER, 'trap-town') })) as Hover | null;
      if (own) {
        const ownHtml = markdown.render((own.contents as MarkupContent).value);
        for (const m of ownHtml.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^https?:\/\//, ownHtml);
        assert.doesNotMatch(ownHtml, /<(img|script|iframe)\b/i, ownHtml);
      }
    } finally {
      await s.close();
    }
  });
});

describe('workspace trust', () => {
  test('package.json declares limited support for untrusted workspaces, restricting the gazetteer paths setting', () => {
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: string; restrictedConfigurations?: string[] } };
    };
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.ok(trust, 'capabilities.untrustedWorkspaces is missing');
    assert.ok(trust.supported === 'limited' || trust.supported === true, `supported: ${String(trust.supported)}`);
    if (trust.supported === 'limited') {
      assert.ok(trust.description && trust.description.length > 20, 'a limited mode needs a description users see');
      assert.ok(trust.restrictedConfigurations?.includes('newsmd.gazetteer.paths'), 'newsmd.gazetteer.paths lets a workspace point outside itself');
    }
  });
});

describe('no file changes except through an applied WorkspaceEdit', () => {
  test('a full CLI check and an LSP editing session leave a copy of examples/ byte-identical', async () => {
    const dir = tempCopy(repoPath('examples'));
    const before = snapshotTree(dir);
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const r = runCli(['check', '.', '--format', format], dir);
        assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      }
      const session = await LspSession.start({ workspace: dir, capabilities: PULL_CAPABILITIES });
      try {
        await session.waitFor('indexing to finish', () => session.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end'), 30_000);
        const articles = readdirSync(dir).filter((f) => f.endsWith('.news.md'));
        for (const file of articles) {
          const text = session.text(file);
          const uri = await session.open(file, text);
          const report = (await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
          const diagnostics: Diagnostic[] = report.kind === 'full' ? report.items : [];
          // Ask for every fix (and never apply one), then everything else an editor asks for.
          const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } }, context: { diagnostics },
          })) as CodeAction[];
          assert.ok(Array.isArray(actions));
          await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 4 } });
          await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
          await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } } });
          await session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
          await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 5, character: 0 } });
          // An unsaved edit, a save notification (the client saves, not the server), then close.
          await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Officials said 5,000 troops left [the base]{@ain-al-asad} on Friday. ' }],
          });
          await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
          await session.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
          await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        }
        const gazetteerUri = await session.open('gazetteer.yaml');
        await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: gazetteerUri } });
        await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: gazetteerUri } });
      } finally {
        await closeKeepingWorkspace(session);
      }
      assert.deepEqual(snapshotTree(dir), before, 'a file in the workspace changed, appeared or vanished');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Like LspSession.close(), but keeps the workspace folder: this test still has to hash it. */
async function closeKeepingWorkspace(session: LspSession): Promise<void> {
  await Promise.race([session.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
  await session.connection.sendNotification('exit').catch(() => undefined);
  session.connection.dispose();
  if (session.child.exitCode === null) session.child.kill();
}
