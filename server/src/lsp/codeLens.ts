import type { CodeLens } from 'vscode-languageserver';
import type { WorkspaceState } from './workspaceState';

/** The client command that opens the references peek (the VS Code client runs the reference provider and `editor.action.showReferences`). */
export const SHOW_REFERENCES_COMMAND = 'newsmd.showReferences';

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
  for (const e of state.loaded.gazetteer.entities.values()) {
    if (e.location.uri !== uri) continue;
    const range = lines.rangeOf(e.location.keySpan);
    const { mentions, articles } = state.mentions.countsOf(e.id);
    // Arguments stay small (uri, position): the client asks for the references when clicked.
    out.push({ range, command: { title: mentionsTitle(mentions, articles), command: mentions > 0 ? SHOW_REFERENCES_COMMAND : '', arguments: [uri, range.start] } });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
