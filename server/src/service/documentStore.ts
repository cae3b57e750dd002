import type { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeUri } from './uris';

/**
 * The documents the editor has open, by normalised URI (clients spell URIs in slightly different
 * ways). Their text wins over the copy on disk for every feature and check.
 */
export class DocumentStore {
  private readonly open = new Map<string, TextDocument>();

  set(document: TextDocument): string {
    const uri = normalizeUri(document.uri);
    this.open.set(uri, document);
    return uri;
  }

  delete(uri: string): void {
    this.open.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  has(uri: string): boolean {
    return this.open.has(uri);
  }

  uris(): string[] {
    return [...this.open.keys()];
  }

  /** The text and version the analysis cache keys on. */
  textOf(uri: string): { text: string; version: number } | undefined {
    const doc = this.open.get(uri);
    return doc && { text: doc.getText(), version: doc.version };
  }
}
