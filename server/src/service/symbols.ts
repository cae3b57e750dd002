import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { type EntityKind, type GazetteerEntity, entitiesInFile } from '../core';
import { matchingEntities } from './entitySearch';
import type { Analysed, WorkspaceState } from './workspaceState';

const SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  base: SymbolKind.Struct,
  person: SymbolKind.Constructor,
  organization: SymbolKind.Class,
  place: SymbolKind.Module,
  event: SymbolKind.Event,
  figure: SymbolKind.Constant,
};

const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * An article's outline: each entity it mentions (once, selecting its first mention in the text,
 * with every mention as a child), then its figures and dates in order. An entity's range runs from
 * its first mention to its last, so that it contains its children as the protocol asks.
 */
export function articleSymbols(analysed: Analysed, entities: Map<string, GazetteerEntity>): DocumentSymbol[] {
  const { lines, analysis } = analysed;
  const byId = new Map<string, DocumentSymbol>();
  const out: DocumentSymbol[] = [];
  // Annotated mentions may be listed apart from matched ones: text order decides which is first.
  const inTextOrder = [...analysis.entities].sort((a, b) => a.span.start - b.span.start);
  for (const m of inTextOrder) {
    if (!m.id || !m.kind) continue;
    const range = lines.rangeOf(m.span);
    let symbol = byId.get(m.id);
    if (!symbol) {
      symbol = { name: entities.get(m.id)?.name ?? m.id, detail: m.id, kind: SYMBOL_KIND[m.kind], range, selectionRange: range, children: [] };
      byId.set(m.id, symbol);
      out.push(symbol);
    }
    symbol.children!.push({ name: m.text, kind: SYMBOL_KIND[m.kind], range, selectionRange: range });
    symbol.range = { start: symbol.range.start, end: range.end };
  }
  for (const f of analysis.figures) {
    const range = lines.rangeOf(f.span);
    out.push({ name: f.text, detail: f.key ?? undefined, kind: SymbolKind.Number, range, selectionRange: range });
  }
  for (const d of analysis.dates) {
    const range = lines.rangeOf(d.span);
    out.push({ name: d.text, detail: d.date?.value, kind: SymbolKind.Event, range, selectionRange: range });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A gazetteer file's outline: one symbol per entry, in file order. */
export function gazetteerSymbols(state: WorkspaceState, uri: string): DocumentSymbol[] {
  const lines = state.gazetteerLineIndex(uri);
  if (!lines) return [];
  const out: DocumentSymbol[] = [];
  for (const e of entitiesInFile(state.loaded.gazetteer, uri)) {
    out.push({
      name: e.id,
      detail: e.name,
      kind: SYMBOL_KIND[e.kind],
      range: lines.rangeOf(e.location.entrySpan),
      selectionRange: lines.rangeOf(e.location.keySpan),
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Gazetteer entries (by id, name or alias) and article titles matching the query. */
export function workspaceSymbols(state: WorkspaceState, query: string, isCancelled: () => boolean): SymbolInformation[] {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  // Entries through the prefix index (ids, the name trie): only the ones offered are built.
  for (const e of matchingEntities(state.loaded.gazetteer.entities, q, () => true)) {
    if (out.length >= MAX_WORKSPACE_SYMBOLS || isCancelled()) return out;
    const lines = state.gazetteerLineIndex(e.location.uri);
    if (!lines) continue;
    out.push({ name: e.name, kind: SYMBOL_KIND[e.kind], containerName: e.id, location: { uri: e.location.uri, range: lines.rangeOf(e.location.keySpan) } });
  }
  for (const summary of state.mentions.titles()) {
    if (out.length >= MAX_WORKSPACE_SYMBOLS || isCancelled()) return out;
    if (!summary.title || (q && !summary.title.toLowerCase().includes(q))) continue;
    const start = { line: 0, character: 0 };
    out.push({ name: summary.title, kind: SymbolKind.File, location: { uri: summary.uri, range: { start, end: start } } });
  }
  return out;
}
