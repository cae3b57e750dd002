import * as path from 'node:path';
import type { GazetteerCacheStore } from '../core';
import type { IndexCacheStore } from '../service/persistedIndex';

/**
 * The on-disk caches the server is handed for `initializationOptions.cacheDir` (`server.ts` passes
 * the ones in `server/src/cache/`): each returns a store, or null for no caching there.
 */
export interface CacheStores {
  gazetteerCacheIn(cacheDir: unknown, roots: string[], log: (message: string) => void): GazetteerCacheStore | null;
  indexCacheIn(cacheDir: unknown, roots: string[]): IndexCacheStore | null;
}

/** What identifies a workspace's persisted index: its folders, in any order. */
export function workspaceIndexName(roots: string[]): string {
  return [...roots].map((r) => path.resolve(r)).sort().join('\n');
}
