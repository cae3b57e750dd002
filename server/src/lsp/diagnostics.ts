import type { Connection, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

interface LastReport {
  resultId: string;
  json: string;
}

/**
 * Diagnostics for open documents, pulled (textDocument/diagnostic) when the client can, pushed
 * (debounced) when it cannot. Each answer is computed from the cached analysis of the document's
 * current version; a push whose document moved on while it waited is dropped.
 */
export class DiagnosticsService {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly last = new Map<string, LastReport>();
  private counter = 0;

  constructor(
    private readonly connection: Connection,
    /** The diagnostics of an open article or gazetteer document as it is now. */
    private readonly compute: (uri: string) => Diagnostic[],
    private readonly debounceMs: () => number,
    private readonly mode: 'pull' | 'push',
    private readonly refreshSupported: boolean,
    private readonly documentOf: (uri: string) => TextDocument | undefined,
    private readonly ready: () => Promise<void>,
    private readonly onError: (message: string) => void,
  ) {}

  /** Answer to textDocument/diagnostic, "unchanged" when the client already has these results. */
  report(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    const items = this.compute(uri);
    const json = JSON.stringify(items);
    const last = this.last.get(uri);
    if (last && last.json === json) {
      return previousResultId === last.resultId ? { kind: 'unchanged', resultId: last.resultId } : { kind: 'full', resultId: last.resultId, items };
    }
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, json });
    return { kind: 'full', resultId, items };
  }

  /** After an edit of `uri` (push mode): publish after the debounce, if the version still holds. */
  schedule(uri: string, delayMs = this.debounceMs()): void {
    if (this.mode !== 'push') return;
    clearTimeout(this.timers.get(uri));
    const version = this.documentOf(uri)?.version;
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.publish(uri, version);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  private async publish(uri: string, scheduledVersion: number | undefined): Promise<void> {
    try {
      await this.ready();
      const doc = this.documentOf(uri);
      if (!doc || doc.version !== scheduledVersion) return; // closed or edited since: a newer run follows
      const diagnostics = this.compute(uri);
      if (this.documentOf(uri)?.version !== doc.version) return;
      await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } catch (err) {
      this.onError(`newsmd: diagnostics for ${uri} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }

  /** Something every open document depends on changed (gazetteer, settings, another article). */
  refreshAll(openUris: string[]): void {
    if (this.mode === 'pull') {
      if (this.refreshSupported) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const uri of openUris) this.schedule(uri, 0);
  }

  closed(uri: string, clientUri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.last.delete(uri);
    if (this.mode === 'push') void this.connection.sendDiagnostics({ uri: clientUri, diagnostics: [] }).catch(() => undefined);
  }
}
