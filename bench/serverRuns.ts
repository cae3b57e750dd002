import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';
import { median, p95 } from './stats';

export interface WorkspaceFiles {
  gazetteerFiles: { name: string; text: string }[];
  articles: string[];
}

/** Writes the generated corpus as a workspace the way users keep one. */
export function writeWorkspace(root: string, files: WorkspaceFiles): void {
  mkdirSync(path.join(root, 'gazetteer'), { recursive: true });
  for (const f of files.gazetteerFiles) writeFileSync(path.join(root, 'gazetteer', f.name), f.text);
  // A few hundred files per folder, as a real archive by month would have.
  files.articles.forEach((text, i) => {
    const folder = path.join(root, 'articles', `batch-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `report-${String(i).padStart(5, '0')}.news.md`), text);
  });
}

export interface IndexRun {
  /** From spawning the server to the end of its indexing progress. */
  ms: number;
  client: LspClient;
  /** The last message of the indexing progress (what it analysed, what it took from its cache). */
  lastMessage: string;
}

interface ProgressParams {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string };
}

/**
 * Starts the real server on the workspace, as an editor without pull diagnostics would (so
 * diagnostics are pushed), with the debounce set to 0, and waits until it reports the end of
 * indexing through work-done progress. `cacheDir` is the editor's storage folder
 * (`initializationOptions.cacheDir`), where the server keeps its gazetteer and index between starts.
 */
export async function startAndIndex(serverPath: string, root: string, timeoutMs: number, cacheDir?: string): Promise<IndexRun> {
  const start = performance.now();
  const client = new LspClient(serverPath);
  const rootUri = pathToFileURL(root).href;
  let indexToken: string | number | undefined;
  let lastMessage = '';
  const indexed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`indexing did not finish within ${timeoutMs} ms; stderr: ${client.stderr.join('').slice(-2000)}`)), timeoutMs);
    client.on('$/progress', (raw) => {
      const p = raw as ProgressParams;
      if (p.value.kind === 'begin' && /index/i.test(p.value.title ?? '') && indexToken === undefined) indexToken = p.token;
      if (p.token === indexToken && p.value.message) lastMessage = p.value.message;
      if (p.value.kind === 'end' && p.token === indexToken) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { settings: { newsmd: { diagnostics: { debounceMs: 0 } } }, ...(cacheDir ? { cacheDir } : {}) },
  });
  client.notify('initialized', {});
  await indexed;
  return { ms: performance.now() - start, client, lastMessage };
}

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

export interface KeystrokeRun {
  median: number;
  p95: number;
  runs: number[];
  diagnostics: number;
  openMs: number;
}

/**
 * Opens the long article, then types: each keystroke inserts or deletes one character in the
 * middle of the body, and is timed from `didChange` to the pushed diagnostics of that version.
 */
export async function keystrokes(client: LspClient, root: string, text: string, count: number): Promise<KeystrokeRun> {
  const uri = pathToFileURL(path.join(root, 'drafts', 'long-draft.news.md')).href;
  const published = (version: number): Promise<PublishParams> =>
    client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 120_000);
  const openStart = performance.now();
  const first = published(1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'newsmd', version: 1, text } });
  const opened = await first;
  const openMs = performance.now() - openStart;

  const offset = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const runs: number[] = [];
  let version = 1;
  for (let i = 0; i < count; i++) {
    version++;
    const typing = i % 2 === 0; // type a letter, then delete it: the text stays the same size
    const change = typing
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    const arrived = published(version);
    const start = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await arrived;
    runs.push(performance.now() - start);
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return { median: median(runs), p95: p95(runs), runs, diagnostics: opened.diagnostics.length, openMs };
}
