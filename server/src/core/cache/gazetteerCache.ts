import { prepareGazetteer, type LoadedGazetteer } from '../analyze';
import { buildEntityMatcher } from '../entities/entityMatcher';
import type { CoreDiagnostic, Gazetteer, GazetteerEntity, SourceFile } from '../types';

/**
 * What is kept of a loaded gazetteer between runs: everything the loader derived from the files,
 * without the file texts (the caller has them). Plain data, so any serializer will do.
 */
export interface CachedGazetteer {
  format: number;
  entities: GazetteerEntity[];
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
  read(key: string): CachedGazetteer | undefined;
  write(key: string, value: CachedGazetteer): void;
}

/**
 * Bumped whenever the loader's output changes shape or meaning, so caches from older code are
 * never used. (A cache is only ever as right as the code that wrote it.)
 */
export const GAZETTEER_CACHE_FORMAT = 1;

/** The cache key of a set of gazetteer files: their order, names and contents. */
export function gazetteerCacheKey(files: SourceFile[], store: Pick<GazetteerCacheStore, 'digest'>): string {
  const parts = files.map((f) => `${f.uri.length}:${f.uri}:${store.digest(f.text)}`);
  return store.digest(`newsmd-gazetteer-v${GAZETTEER_CACHE_FORMAT}\n${parts.join('\n')}`);
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
  const restored = cached && restoreGazetteer(cached, files);
  if (restored) return { loaded: { gazetteer: restored, matcher: buildEntityMatcher(restored) }, fromCache: true };
  const loaded = prepareGazetteer(files);
  safely(() => store.write(key, toCached(loaded.gazetteer)));
  return { loaded, fromCache: false };
}

export function toCached(gazetteer: Gazetteer): CachedGazetteer {
  return {
    format: GAZETTEER_CACHE_FORMAT,
    entities: [...gazetteer.entities.values()],
    files: gazetteer.files.map((f) => ({ uri: f.uri, diagnostics: f.diagnostics })),
  };
}

/** The gazetteer a cache entry stands for, or undefined if it does not fit these files. */
export function restoreGazetteer(cached: CachedGazetteer, files: SourceFile[]): Gazetteer | undefined {
  if (cached.format !== GAZETTEER_CACHE_FORMAT || !Array.isArray(cached.entities) || !Array.isArray(cached.files)) return undefined;
  if (cached.files.length !== files.length || cached.files.some((f, i) => f.uri !== files[i].uri)) return undefined;
  const entities = new Map<string, GazetteerEntity>();
  for (const entity of cached.entities) entities.set(entity.id, entity);
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
