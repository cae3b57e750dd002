import type { EntityKind, Gazetteer, GazetteerEntity } from '../types';
import { EntityTable } from './entityTable';

// A lazy `EntityTable` builds an entity the first time it is read, so a request that walks every
// entity to keep a few would build a 100,000-entry gazetteer's worth of objects (~85 MB, kept).
// These walk only the ones asked for; over a plain Map (tests, hand-built gazetteers) they filter.

/** The entities of one kind, in definition order. */
export function entitiesOfKind(entities: ReadonlyMap<string, GazetteerEntity>, kind: EntityKind): Iterable<GazetteerEntity> {
  if (entities instanceof EntityTable) return entities.ofKind(kind);
  return [...entities.values()].filter((e) => e.kind === kind);
}

/** The entities written in the gazetteer file `uri`, in definition order. */
export function entitiesInFile(gazetteer: Gazetteer, uri: string): Iterable<GazetteerEntity> {
  const file = gazetteer.files.findIndex((f) => f.uri === uri);
  if (file === -1) return [];
  if (gazetteer.entities instanceof EntityTable) return gazetteer.entities.ofFile(file, uri);
  return [...gazetteer.entities.values()].filter((e) => e.location.uri === uri);
}
