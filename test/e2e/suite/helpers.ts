// Small helpers shared by the extension-host tests: open an article of the test workspace, find
// text in it, wait for what the language server publishes.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (test/fixtures/e2e-workspace)');
  return folder.uri;
}

export function fileUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

/** The language id the extension contributes for *.news.md, read from its own manifest. */
export function newsLanguageId(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const languages: Array<{ id: string; extensions?: string[] }> =
    extension.packageJSON?.contributes?.languages ?? [];
  const language = languages.find((l) => (l.extensions ?? []).includes('.news.md'));
  assert.ok(language, 'the extension contributes no language for .news.md');
  return language.id;
}

export async function openArticle(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | PromiseLike<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Offset where the article body starts (after the front matter), so titles do not count. */
function bodyStart(text: string): number {
  if (!text.startsWith('---')) return 0;
  const end = text.indexOf('\n---', 3);
  return end < 0 ? 0 : end + 4;
}

/** The position where the `occurrence`-th (0-based) `text` of the body starts. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  const body = document.getText();
  let index = bodyStart(body) - 1;
  for (let i = 0; i <= occurrence; i++) {
    index = body.indexOf(text, index + 1);
    assert.ok(index >= 0, `"${text}" (occurrence ${occurrence}) not found in ${document.uri.path}`);
  }
  return document.positionAt(index);
}

export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, text, occurrence);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + text.length));
}

/** A position inside `text` (one character in), where hovers and definitions are asked for. */
export function inside(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  return positionOf(document, text, occurrence).translate(0, 1);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the document's diagnostics include every code in `codes`. */
export async function waitForDiagnostics(uri: vscode.Uri, codes: string[], timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics ${codes.join(', ')} on ${uri.path}`, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    const present = new Set(diagnostics.map(codeOf));
    return codes.every((code) => present.has(code)) ? diagnostics : undefined;
  }, timeoutMs);
}

/** The hovers' Markdown as text, with Markdown's backslash escapes removed (`Al\-Taqaddum`). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_{}\[\]()#+\-.!|:<>~])/g, '$1');
}
