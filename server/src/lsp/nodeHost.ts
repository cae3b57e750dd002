import * as path from 'node:path';
import { gazetteerCacheIn } from '../cache/gazetteerCacheDir';
import { indexCacheIn } from '../cache/indexCacheDir';
import { uriToPath } from '../service/uris';
import { collectGarbageIfLarge } from '../runtime/collectGarbage';
import { nodeWorkspace } from './nodeWorkspace';
import type { ServerHost } from './serverHost';

const paths = (uris: string[]): string[] => uris.map(uriToPath).filter((p): p is string => p !== null);

/** What identifies a workspace's persisted index: its folders, in any order. */
export function workspaceIndexName(roots: string[]): string {
  return [...roots].map((r) => path.resolve(r)).sort().join('\n');
}

/** The desktop server: files from disk, caches in the editor's storage folder, collections between batches. */
export const nodeHost: ServerHost = {
  workspace: () => nodeWorkspace,
  caches: (cacheDir, folders, log) => ({
    gazetteer: gazetteerCacheIn(cacheDir, paths(folders), log),
    index: indexCacheIn(cacheDir, paths(folders)),
    indexName: (current) => workspaceIndexName(paths(current)),
  }),
  collectGarbage: () => collectGarbageIfLarge(),
};
