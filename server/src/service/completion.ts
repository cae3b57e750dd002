import { type CompletionItem, type CompletionList, CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { EntityKind, GazetteerEntity, Position } from '../core';
import { escapeMarkdown } from '../core/hover';
import { matchingEntities } from './entitySearch';

/** Cap per answer; with `isIncomplete` the editor asks again as the user types more. */
const MAX_ITEMS = 200;

const ITEM_KIND: Record<EntityKind, CompletionItemKind> = {
  base: CompletionItemKind.Struct,
  person: CompletionItemKind.Constructor,
  organization: CompletionItemKind.Class,
  place: CompletionItemKind.Module,
  event: CompletionItemKind.Event,
  figure: CompletionItemKind.Constant,
};

/** What kind of id is being typed before the cursor, if any: `{@ir…` or `figure=us-…`. */
export function idContext(lineBeforeCursor: string): { figures: boolean; prefix: string } | undefined {
  const m = /(\{@|\{\s*figure=|\bfigure=)([a-z0-9-]*)$/i.exec(lineBeforeCursor);
  if (!m) return undefined;
  return { figures: !m[1].endsWith('@'), prefix: m[2] };
}

/**
 * Ids for `{@` (every kind but figures) and `figure=` (figures only). Items match the id, the
 * name or an alias by prefix, so typing "asad" finds `ain-al-asad`.
 */
export function completeIds(
  entities: Map<string, GazetteerEntity>, lineBeforeCursor: string, position: Position,
): CompletionList | null {
  const context = idContext(lineBeforeCursor);
  if (!context) return null;
  const prefix = context.prefix.toLowerCase();
  const range = { start: { line: position.line, character: position.character - context.prefix.length }, end: position };
  const items: CompletionItem[] = [];
  let incomplete = false;
  // Only the candidates a prefix index (ids, the name trie) points to are built, not every entity.
  for (const entity of matchingEntities(entities, prefix, (kind) => (kind === 'figure') === context.figures)) {
    if (items.length >= MAX_ITEMS) {
      incomplete = true;
      break;
    }
    items.push({
      label: entity.id,
      kind: ITEM_KIND[entity.kind],
      detail: `${entity.name} (${entity.kind})`,
      documentation: entity.aliases.length > 0 ? { kind: MarkupKind.Markdown, value: `Aliases: ${entity.aliases.map(escapeMarkdown).join(', ')}` } : undefined,
      filterText: [entity.id, entity.name, ...entity.aliases].join(' '),
      textEdit: { range, newText: entity.id },
    });
  }
  return { isIncomplete: incomplete, items };
}
