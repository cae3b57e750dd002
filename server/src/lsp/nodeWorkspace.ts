import { readFileSync } from 'node:fs';
import { isDiscoveryFile } from '../workspace/configText';
import type { NewsWorkspace, WorkspaceScan } from '../service/types';
import { pathToUri, uriToPath } from '../service/uris';
import { gazetteerFileOrder, isDiscoverableArticle, readTextFile, scanWorkspace } from './files';
import { readTextFiles } from './readArticles';

const paths = (uris: readonly string[]): string[] => uris.map(uriToPath).filter((p): p is string => p !== null);

/**
 * The workspace on the local file system, as the desktop server sees it: discovery shared with
 * the command line (`server/src/workspace`), files read with Node. Only `file:` URIs have files;
 * any other scheme (untitled, git …) reads as nothing.
 */
export const nodeWorkspace: NewsWorkspace = {
  async scan(folders, gazetteerPaths, isCancelled): Promise<WorkspaceScan> {
    const found = await scanWorkspace(paths(folders), gazetteerPaths, isCancelled);
    const order = gazetteerFileOrder(found.workspaceRoots);
    return {
      articles: found.articles.map(pathToUri),
      gazetteers: found.gazetteers.map(pathToUri),
      workspaceRoots: found.workspaceRoots,
      config: found.config,
      configured: found.configured,
      gazetteerOrder: order,
    };
  },
  async readText(uri) {
    const file = uriToPath(uri);
    return file === null ? null : readTextFile(file);
  },
  readTextNow(uri) {
    const file = uriToPath(uri);
    if (file === null) return null;
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  async readTexts(uris, onFile, isCancelled) {
    const byPath = new Map<string, string>();
    for (const uri of uris) {
      const file = uriToPath(uri);
      if (file !== null) byPath.set(file, uri);
    }
    await readTextFiles([...byPath.keys()], (file, text) => onFile(byPath.get(file)!, text), isCancelled);
  },
  async isDiscoverableArticle(uri, folders) {
    const file = uriToPath(uri);
    return file !== null && isDiscoverableArticle(file, paths(folders));
  },
  isDiscoveryFile,
};
