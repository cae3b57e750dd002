// PLACEHOLDER — replaced by the gazetteer work. Signature is the contract.
import type { Gazetteer, SourceFile } from '../types';

export function loadGazetteer(files: SourceFile[]): Gazetteer {
  return { entities: new Map(), files: files.map((f) => ({ uri: f.uri, text: f.text, diagnostics: [] })), diagnostics: [] };
}
