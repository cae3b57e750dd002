import type { CodeLens } from 'vscode-languageserver';
import { entitiesInFile } from '../core';
import type { Analysed, WorkspaceState } from './workspaceState';

/** The client command that opens the references peek (the VS Code client runs the reference provider and `editor.action.showReferences`). */
export const SHOW_REFERENCES_COMMAND = 'newsmd.showReferences';

/** The client command that opens the figure-history view; its one argument is `{ key }`. */
export const SHOW_FIGURE_HISTORY_COMMAND = 'newsmd.showFigureHistory';

function historyLens(range: CodeLens['range'], key: string, title: string): CodeLens {
  return { range, command: { title, command: SHOW_FIGURE_HISTORY_COMMAND, arguments: [{ key }] } };
}

export function mentionsTitle(mentions: number, articles: number): string {
  if (mentions === 0) return 'no mentions';
  const m = mentions === 1 ? '1 mention' : `${mentions} mentions`;
  const a = articles === 1 ? '1 article' : `${articles} articles`;
  return `${m} in ${a}`;
}

/** "7 mentions in 3 articles" above each entry of a gazetteer file. */
export function gazetteerCodeLenses(state: WorkspaceState, uri: string): CodeLens[] {
  const lines = state.gazetteerLineIndex(uri);
  if (!lines) return [];
  const out: CodeLens[] = [];
  for (const e of entitiesInFile(state.loaded.gazetteer, uri)) {
    const range = lines.rangeOf(e.location.keySpan);
    const { mentions, articles } = state.mentions.countsOf(e.id);
    // Arguments stay small (uri, position): the client asks for the references when clicked.
    out.push({ range, command: { title: mentionsTitle(mentions, articles), command: mentions > 0 ? SHOW_REFERENCES_COMMAND : '', arguments: [uri, range.start] } });
    if (e.kind === 'figure') out.push(historyLens(range, e.id, 'Figure history'));
  }
  // Stable: a figure's history lens stays right of its mentions lens.
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** "History of US troops deployed in Iraq" on each article line with a keyed figure, once per key and line. */
export function articleCodeLenses(state: WorkspaceState, analysed: Analysed): CodeLens[] {
  const out: CodeLens[] = [];
  const seen = new Set<string>();
  const figures = [...analysed.analysis.figures].sort((a, b) => a.span.start - b.span.start);
  for (const f of figures) {
    if (!f.key) continue;
    const range = analysed.lines.rangeOf(f.span);
    const lineKey = `${range.start.line} ${f.key}`;
    if (seen.has(lineKey)) continue;
    seen.add(lineKey);
    const entity = state.loaded.gazetteer.entities.get(f.key);
    const label = entity?.kind === 'figure' ? entity.name : f.key;
    out.push(historyLens(range, f.key, `History of ${label}`));
  }
  return out;
}
