import type { IndexedEntities } from '../entities/indexedEntities';
import type { NameTrie } from '../entities/nameTrie';
import type { EntityKind, GazetteerEntity } from '../types';
import { BuiltEntities } from './builtEntities';

export const ENTITY_KINDS: readonly EntityKind[] = ['base', 'person', 'organization', 'place', 'event', 'figure'];
const KIND_CODE = new Map<EntityKind, number>(ENTITY_KINDS.map((k, i) => [k, i]));

export function kindCode(kind: EntityKind): number {
  return KIND_CODE.get(kind) ?? -1;
}

/** Builds the entity an entry stands for from where it is written; see `EntityTable`. */
export type EntityMaterializer = (file: number, keyAt: number, id: string, kind: EntityKind) => GazetteerEntity;

/** The compact form of an `EntityTable`, as the cache keeps it (plain data and typed arrays). */
export interface EntityTableData {
  ids: string[];
  kinds: Uint8Array;
  /** Per entity, the index of its file, or -1 when the entity is kept whole in `whole`. */
  files: Int32Array;
  /** Per entity, where its id key starts in its file (-1 when kept whole). */
  keyAts: Int32Array;
  /** Entities that cannot be read again from their text (files `yaml` read), by index. */
  whole: Array<[number, GazetteerEntity]>;
}

/**
 * All entities of a gazetteer by id, as a read-only `Map`: `get`, `has`, `size` and iteration in
 * definition order behave as on a `Map` of whole entities, but an entity is only built when it is
 * first asked for, from the entry it was loaded from (its file and the offset of its key). Until
 * then it costs an id, a kind and two integers — a 100,000-entry gazetteer is ~10 MB instead of
 * ~90 MB, and comes out of a cache without deserialising a million objects. Built entities are
 * kept in a bounded cache (`builtLimit`, least recently used dropped first), so a run that reaches
 * every entry does not end up holding them all: a dropped one is built again, equal, when next
 * asked for. Callers must therefore compare entities by id, never by identity.
 *
 * Entities that cannot be read back from their text (from files the full YAML parser had to read,
 * or put in with `set`) are kept whole from the start, and never dropped.
 */
export class EntityTable extends Map<string, GazetteerEntity> implements IndexedEntities {
  readonly #ids: string[];
  #kinds: Uint8Array;
  #files: Int32Array;
  #keyAts: Int32Array;
  /** Entities kept whole (not rebuildable), by index. */
  readonly #whole = new Map<number, GazetteerEntity>();
  /** Entities built from their entry, the recently used ones. */
  readonly #cache = new BuiltEntities();
  readonly #index = new Map<string, number>();
  #materialize: EntityMaterializer | null;
  #names: NameTrie | null = null;

  constructor(data?: EntityTableData, materialize: EntityMaterializer | null = null) {
    super();
    const count = data?.ids.length ?? 0;
    this.#ids = data ? data.ids : [];
    this.#kinds = data ? data.kinds : new Uint8Array(64);
    this.#files = data ? data.files : new Int32Array(64);
    this.#keyAts = data ? data.keyAts : new Int32Array(64);
    this.#materialize = materialize;
    for (let i = 0; i < count; i++) this.#index.set(this.#ids[i], i);
    for (const [i, entity] of data?.whole ?? []) this.#whole.set(i, entity);
  }

  /** A table over cached data; null if the ids repeat (a damaged cache). */
  static fromData(data: EntityTableData, materialize: EntityMaterializer): EntityTable | null {
    const table = new EntityTable(data, materialize);
    return table.#index.size === data.ids.length ? table : null;
  }

  /**
   * The name trie of these entities (terminals hold entity indices), when it was built with them
   * or came out of a cache; the name matcher then uses it instead of reading every entity.
   */
  get nameTrie(): NameTrie | null {
    return this.#names;
  }

  set nameTrie(trie: NameTrie | null) {
    this.#names = trie;
  }

  /** Sets how entities kept as references are built (once the files are known). */
  setMaterializer(materialize: EntityMaterializer): void {
    this.#materialize = materialize;
  }

  /** Adds an entity kept whole. Ids are unique: the first one added wins. */
  addWhole(entity: GazetteerEntity): number {
    const i = this.#append(entity.id, entity.kind, -1, -1);
    if (i !== -1) this.#whole.set(i, entity);
    return i;
  }

