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

/**
 * Writes `count` generated articles (`generateArchive`: article i is `generateArticle(corpus,
 * words, seed + i)`) in folders of 500, one at a time, so a 100,000-article workspace is never
 * held by the bench. Returns a few of their URIs and texts for the latency rows.
 */
export function writeArchive(root: string, articles: Iterable<{ index: number; text: string }>, keep = 4): { uri: string; text: string }[] {
  const kept: { uri: string; text: string }[] = [];
  for (const { index, text } of articles) {
    const folder = path.join(root, 'articles', `batch-${String(Math.floor(index / 500)).padStart(4, '0')}`);
    if (index % 500 === 0) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `report-${String(index).padStart(6, '0')}.news.md`);
    writeFileSync(file, text);
    if (kept.length < keep) kept.push({ uri: pathToFileURL(file).href, text });
  }
  return kept;
}

export interface LatencyRun {
  hover: { median: number; p95: number; runs: number };
  completion: { median: number; p95: number; runs: number; items: number };
}

interface Entry {
  id: string;
  name: string;
}

/**
 * Hover and completion latency after indexing, as a user meets them: `samples` hovers over the
 * words of the given articles (opened, as an editor hovers only what it shows), then `samples`
 * completions after `{@` with prefixes of gazetteer ids and names (one edit each, only the
 * completion request is timed).
 */
export async function hoverAndCompletion(client: LspClient, articles: { uri: string; text: string }[], entries: Entry[], samples: number): Promise<LatencyRun> {
  const hovers: number[] = [];
  for (const [i, { uri, text }] of articles.entries()) {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'newsmd', version: 1, text } });
    const lines = text.split('\n');
    const positions: { line: number; character: number }[] = [];
    lines.forEach((line, l) => {
      for (let c = 0; c < line.length; c += 37) positions.push({ line: l, character: c });
    });
    const share = Math.ceil(samples / articles.length);
    for (let k = 0; k < share && hovers.length < samples; k++) {
      const position = positions[Math.floor((k * positions.length) / share)];
      const start = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - start);
    }
    if (i > 0) client.notify('textDocument/didClose', { textDocument: { uri } });
  }
  const { uri, text } = articles[0];
  const lines = text.split('\n');
  // A line of its own after the text, rewritten before each completion.
  const at = { line: lines.length - 1, character: lines[lines.length - 1].length };
  let typed: string | null = null;
  const completions: number[] = [];
  let items = 0;
  let version = 1;
  for (let k = 0; k < samples; k++) {
    const entry = entries[(k * 7919) % entries.length];
    const source = k % 3 === 0 ? entry.name.split(' ').pop()!.toLowerCase() : entry.id;
    const prefix = k % 10 === 0 ? '' : source.slice(0, 1 + (k % 5));
    const line = `See [it]{@${prefix}`;
    const change = typed === null
      ? { range: { start: at, end: at }, text: `\n${line}` }
      : { range: { start: { line: at.line + 1, character: 0 }, end: { line: at.line + 1, character: typed.length } }, text: line };
    typed = line;
    version++;
    // The edit's diagnostics first, so the completion is timed alone.
    const published = client.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 60_000);
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await published;
    const start = performance.now();
    const list = await client.request<{ items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position: { line: at.line + 1, character: line.length } });
    completions.push(performance.now() - start);
    items += list?.items.length ?? 0;
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return {
    hover: { median: median(hovers), p95: p95(hovers), runs: hovers.length },
    completion: { median: median(completions), p95: p95(completions), runs: completions.length, items: Math.round(items / Math.max(1, completions.length)) },
  };
}
