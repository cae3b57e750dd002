import type { GazetteerEntity } from '../types';

/** Where names go: a `NameTrie`, or a list that fills one later. */
export interface NameAdder {
  add(name: string, entry: number): unknown;
}

/**
 * Adds the names an entity is recognised by — name, aliases, demonyms — to the trie under
 * `index`. Figures are left out: their labels are not names (the figure recogniser reads them).
 */
export function addEntityNames(trie: NameAdder, entity: GazetteerEntity, index: number): void {
  if (entity.kind === 'figure') return;
  trie.add(entity.name, index);
  for (const alias of entity.aliases) trie.add(alias, index);
  for (const demonym of entity.demonyms ?? []) trie.add(demonym, index);
}
