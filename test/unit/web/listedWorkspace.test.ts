import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { URI } from 'vscode-uri';
import { nodeWorkspace } from '../../../server/src/lsp/nodeWorkspace';
import { ListedWorkspace } from '../../../server/src/web/listedWorkspace';
import { tempFolders } from '../../support/tempFolders';
import { WORKSPACE_CASES, article, writeTree } from '../../support/trees';

// The browser build finds the workspace in a listing the client makes (vscode.workspace.findFiles,
// node_modules excluded) instead of walking the disk. The same trees must give the same articles
// and gazetteers as the desktop discovery — where the editor folder is its own workspace root
// (the browser does not look above it for `.git` or `.newsmd.yaml`).

const newFolder = tempFolders('newsmd-listed-');

/** What the web client would list: every file under `dir` but node_modules, as file: URIs. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const abs = path.join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(abs);
      } else if (/\.news\.md$|\.ya?ml$|^\.gitignore$/i.test(entry.name)) out.push(URI.file(abs).toString());
    }
  };
  walk(dir);
  return out;
}

function listedOver(dir: string, reads: string[] = []): ListedWorkspace {
  return new ListedWorkspace({
    list: async () => listing(dir),
    read: async (uris) => uris.map((uri) => {
      reads.push(uri);
      try {
        return readFileSync(URI.parse(uri).fsPath, 'utf8');
      } catch {
        return null;
      }
    }),
  });
}

const rel = (top: string, uri: string): string => path.relative(top, URI.parse(uri).fsPath).split(path.sep).join('/');

describe('the browser build finds the workspace the desktop finds', () => {
  // Cases whose folder is its own root; the others depend on a root found above the folder.
  for (const c of WORKSPACE_CASES.filter((w) => w.folder === '.')) {
    test(c.name, async () => {
      const top = writeTree(newFolder(), c.files);
      const folder = URI.file(top).toString();
      const desktop = await nodeWorkspace.scan([folder], [], () => false);
      const web = await listedOver(top).scan([folder], [], () => false);
      assert.deepEqual(web.articles.map((u) => rel(top, u)), desktop.articles.map((u) => rel(top, u)), 'articles');
      assert.deepEqual(web.gazetteers.map((u) => rel(top, u)), desktop.gazetteers.map((u) => rel(top, u)), 'gazetteers');
      assert.deepEqual(web.articles.map((u) => rel(top, u)).sort(), [...c.articles].sort(), 'the articles the case expects');
      assert.deepEqual(web.config.lint, desktop.config.lint, 'configuration');
    });
  }

  test('a new article reported by the watcher counts only where discovery would list it', async () => {
    const top = writeTree(newFolder(), { '.gitignore': 'drafts/\n', 'gazetteer.yaml': 'places: {}\n', 'a.news.md': article() });
    const folder = URI.file(top).toString();
    const web = listedOver(top);
    await web.scan([folder], [], () => false);
    const at = (p: string): string => URI.file(path.join(top, p)).toString();
    assert.equal(await web.isDiscoverableArticle(at('b.news.md'), [folder]), true);
    assert.equal(await web.isDiscoverableArticle(at('drafts/c.news.md'), [folder]), false, 'ignored by .gitignore');
    assert.equal(await web.isDiscoverableArticle(at('.cache/d.news.md'), [folder]), false, 'in a dot-folder');
    assert.equal(await web.isDiscoverableArticle(at('notes.md'), [folder]), false, 'not an article name');
    assert.equal(await web.isDiscoverableArticle('file:///elsewhere/e.news.md', [folder]), false, 'outside the folder');
  });

  test('texts are read in batches, and an unreadable file is null rather than an error', async () => {
    const files: Record<string, string> = { 'gazetteer.yaml': 'places: {}\n' };
    for (let i = 0; i < 450; i++) files[`a/${i}.news.md`] = article();
    const top = writeTree(newFolder(), files);
    const calls: string[][] = [];
    const web = new ListedWorkspace({
      list: async () => listing(top),
      read: async (uris) => {
        calls.push(uris);
        return uris.map((u) => (u.endsWith('/7.news.md') ? null : 'text'));
      },
    });
    const scan = await web.scan([URI.file(top).toString()], [], () => false);
    const seen = new Map<string, string | null>();
    await web.readTexts(scan.articles, (uri, text) => seen.set(uri, text), () => false);
    assert.equal(seen.size, 450);
    assert.equal([...seen.values()].filter((t) => t === null).length, 1);
    assert.ok(calls.every((c) => c.length <= 200), `batches of ${calls.map((c) => c.length).join(', ')}`);
  });
});
