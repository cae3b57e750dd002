import type {
  CodeAction, CodeLens, CompletionList, CompletionItem, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, Position, Range,
  ResponseError, SemanticTokens, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver';
import type { FigureHistory, FigureHistoryParams, FigureKeySummary, Timeline, TimelineParams } from '../protocol/views';
import { articleFixes } from './codeActions';
import { articleCodeLenses, gazetteerCodeLenses } from './codeLens';
import { completeIds } from './completion';
import type { DocumentStore } from './documentStore';
import { articleHover, gazetteerHover } from './hover';
import { dateInlayHints } from './inlayHints';
import { definitionOf, idAt, prepareRename, referencesOf, renameId } from './navigation';
import { collectTokens, encodeTokens } from './semanticTokens';
import { articleSymbols, gazetteerSymbols, workspaceSymbols } from './symbols';
import { toLspDiagnostic } from './toLsp';
import { type ViewSources, answerFigureHistory, answerFigureKeys, answerTimeline } from './views';
import type { Analysed, WorkspaceState } from './workspaceState';

const NO_TOKENS: SemanticTokens = { data: [] };

/** A diagnostic the client names when asking for fixes: its code and range. */
export type WantedDiagnostic = Pick<Diagnostic, 'code' | 'range'>;

/**
 * Every editor feature as a plain function of a document URI (normalised) and a position, over
 * the workspace state. Each answers for articles and gazetteer files alike where that makes sense.
 */
export class Features {
  private readonly views: ViewSources;

  constructor(
    private readonly state: WorkspaceState,
    private readonly documents: DocumentStore,
    private readonly isArticleDoc: (uri: string) => boolean,
  ) {
    this.views = { state, openArticles: () => documents.uris().filter(isArticleDoc), isArticle: (uri) => isArticleDoc(uri) && state.hasArticle(uri) };
  }

  /** The analysis of an article document as it is now, or undefined for anything else. */
  articleAt(uri: string): Analysed | undefined {
    return this.isArticleDoc(uri) ? this.state.analyze(uri) : undefined;
  }

  /** The LSP diagnostics of an article or gazetteer document as it is now. */
  diagnostics(uri: string): Diagnostic[] {
    const { state } = this;
    const gazetteerLines = state.gazetteerLineIndex(uri);
    if (gazetteerLines) return state.gazetteerDiagnostics(uri).map((d) => toLspDiagnostic(d, gazetteerLines, (u) => state.linesOf(u)));
    const analysed = this.articleAt(uri);
    if (!analysed) return [];
    return state.articleDiagnostics(analysed).map((d) => toLspDiagnostic(d, analysed.lines, (u) => state.linesOf(u)));
  }

  hover(uri: string, position: Position): Hover | null {
    const gazetteerLines = this.state.gazetteerLineIndex(uri);
    if (gazetteerLines) return gazetteerHover(this.state, uri, gazetteerLines.offsetAt(position));
    const analysed = this.articleAt(uri);
    return analysed ? articleHover(this.state, analysed, analysed.lines.offsetAt(position)) : null;
  }

  semanticTokens(uri: string, range?: Range): SemanticTokens {
    const analysed = this.articleAt(uri);
    return analysed ? encodeTokens(collectTokens(analysed.analysis), analysed.lines, range) : NO_TOKENS;
  }

  definition(uri: string, position: Position): Location | null {
    const found = this.idAt(uri, position);
    const entity = found && this.state.loaded.gazetteer.entities.get(found.id);
    return (entity && definitionOf(this.state, entity)) ?? null;
  }

  references(uri: string, position: Position, includeDeclaration: boolean): Location[] {
    const found = this.idAt(uri, position);
    return found ? referencesOf(this.state, found.id, includeDeclaration) : [];
  }

  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | ResponseError<void> | null {
    const offset = this.offsetIn(uri, position);
    return offset === undefined ? null : prepareRename(this.state, uri, offset);
  }

  rename(uri: string, position: Position, newName: string): WorkspaceEdit | ResponseError<void> | null {
    const found = this.idAt(uri, position);
    if (!found || !this.state.loaded.gazetteer.entities.has(found.id)) return null;
    return renameId(this.state, found.id, newName.trim());
  }

  completion(uri: string, position: Position): CompletionList | CompletionItem[] | null {
    const doc = this.documents.get(uri);
    if (!doc || !this.isArticleDoc(uri)) return null;
    const line = doc.getText({ start: { line: position.line, character: 0 }, end: position });
    return completeIds(this.state.loaded.gazetteer.entities, line, position);
  }

  documentSymbols(uri: string): DocumentSymbol[] {
    if (this.state.gazetteerText(uri) !== undefined) return gazetteerSymbols(this.state, uri);
    const analysed = this.articleAt(uri);
    return analysed ? articleSymbols(analysed, this.state.loaded.gazetteer.entities) : [];
  }

  workspaceSymbols(query: string, isCancelled: () => boolean = () => false): SymbolInformation[] {
    return workspaceSymbols(this.state, query, isCancelled);
  }

  /**
   * Quick fixes for the diagnostics in `range`; when the client names the diagnostics it wants
   * fixed (`wanted`), only those (by code and range).
   */
  codeActions(uri: string, range: Range, wanted: readonly WantedDiagnostic[], today = new Date().toISOString().slice(0, 10)): CodeAction[] {
    const { state } = this;
    const analysed = this.articleAt(uri);
    if (!analysed) return [];
    const out: CodeAction[] = [];
    for (const core of state.articleDiagnostics(analysed)) {
      const lsp = toLspDiagnostic(core, analysed.lines, (u) => state.linesOf(u));
      if (!overlaps(lsp.range, range)) continue;
      if (wanted.length > 0 && !wanted.some((w) => w.code === lsp.code && sameRange(w.range, lsp.range))) continue;
      out.push(...articleFixes(core, lsp, { state, analysed, today }));
    }
    return out;
  }

  codeLenses(uri: string): CodeLens[] {
    if (this.state.gazetteerText(uri) !== undefined) return gazetteerCodeLenses(this.state, uri);
    const analysed = this.articleAt(uri);
    return analysed ? articleCodeLenses(this.state, analysed) : [];
  }

  inlayHints(uri: string, range: Range): InlayHint[] {
    const analysed = this.articleAt(uri);
    return analysed ? dateInlayHints(analysed, range) : [];
  }

  figureHistory(params: FigureHistoryParams | null | undefined): FigureHistory | null {
    return answerFigureHistory(this.views, params);
  }

  figureKeys(): FigureKeySummary[] {
    return answerFigureKeys(this.views);
  }

  timeline(params: TimelineParams | null | undefined): Timeline {
    return answerTimeline(this.views, params);
  }

  private idAt(uri: string, position: Position): { id: string } | undefined {
    const offset = this.offsetIn(uri, position);
    return offset === undefined ? undefined : idAt(this.state, uri, offset);
  }

  private offsetIn(uri: string, position: Position): number | undefined {
    const lines = this.state.gazetteerLineIndex(uri) ?? this.articleAt(uri)?.lines;
    return lines?.offsetAt(position);
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
