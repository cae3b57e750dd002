// An in-memory `NewsWorkspace` (server/src/service/types.ts) for in-process tests of the language
// service: files are a Map from `file:` URI to text, found by the browser build's discovery
// (`ListedWorkspace`), and nothing touches the disk once the map is built.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isArticlePath } from '../../server/src/core';
import { type NewsLanguageService, createNewsLanguageService } from '../../server/src/service/createService';
import type { NewsWorkspace, WorkspaceScan } from '../../server/src/service/types';
import { normalizeUri } from '../../server/src/service/uris';
import { ListedWorkspace } from '../../server/src/web/listedWorkspace';
import { repoPath } from './repo';

/** The editor folder every test workspace is opened as, unless a test names others. */
export const WS = 'file:///ws';

/** `file:///ws/<relative>` (or under another folder URI). */
export function wsUri(relative: string, folder = WS): string {
  return normalizeUri(`${folder}/${relative.replace(/^\/+/, '')}`);
}

/**
 * A workspace over a Map<uri, text>, found by the browser build's discovery (`ListedWorkspace`,
 * the same rules as the desktop's: articles by suffix, skipped folders, `.gitignore`, gazetteers by
 * name or by `.newsmd.yaml`). Mutate it with `write` / `remove` (then tell the service with
 * `filesChanged`, as the client's file watcher would).
 */
export class MemoryWorkspace implements NewsWorkspace {
  readonly files: Map<string, string>;
  private readonly listed: ListedWorkspace;

  constructor(files: Map<string, string> | Record<string, string> = new Map()) {
    const entries = files instanceof Map ? [...files] : Object.entries(files);
    this.files = new Map(entries.map(([uri, text]) => [normalizeUri(uri), text]));
    this.listed = new ListedWorkspace({
      list: async () => [...this.files.keys()],
      read: async (uris) => uris.map((uri) => this.files.get(normalizeUri(uri)) ?? null),
    });
  }

  write(uri: string, text: string): void {
    this.files.set(normalizeUri(uri), text);
  }

  remove(uri: string): void {
    this.files.delete(normalizeUri(uri));
  }

  text(uri: string): string {
    const text = this.files.get(normalizeUri(uri));
    if (text === undefined) throw new Error(`no file ${uri} in the memory workspace`);
    return text;
  }

  scan(folders: string[], gazetteerPaths: string[], isCancelled: () => boolean): Promise<WorkspaceScan> {
    return this.listed.scan(folders, gazetteerPaths, isCancelled);
  }

  async readText(uri: string): Promise<string | null> {
    return this.files.get(normalizeUri(uri)) ?? null;
  }

  readTexts(uris: readonly string[], onFile: (uri: string, text: string | null) => void, isCancelled: () => boolean): Promise<void> {
    return this.listed.readTexts(uris, onFile, isCancelled);
  }

  isDiscoverableArticle(uri: string, folders: string[]): Promise<boolean> {
    return this.listed.isDiscoverableArticle(normalizeUri(uri), folders);
  }

  isDiscoveryFile(uri: string): boolean {
    return this.listed.isDiscoveryFile(uri);
  }
}

/**
 * Every file under `dir` on disk (a test fixture), keyed `file:///ws/<prefix>/<relative path>`.
 * Read once at test setup; the service then only sees the map.
 */
