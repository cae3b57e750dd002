import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import type { CoreDiagnostic, EntityKind } from '../core';
import { type GazetteerTextEdit, addEntryEdit, recordFigureValueEdit } from '../core/gazetteer/edits';
import { type FixContext, quickFix } from './quickFix';
import type { WorkspaceState } from './workspaceState';

// Fixes that edit a gazetteer file. The text edits come from the core, which keeps the file's
// comments, order and formatting; here they only become undoable WorkspaceEdits.

function toWorkspaceEdit(state: WorkspaceState, edit: GazetteerTextEdit | null): WorkspaceEdit | null {
  const lines = edit && state.gazetteerLineIndex(edit.uri);
  if (!edit || !lines) return null;
  return { changes: { [edit.uri]: [{ range: lines.rangeOf(edit.span), newText: edit.newText }] } };
}

/** "qasem-solemani" → "Qasem Solemani": a starting name the user will correct. */
function nameFromId(id: string): string {
  return id.split('-').map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
}

const KINDS_FOR_UNKNOWN_ID: EntityKind[] = ['person', 'organization', 'place', 'base'];

export function gazetteerFixes(d: CoreDiagnostic, lsp: Diagnostic, ctx: FixContext): CodeAction[] {
  const { state, analysed } = ctx;
  const { gazetteer } = state.loaded;
  const data = d.data ?? {};
  const out: CodeAction[] = [];
  const offer = (title: string, edit: GazetteerTextEdit | null): void => {
    const workspaceEdit = toWorkspaceEdit(state, edit);
    if (workspaceEdit) out.push(quickFix(title, lsp, workspaceEdit));
  };

  if (d.code === 'figure-gazetteer-mismatch') {
    const record = data.recordValue as { figureId?: unknown; value?: unknown; as_of?: unknown } | undefined;
    const asOf = typeof record?.as_of === 'string' ? record.as_of : analysed.analysis.article.published?.value;
    if (record && typeof record.figureId === 'string' && typeof record.value === 'number' && asOf) {
      const url = analysed.analysis.article.frontMatter.data.url;
      const reported = { value: record.value, as_of: asOf, ...(typeof url === 'string' && url ? { source: url } : {}) };
      offer(`Record ${record.value.toLocaleString('en-US')} as of ${asOf} in the gazetteer (${record.figureId})`, recordFigureValueEdit(gazetteer, record.figureId, reported));
    }
  } else if (d.code === 'entity-unknown-id' && typeof data.id === 'string') {
    const id = data.id;
    const annotation = analysed.analysis.article.annotations.find((a) => a.valueSpan.start <= d.span.start && d.span.end <= a.valueSpan.end);
    if (annotation?.kind === 'figure') {
      offer(`Add figure \`${id}\` to the gazetteer`, addEntryEdit(gazetteer, 'figure', id, { label: nameFromId(id) }));
    } else {
      for (const kind of KINDS_FOR_UNKNOWN_ID) offer(`Add \`${id}\` to the gazetteer as a ${kind}`, addEntryEdit(gazetteer, kind, id, { name: nameFromId(id) }));
    }
  } else if (d.code === 'entity-candidate' && typeof data.name === 'string' && typeof data.suggestedId === 'string') {
    const kind: EntityKind = data.kind === 'person' ? 'person' : 'organization';
    const fields: Record<string, unknown> = { name: data.name };
    if (Array.isArray(data.aliases) && data.aliases.length > 0) fields.aliases = data.aliases;
    offer(`Add “${data.name}” to the gazetteer as ${kind === 'person' ? 'a person' : 'an organization'}`, addEntryEdit(gazetteer, kind, data.suggestedId, fields));
  }
  return out;
}
