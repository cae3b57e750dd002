// Drives the real bundled language server (dist/server.js) over stdio, as an editor would.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  type ClientCapabilities, type Diagnostic, type InitializeResult, type ProtocolConnection, type TextEdit, type WorkspaceEdit,
  ConfigurationRequest, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  WorkDoneProgressCreateRequest, createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { repoPath } from '../../support/repo';

/** The server under test: the bundle `npm run build` writes (NEWSMD_SERVER_JS may point elsewhere). */
export const SERVER_JS = process.env.NEWSMD_SERVER_JS ?? repoPath('dist', 'server.js');

export const FIXTURE_WORKSPACE = repoPath('test', 'fixtures', 'lsp-workspace');

/** A temp copy of a fixture workspace, so tests can change files and user files never change. */
export function copyWorkspace(fixture = FIXTURE_WORKSPACE): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsmd-lsp-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

export function fileUri(file: string): string {
  return URI.file(file).toString();
}

/** What a pull-capable editor (VS Code) announces. */
export const PULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: {
      requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'],
    },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    inlayHint: {},
    codeLens: {},
  },
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
};

/** What an editor without pull diagnostics (older Neovim, many others) announces. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  ...PULL_CAPABILITIES,
  textDocument: { ...PULL_CAPABILITIES.textDocument, diagnostic: undefined },
  workspace: { ...PULL_CAPABILITIES.workspace, diagnostics: undefined },
};

export interface SessionOptions {
  workspace: string;
  capabilities: ClientCapabilities;
  /** The `newsmd` configuration section the client answers with. */
  settings?: Record<string, unknown>;
  /** Sent as `initializationOptions` (VS Code's client sends `{ cacheDir }`). */
  initializationOptions?: Record<string, unknown>;
}

export class LspSession {
  readonly pushed = new Map<string, Diagnostic[]>();
  readonly progress: unknown[] = [];
  readonly refreshes: string[] = [];
  readonly logs: string[] = [];
  private readonly waiters: Array<() => void> = [];
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();

  private constructor(readonly connection: ProtocolConnection, readonly child: ChildProcess, readonly workspace: string) {}

  static async start(options: SessionOptions): Promise<LspSession> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(child.stdout!, child.stdin!);
    const session = new LspSession(connection, child, options.workspace);
    child.stderr!.on('data', (chunk: Buffer) => session.logs.push(chunk.toString()));
    const settings = { diagnostics: { debounceMs: 0 }, ...(options.settings ?? {}) };

    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      session.pushed.set(p.uri, p.diagnostics);
      session.wake();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      session.logs.push(p.message);
    });
    connection.onNotification('$/progress', (p: unknown) => {
      session.progress.push(p);
      session.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === 'newsmd' ? settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    for (const method of ['workspace/diagnostic/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) {
      connection.onRequest(method, () => {
        session.refreshes.push(method);
        session.wake();
        return null;
      });
    }
    connection.listen();

    session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(options.workspace),
      workspaceFolders: [{ uri: fileUri(options.workspace), name: 'fixture' }],
      capabilities: options.capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `check` holds (re-checked on every notification), or fails after `timeoutMs`. */
  async waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\nserver log:\n${this.logs.join('\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Re-runs an async check (a pull, say) after every message from the server until it holds, as a
   * client re-pulls on each refresh: a refresh already under way for an earlier change may arrive
   * first, so one refresh alone does not prove the latest change is in.
   */
  async eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      const seen = this.refreshes.length;
      const value = await check();
      if (value) return value;
      last = value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})\nserver log:\n${this.logs.join('\n')}`);
      await this.waitFor(what, () => this.refreshes.length > seen || Date.now() >= deadline, left + 50).catch(() => undefined);
    }
  }

  path(relative: string): string {
    return path.join(this.workspace, relative);
  }

  uri(relative: string): string {
    return fileUri(this.path(relative));
  }

  text(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  /** Opens a workspace file in the "editor" (its text as on disk unless given). */
  async open(relative: string, text = this.text(relative)): Promise<string> {
    const uri = this.uri(relative);
    const languageId = relative.endsWith('.news.md') ? 'newsmd' : 'yaml';
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Opens a document that is not a workspace file (an untitled buffer, a file not yet saved). */
  async openUnsaved(uri: string, text: string, languageId = 'newsmd'): Promise<string> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Closes a document in the "editor" (without saving it). */
  async closeDocument(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async fileChanged(relative: string, type: 1 | 2 | 3 = 2): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: this.uri(relative), type }] });
  }

  /** Stops the server and deletes the workspace copy (kept with `keepWorkspace`, to start again on it). */
  async close(options: { keepWorkspace?: boolean } = {}): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
    if (!options.keepWorkspace) rmSync(this.workspace, { recursive: true, force: true });
  }
}

/** Applies the text edits a WorkspaceEdit makes to one file, the way an editor would. */
export function applyWorkspaceEdit(edit: WorkspaceEdit, uri: string, text: string): string {
  const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'text', 1, text), edits);
}

/** The position of the n-th occurrence of `needle` in `text` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" not found`);
  }
  return TextDocument.create('x', 'x', 1, text).positionAt(at + offset);
}

/** Decoded semantic tokens: the text each covers, its type and modifiers. */
export function decodeTokens(data: number[], text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }): Array<{ text: string; type: string; modifiers: string[] }> {
  const doc = TextDocument.create('x', 'x', 1, text);
  const out: Array<{ text: string; type: string; modifiers: string[] }> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character });
    out.push({
      text: text.slice(start, start + data[i + 2]),
      type: legend.tokenTypes[data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0),
    });
  }
  return out;
}
