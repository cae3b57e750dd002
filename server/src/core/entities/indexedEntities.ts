import type { EntityKind, GazetteerEntity } from '../types';
import type { NameTrie } from './nameTrie';

/**
 * What the name matcher reads of a gazetteer whose entities are numbered (the loader's
 * `EntityTable`): entities by index, and the name trie built with them, whose terminals hold
 * those indices. The trie belongs here, with the matcher; the gazetteer loader fills it while it
 * reads the entries, so no entity has to be built again for it.
 */
export interface IndexedEntities extends ReadonlyMap<string, GazetteerEntity> {
  /** The trie of these entities' names, when it was built with them or came out of a cache. */
  nameTrie: NameTrie | null;
  idAt(index: number): string;
  kindAt(index: number): EntityKind;
  /** The whole entity, built on demand. */
  entityAt(index: number): GazetteerEntity;
  /** Ids in definition order. */
  idList(): string[];
}

/** Whether a gazetteer's entities are numbered (an `EntityTable`) rather than a plain map. */
export function isIndexedEntities(entities: ReadonlyMap<string, GazetteerEntity>): entities is IndexedEntities {
  const candidate = entities as Partial<IndexedEntities>;
  return 'nameTrie' in entities && typeof candidate.entityAt === 'function' && typeof candidate.kindAt === 'function'
    && typeof candidate.idAt === 'function' && typeof candidate.idList === 'function';
}
