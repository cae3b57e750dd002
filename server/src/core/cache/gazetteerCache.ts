import { prepareGazetteer, type LoadedGazetteer } from '../analyze';
import { buildEntityMatcher } from '../entities/entityMatcher';
import { NameTrie, type NameTrieData } from '../entities/nameTrie';
import { ENTITY_KINDS, EntityTable, type EntityTableData } from '../gazetteer/entityTable';
import { entityMaterializer } from '../gazetteer/rereadEntity';
import type { CoreDiagnostic, Gazetteer, SourceFile } from '../types';

/**
 * What is kept of a loaded gazetteer between runs: everything the loader derived from the files,
 * without the file texts (the caller has them). Plain data and typed arrays, so any structured
 * serializer will do, and restoring is a few copies rather than a million objects:
 * - `table`: every entity as its id, kind, file and key offset (built again from the text when
 *   first asked for), plus the few entities that cannot be read again that way, whole;
 * - `names`: the name matcher's trie, as its arrays;
 * - `files`: each file's diagnostics.
 */
export interface CachedGazetteer {
  format: number;
  table: EntityTableData;
  names: NameTrieData;
  files: Array<{ uri: string; diagnostics: CoreDiagnostic[] }>;
}

/**
 * Where a front end keeps cached gazetteers (a folder, IndexedDB …). The core stays pure: it only
 * asks for a digest of the texts and hands over or receives plain data. Implementations should
 * never throw; a store that fails just misses.
 */
export interface GazetteerCacheStore {
  /** A digest of a text, collision-resistant enough to key a cache (front ends use a native hash). */
  digest(text: string): string;
  /**
   * Identifies the code that writes and reads entries, as `IndexCacheStore.build` does for the
   * workspace index (front ends pass a digest of their build): an entry written by another build
   * — another YAML reader, loader or matcher — is never read, whatever `GAZETTEER_CACHE_FORMAT` says.
   */
  readonly build: string;
  read(key: string): CachedGazetteer | undefined;
  write(key: string, value: CachedGazetteer): void;
}

/**
 * Bumped whenever the loader's output changes shape or meaning, so caches from older code are
 * never used. (A cache is only ever as right as the code that wrote it.)
 */
export const GAZETTEER_CACHE_FORMAT = 3;

/** The cache key of a set of gazetteer files: the build reading them, and their order, names and contents. */
export function gazetteerCacheKey(files: SourceFile[], store: Pick<GazetteerCacheStore, 'digest' | 'build'>): string {
  const parts = files.map((f) => `${f.uri.length}:${f.uri}:${store.digest(f.text)}`);
  return store.digest(`newsmd-gazetteer-v${GAZETTEER_CACHE_FORMAT}\n${store.build}\n${parts.join('\n')}`);
}

export interface CachedLoad {
  loaded: LoadedGazetteer;
  /** True when the gazetteer came from the cache, false when the files were read (and cached). */
  fromCache: boolean;
}

/**
 * `prepareGazetteer` through a cache: same files (by content), same result, without reading any
 * YAML. A missing, unreadable or outdated entry is a miss: the files are loaded and the result
 * written back.
 */
export function prepareGazetteerCached(files: SourceFile[], store: GazetteerCacheStore): CachedLoad {
  const key = gazetteerCacheKey(files, store);
  const cached = safely(() => store.read(key));
  const restored = cached && safely(() => restoreGazetteer(cached, files));
  if (restored) return { loaded: { gazetteer: restored, matcher: buildEntityMatcher(restored) }, fromCache: true };
  const loaded = prepareGazetteer(files);
  const value = safely(() => toCached(loaded.gazetteer));
  if (value) safely(() => store.write(key, value));
  return { loaded, fromCache: false };
}

/** The cache form of a loaded gazetteer; undefined if it was not made by the loader (no `EntityTable`). */
export function toCached(gazetteer: Gazetteer): CachedGazetteer | undefined {
  const table = gazetteer.entities;
  if (!(table instanceof EntityTable)) return undefined;
  const names = table.nameTrie ?? (buildEntityMatcher(gazetteer), table.nameTrie);
  if (!names) return undefined;
  return {
    format: GAZETTEER_CACHE_FORMAT,
    table: table.data(),
    names: names.data(),
    files: gazetteer.files.map((f) => ({ uri: f.uri, diagnostics: f.diagnostics })),
  };
}

/**
 * The gazetteer a cache entry stands for, or undefined if it does not fit these files. Checked
 * enough that a damaged entry cannot pass for a good one: shapes and lengths, every offset inside
 * its file, and every id written at its offset.
 */
export function restoreGazetteer(cached: CachedGazetteer, files: SourceFile[]): Gazetteer | undefined {
  if (typeof cached !== 'object' || cached === null || cached.format !== GAZETTEER_CACHE_FORMAT) return undefined;
  if (!Array.isArray(cached.files) || cached.files.length !== files.length || cached.files.some((f, i) => f?.uri !== files[i].uri || !Array.isArray(f.diagnostics))) return undefined;
  const data = cached.table;
  if (!data || !Array.isArray(data.ids) || !Array.isArray(data.whole)) return undefined;
  const { ids, kinds, files: fileOf, keyAts, whole } = data;
  const count = ids.length;
  if (!(kinds instanceof Uint8Array) || !(fileOf instanceof Int32Array) || !(keyAts instanceof Int32Array)) return undefined;
  if (kinds.length !== count || fileOf.length !== count || keyAts.length !== count) return undefined;
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    if (typeof id !== 'string' || kinds[i] >= ENTITY_KINDS.length) return undefined;
    const file = fileOf[i];
    if (file === -1) continue;
    if (file < 0 || file >= files.length || !files[file].text.startsWith(id, keyAts[i])) return undefined;
  }
  for (const item of whole) {
    if (!Array.isArray(item) || !Number.isInteger(item[0]) || fileOf[item[0]] !== -1 || item[1]?.id !== ids[item[0]]) return undefined;
  }
  if (whole.length !== fileOf.filter((f) => f === -1).length) return undefined;
  const names = cached.names && NameTrie.fromData(cached.names, count);
  if (!names) return undefined;

  const entities = EntityTable.fromData(data, entityMaterializer(files));
  if (!entities) return undefined;
  entities.nameTrie = names;
  const restoredFiles = cached.files.map((f, i) => ({ uri: f.uri, text: files[i].text, diagnostics: f.diagnostics }));
  return { entities, files: restoredFiles, diagnostics: restoredFiles.flatMap((f) => f.diagnostics) };
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