export function loadFolder(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(wsUri(path.posix.join(prefix, path.relative(dir, full).split(path.sep).join('/'))), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** The sample corpus (`examples/`: gazetteer.yaml, gazetteer/*.yaml, the articles) as `file:///ws/examples/…`. */
export function loadExamples(): Map<string, string> {
  return loadFolder(repoPath('examples'), 'examples');
}

/**
 * The sample corpus's gazetteer files and only the named articles (URIs): a smaller workspace
 * starts faster, for features that look at one article at a time.
 */
export function loadExamplesWith(...articles: string[]): Map<string, string> {
  const all = loadExamples();
  return new Map([...all].filter(([uri]) => !isArticlePath(uri) || articles.includes(uri)));
}

/** URI of a file of the sample corpus: `examplesUri('gazetteer.yaml')`. */
export function examplesUri(relative: string): string {
  return wsUri(`examples/${relative}`);
}

// ----- the service, started over a memory workspace ---------------------------------------------

export interface StartOptions {
  /** The editor's `newsmd` settings section. */
  settings?: unknown;
  /** Editor folders (URIs); default `file:///ws`. */
  folders?: string[];
}

export interface StartedService {
  service: NewsLanguageService;
  workspace: MemoryWorkspace;
  /** Every `diagnosticsChanged` call, in order. */
  diagnosticsChanged: string[][];
  /** How many `viewsChanged` calls. */
  viewsChanged: () => number;
  /** Log lines the service wrote. */
  logs: string[];
  /** Resolves with the next `diagnosticsChanged` call after now (rejects after `timeoutMs`). */
  nextDiagnosticsChanged(timeoutMs?: number): Promise<string[]>;
  /** Opens an article or gazetteer document: its text as given, else the workspace's. */
  open(uri: string, text?: string, languageId?: string): TextDocument;
  /** Replaces the whole text of an open document (TextDocument.update), as the editor would send it. */
  edit(uri: string, text: string): TextDocument;
  /** Replaces one range of an open document. */
  editRange(uri: string, range: Range, text: string): TextDocument;
  close(uri: string): void;
  /** Writes the index if pending and stops timers. */
  dispose(): Promise<void>;
}

/** Creates the service over `files` (a map, or a ready MemoryWorkspace), records its events, and indexes the workspace. */
export async function startService(files: Map<string, string> | MemoryWorkspace, options: StartOptions = {}): Promise<StartedService> {
  const workspace = files instanceof MemoryWorkspace ? files : new MemoryWorkspace(files);
  const diagnosticsChanged: string[][] = [];
  const waiters: Array<(uris: string[]) => void> = [];
  let views = 0;
  const logs: string[] = [];
  const service = createNewsLanguageService({
    workspace,
    settings: options.settings,
    folders: options.folders ?? [WS],
    logger: { log: (message) => logs.push(message) },
    events: {
      diagnosticsChanged: (uris) => {
        diagnosticsChanged.push(uris);
        for (const resolve of waiters.splice(0)) resolve(uris);
      },
      viewsChanged: () => {
        views++;
      },
    },
  });
  await service.indexWorkspace();
  const documents = new Map<string, TextDocument>();
  const get = (uri: string): TextDocument => {
    const doc = documents.get(normalizeUri(uri));
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  };
  return {
    service,
    workspace,
    diagnosticsChanged,
    viewsChanged: () => views,
    logs,
    nextDiagnosticsChanged(timeoutMs = 3000) {
      return new Promise<string[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnosticsChanged within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((uris) => {
          clearTimeout(timer);
          resolve(uris);
        });
      });
    },
    open(uri, text, languageId) {
      const normal = normalizeUri(uri);
      const content = text ?? workspace.text(normal);
      const doc = TextDocument.create(normal, languageId ?? (isArticlePath(normal) ? 'newsmd' : 'yaml'), 1, content);
      documents.set(normal, doc);
      service.openDocument(doc);
      return doc;
    },
    edit(uri, text) {
      const doc = get(uri);
      TextDocument.update(doc, [{ text }], doc.version + 1);
      service.changeDocument(doc);
      return doc;
    },
    editRange(uri, range, text) {
      const doc = get(uri);
      TextDocument.update(doc, [{ range, text }], doc.version + 1);
      service.changeDocument(doc);
      return doc;
    },
    close(uri) {
      const doc = get(uri);
      documents.delete(normalizeUri(uri));
      service.closeDocument(doc);
    },
    dispose: () => service.dispose(),
  };
}

// ----- reading answers as a user sees them ------------------------------------------------------

/** The position of the `occurrence`-th `needle` in `text`, `offset` characters into it. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): Position {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text a range covers (one line or several). */
export function textAt(text: string, range: Range): string {
  const doc = TextDocument.create('file:///x', 'x', 0, text);
  return doc.getText(range);
}

/** `text` after the edits a WorkspaceEdit makes to `uri` (unchanged if it makes none). */
export function applyWorkspaceEdit(edit: WorkspaceEdit, uri: string, text: string): string {
  const edits: TextEdit[] = edit.changes?.[uri] ?? [];
  if (edit.documentChanges) {
    for (const change of edit.documentChanges) if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 0, text), edits);
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  text: string;
  type: string;
  modifiers: string[];
}

/** Semantic tokens (relative encoding) decoded against a legend and the document text. */
export function decodeTokens(data: number[], text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }): DecodedToken[] {
  const lines = text.split('\n');
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    out.push({ line, character, length, text: lines[line].slice(character, character + length), type: legend.tokenTypes[data[i + 3]], modifiers });
  }
  return out;
}

/** A diagnostic's message as the user reads it (plain text or Markdown). */
export function messageOf(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