  /**
   * Forgets every entity added after the first `count` (a file the loader began reading with the
   * fast reader and must read again with `yaml`).
   */
  truncate(count: number): void {
    for (let i = count; i < this.#ids.length; i++) {
      this.#index.delete(this.#ids[i]);
      this.#whole.delete(i);
      this.#cache.delete(i);
    }
    if (count < this.#ids.length) this.#ids.length = count;
  }

  /** Adds an entity kept as where it is written (built again from there when asked for). */
  addReference(id: string, kind: EntityKind, file: number, keyAt: number): number {
    return this.#append(id, kind, file, keyAt);
  }

  #append(id: string, kind: EntityKind, file: number, keyAt: number): number {
    if (this.#index.has(id)) return -1;
    const i = this.#ids.length;
    if (i === this.#kinds.length) {
      this.#kinds = grow(this.#kinds, new Uint8Array(i * 2));
      this.#files = grow(this.#files, new Int32Array(i * 2));
      this.#keyAts = grow(this.#keyAts, new Int32Array(i * 2));
    }
    this.#ids.push(id);
    this.#kinds[i] = kindCode(kind);
    this.#files[i] = file;
    this.#keyAts[i] = keyAt;
    this.#index.set(id, i);
    return i;
  }

  /** The compact form (for the cache): typed arrays trimmed to the entity count. */
  data(): EntityTableData {
    const n = this.#ids.length;
    const whole: Array<[number, GazetteerEntity]> = [];
    for (let i = 0; i < n; i++) if (this.#files[i] === -1) whole.push([i, this.#whole.get(i) as GazetteerEntity]);
    return { ids: this.#ids.slice(), kinds: this.#kinds.slice(0, n), files: this.#files.slice(0, n), keyAts: this.#keyAts.slice(0, n), whole };
  }

  /** How many entities are held built now: those kept whole and those in the cache of built ones. */
  get builtCount(): number {
    return this.#whole.size + this.#cache.size;
  }

  /** How many times an entity was built from its entry (one dropped from the cache and built again counts twice). */
  get buildCount(): number {
    return this.#cache.builds;
  }

  /** At most how many built entities are kept (entities kept whole are not counted). */
  get builtLimit(): number {
    return this.#cache.limit;
  }

  set builtLimit(limit: number) {
    this.#cache.limit = limit;
  }

  // ----- by index (the name matcher refers to entities by their index) --------------------

  indexOf(id: string): number {
    return this.#index.get(id) ?? -1;
  }

  idAt(index: number): string {
    return this.#ids[index];
  }

  kindAt(index: number): EntityKind {
    return ENTITY_KINDS[this.#kinds[index]];
  }

  entityAt(index: number): GazetteerEntity {
    if (this.#files[index] === -1) return this.#whole.get(index) as GazetteerEntity;
    let entity = this.#cache.get(index);
    if (entity === undefined) {
      entity = this.#build(index);
      this.#cache.add(index, entity);
    }
    return entity;
  }

  /** The kind of an entity without building it. */
  kindOf(id: string): EntityKind | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.kindAt(i);
  }

  /** Ids in definition order, optionally of one kind only, without building any entity. */
  idList(kind?: EntityKind): string[] {
    if (kind === undefined) return this.#ids.slice();
    const code = kindCode(kind);
    const out: string[] = [];
    for (let i = 0; i < this.#ids.length; i++) if (this.#kinds[i] === code) out.push(this.#ids[i]);
    return out;
  }

  /** Entities of one kind in definition order; builds only those. */
  *ofKind(kind: EntityKind): IterableIterator<GazetteerEntity> {
    const code = kindCode(kind);
    for (let i = 0; i < this.#ids.length; i++) if (this.#kinds[i] === code) yield this.entityAt(i);
  }

  /**
   * Entities written in file number `file` (whose uri is `uri`), in definition order; builds only
   * those. Entities kept whole carry no file number and are told by their location.
   */
  *ofFile(file: number, uri: string): IterableIterator<GazetteerEntity> {
    for (let i = 0; i < this.#ids.length; i++) {
      if (this.#files[i] === file) yield this.entityAt(i);
      else if (this.#files[i] === -1 && this.#whole.get(i)?.location.uri === uri) yield this.#whole.get(i) as GazetteerEntity;
    }
  }

  #build(index: number): GazetteerEntity {
    const id = this.#ids[index];
    const kind = this.kindAt(index);
    if (this.#materialize) {
      try {
        return this.#materialize(this.#files[index], this.#keyAts[index], id, kind);
      } catch {
        // Only a bug (or a cache that passed every check and still lied) gets here: an entity
        // with its id as name keeps every feature working for it rather than failing a request.
      }
    }
    return { id, kind, name: id, aliases: [], location: { uri: '', keySpan: { start: 0, end: 0 }, entrySpan: { start: 0, end: 0 } }, fields: {} };
  }

  // ----- Map ------------------------------------------------------------------------------

  override get size(): number {
    return this.#ids.length;
  }

  override get(id: string): GazetteerEntity | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.entityAt(i);
  }

  override has(id: string): boolean {
    return this.#index.has(id);
  }

  override set(id: string, entity: GazetteerEntity): this {
    if (id !== entity.id) throw new TypeError('EntityTable: an entity is stored under its own id');
    const i = this.#index.get(id);
    if (i === undefined) this.addWhole(entity);
    else {
      this.#whole.set(i, entity);
      this.#cache.delete(i);
      this.#files[i] = -1;
      this.#keyAts[i] = -1;
    }
    return this;
  }

  override delete(): boolean {
    throw new TypeError('EntityTable is read-only: load the gazetteer again instead');
  }

  override clear(): void {
    throw new TypeError('EntityTable is read-only: load the gazetteer again instead');
  }

  override *keys(): MapIterator<string> {
    for (let i = 0; i < this.#ids.length; i++) yield this.#ids[i];
  }

  override *values(): MapIterator<GazetteerEntity> {
    for (let i = 0; i < this.#ids.length; i++) yield this.entityAt(i);
  }

  override *entries(): MapIterator<[string, GazetteerEntity]> {
    for (let i = 0; i < this.#ids.length; i++) yield [this.#ids[i], this.entityAt(i)];
  }

  override [Symbol.iterator](): MapIterator<[string, GazetteerEntity]> {
    return this.entries();
  }

  override forEach(callback: (value: GazetteerEntity, key: string, map: Map<string, GazetteerEntity>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.#ids.length; i++) callback.call(thisArg, this.entityAt(i), this.#ids[i], this);
  }
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
