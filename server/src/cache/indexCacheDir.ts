import * as path from 'node:path';
import type { IndexCacheStore } from '../service/persistedIndex';
import { DiskIndexCache } from './diskIndexCache';

/**
 * The persisted workspace index for `initializationOptions.cacheDir` (the editor's storage
 * folder), or none — also none for a folder inside a workspace folder, as for the gazetteer cache
 * (`gazetteerCacheIn`): the tool never writes into the user's project.
 */
export function indexCacheIn(cacheDir: unknown, roots: string[]): IndexCacheStore | null {
  if (typeof cacheDir !== 'string' || cacheDir.trim() === '' || !path.isAbsolute(cacheDir)) return null;
  const folder = path.resolve(cacheDir);
  for (const root of roots) {
    const relative = path.relative(path.resolve(root), folder);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return null;
  }
  return new DiskIndexCache(folder);
}
