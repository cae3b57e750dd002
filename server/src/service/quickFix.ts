import { type CodeAction, type Diagnostic, type WorkspaceEdit, CodeActionKind } from 'vscode-languageserver';
import type { LineIndex, Span } from '../core';
import type { Analysed, WorkspaceState } from './workspaceState';

/** What every quick fix is given: the workspace, the article's cached analysis, today's date. */
export interface FixContext {
  state: WorkspaceState;
  analysed: Analysed;
  /** Today's date (YYYY-MM-DD), for the "insert published:" fix; the front end owns the clock. */
  today: string;
}

export function textEdit(uri: string, lines: LineIndex, edits: Array<{ span: Span; text: string }>): WorkspaceEdit {
  return { changes: { [uri]: edits.map((e) => ({ range: lines.rangeOf(e.span), newText: e.text })) } };
}

export function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, preferred = false): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
  if (preferred) action.isPreferred = true;
  return action;
}
