import * as path from 'node:path';
import type { GazetteerCacheStore } from '../core';
import { DiskGazetteerCache } from './diskGazetteerCache';

/**
 * The gazetteer cache for `initializationOptions.cacheDir` (VS Code passes the extension's global
 * storage folder), or none. A folder inside a workspace folder is refused: the tool never writes
 * into the user's project, where cache files would show up in version control.
 */
export function gazetteerCacheIn(cacheDir: unknown, roots: string[], log: (message: string) => void): GazetteerCacheStore | null {
  if (typeof cacheDir !== 'string' || cacheDir.trim() === '' || !path.isAbsolute(cacheDir)) return null;
  const folder = path.resolve(cacheDir);
  for (const root of roots) {
    const relative = path.relative(path.resolve(root), folder);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      log(`newsmd: not caching the gazetteer in ${folder}: it is inside the workspace folder ${root}`);
      return null;
    }
  }
  return new DiskGazetteerCache(folder);
}
