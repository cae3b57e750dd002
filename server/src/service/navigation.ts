import { type Location, type Range, type WorkspaceEdit, ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { GazetteerEntity, Span } from '../core';
import { newIdProblem, renameIdEdits } from '../core/gazetteer/edits';
import { type IdAtCursor, idAtInArticle, idAtInGazetteer } from './lookup';
import type { WorkspaceState } from './workspaceState';

// Definition, references and rename of gazetteer ids, from articles and from gazetteer files.

export interface CursorId extends IdAtCursor {
  uri: string;
}

/** The id under the cursor, in an article or in a gazetteer file. */
export function idAt(state: WorkspaceState, uri: string, offset: number): CursorId | undefined {
  const gazetteerText = state.gazetteerText(uri);
  if (gazetteerText !== undefined) {
    const found = idAtInGazetteer(gazetteerText, offset, state.loaded.gazetteer.entities);
    return found && { ...found, uri };
  }
  const analysed = state.analyze(uri);
  const found = analysed && idAtInArticle(analysed, offset);
  return found && { ...found, uri };
}

/** Where an entity is defined: its key line in its gazetteer file. */
export function definitionOf(state: WorkspaceState, entity: GazetteerEntity): Location | undefined {
  const lines = state.gazetteerLineIndex(entity.location.uri);
  return lines && { uri: entity.location.uri, range: lines.rangeOf(entity.location.keySpan) };
}

/** Every mention of the id in the workspace's articles, plus references in gazetteer files. */
export function referencesOf(state: WorkspaceState, id: string, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const entity = state.loaded.gazetteer.entities.get(id);
  if (includeDeclaration && entity) {
    const def = definitionOf(state, entity);
    if (def) out.push(def);
  }
  out.push(...state.mentions.mentionsOf(id));
  for (const ref of gazetteerReferences(state, id)) {
    if (entity && ref.uri === entity.location.uri && ref.span.start === entity.location.keySpan.start) continue;
    const lines = state.gazetteerLineIndex(ref.uri);
    if (lines) out.push({ uri: ref.uri, range: lines.rangeOf(ref.span) });
  }
  return out;
}

/**
 * Places in gazetteer files where the id is written as a whole word: the entry key and references
 * such as `org: x` or `about: [x]`. A word search is enough because ids are kebab-case and
 * unique; it also finds references in fields the loader does not know.
 */
export function gazetteerReferences(state: WorkspaceState, id: string): Array<{ uri: string; span: Span }> {
  const out: Array<{ uri: string; span: Span }> = [];
  for (const file of state.loaded.gazetteer.files) {
    let at = file.text.indexOf(id);
    while (at !== -1) {
      const before = file.text.charCodeAt(at - 1);
      const after = file.text.charCodeAt(at + id.length);
      if (!isIdChar(before) && !isIdChar(after) && !inComment(file.text, at)) out.push({ uri: file.uri, span: { start: at, end: at + id.length } });
      at = file.text.indexOf(id, at + id.length);
    }
  }
  return out;
}

function isIdChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 95 || (code >= 65 && code <= 90);
}

/** True if a `#` starts a YAML comment earlier on the same line (outside quotes, roughly). */
function inComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return true;
  }
  return false;
}

/** The range a rename starts from, or an error the editor shows ("not an id"). */
export function prepareRename(state: WorkspaceState, uri: string, offset: number): { range: Range; placeholder: string } | ResponseError<void> | null {
  const found = idAt(state, uri, offset);
  if (!found) return null;
  const lines = state.gazetteerLineIndex(uri) ?? state.analyze(uri)?.lines;
  if (!lines) return null;
  if (!state.loaded.gazetteer.entities.has(found.id)) return new ResponseError(ErrorCodes.InvalidRequest, `\`${found.id}\` is not an id in the gazetteer.`);
  return { range: lines.rangeOf(found.span), placeholder: found.id };
}

/**
 * Renames an id everywhere: its gazetteer key and references to it in gazetteer files (the
 * core's edits), and the `{@id}` / `{figure=id}` annotations of every article. Matched names
 * are untouched, since they do not spell the id.
 */
export function renameId(state: WorkspaceState, oldId: string, newId: string): WorkspaceEdit | ResponseError<void> {
  if (newId === oldId) return { changes: {} };
  const problem = newIdProblem(state.loaded.gazetteer, newId);
  if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
  const changes: Record<string, Array<{ range: Range; newText: string }>> = {};
  for (const edit of renameIdEdits(state.loaded.gazetteer, oldId, newId)) {
    const lines = state.gazetteerLineIndex(edit.uri);
    if (lines) (changes[edit.uri] ??= []).push({ range: lines.rangeOf(edit.span), newText: edit.newText });
  }
  for (const loc of state.mentions.annotationIdsOf(oldId)) (changes[loc.uri] ??= []).push({ range: loc.range, newText: newId });
  return { changes };
}
