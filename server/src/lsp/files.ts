import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareGazetteerPaths } from '../core';
import { type WorkspaceConfig, NO_CONFIG, Workspaces, configGazetteerEntries, isArticlePath, isSkippedFolder, resolveGazetteerPaths } from '../workspace';
import { uriToPath } from '../service/uris';

// Which workspace files the server cares about, found on disk by the workspace module the
// command line uses too (SPEC §7): same articles, same skipped folders, same gazetteers.


export interface WorkspaceFiles {
  articles: string[];
  /** Gazetteer files in load order. */
  gazetteers: string[];
  /** The workspace roots of the editor's folders (the nearest `.newsmd.yaml` or `.git` at or above each, else the folder). */
  workspaceRoots: string[];
  /** The configuration of the first root (its `.newsmd.yaml`), NO_CONFIG if it has none. */
  config: WorkspaceConfig;
  /** True when gazetteers were named (by `.newsmd.yaml` or `newsmd.gazetteer.paths`) rather than discovered. */
  configured: boolean;
}

/**
 * Finds articles and gazetteer files for the editor's folders. Each folder's gazetteer is what its
 * root's `.newsmd.yaml` names, else `gazetteerPaths` (`newsmd.gazetteer.paths`, relative to the
 * folder), else the files discovered under the root (SPEC §3) — as `newsmd check` does.
 */
export async function scanWorkspace(folders: string[], gazetteerPaths: string[], isCancelled: () => boolean = () => false): Promise<WorkspaceFiles> {
  const ws = new Workspaces({ fallbackRoot: folders[0] ?? process.cwd() });
  const articles: string[] = [];
  const gazetteers: string[] = [];
  const workspaceRoots: string[] = [];
  let configured = false;
  for (const folder of folders) {
    const root = await ws.rootOf(folder, folder);
    for (const a of await ws.articlesIn(folder, undefined, isCancelled, folder)) articles.push(a.file);
    if (workspaceRoots.includes(root)) continue;
    workspaceRoots.push(root);
    const config = await ws.configOf(root);
    const named = configGazetteerEntries(config, root, (entry, reason) => config.problems.push(`gazetteer ${entry}: ${reason}`));
    if (named) {
      configured = true;
      gazetteers.push(...(await resolveGazetteerPaths(named, root, () => undefined)).map((g) => g.file));
    } else if (gazetteerPaths.length > 0) {
      configured = true;
      gazetteers.push(...(await resolveGazetteerPaths(gazetteerPaths, folder, () => undefined)).map((g) => g.file));
    } else {
      gazetteers.push(...(await ws.discoveredGazetteers(root)));
    }
  }
  const config = workspaceRoots.length > 0 ? await ws.configOf(workspaceRoots[0]) : NO_CONFIG;
  return { articles: unique(articles).sort(), gazetteers: unique(gazetteers), workspaceRoots, config, configured };
}

/**
 * Orders gazetteer files (paths, or URIs with `toPath = uriToPath`) as `newsmd check` does: by
 * workspace root, then by `compareGazetteerPaths` on the path inside it. Files outside every
 * root come last, by full path.
 */
export function gazetteerFileOrder(roots: string[], toPath: (file: string) => string | null = uriToPath): (a: string, b: string) => number {
  const keyOf = (file: string): { root: number; relative: string } => {
    const full = toPath(file);
    if (full === null) return { root: roots.length + 1, relative: file };
    for (let i = 0; i < roots.length; i++) {
      const relative = path.relative(roots[i], full);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return { root: i, relative: relative.split(path.sep).join('/') };
    }
    return { root: roots.length, relative: full };
  };
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka.root - kb.root || compareGazetteerPaths(ka.relative, kb.relative);
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Reads a text file, or null if it cannot be read (gone, a folder, no permission). */
export async function readTextFile(file: string): Promise<string | null> {
  try {
    return await fs.promises.readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * True if discovery would list `file` as an article of one of the editor's folders: an article
 * name, inside a folder, under no skipped folder, not ignored. For files the watcher reports.
 */
export async function isDiscoverableArticle(file: string, folders: string[]): Promise<boolean> {
  if (!isArticlePath(file)) return false;
  const ws = new Workspaces({ fallbackRoot: folders[0] ?? process.cwd() });
  for (const folder of folders) {
    const relative = path.relative(folder, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const dirs = relative.split(path.sep).slice(0, -1);
    if (dirs.some(isSkippedFolder)) return false;
    const root = await ws.rootOf(path.dirname(file), folder);
    // Every folder on the way, then the file itself, against the rules in effect there.
    let at = folder;
    for (const d of dirs) {
      const next = path.join(at, d);
      if ((await ws.rulesAt(at, root)).ignores(next, true)) return false;
      at = next;
    }
    return !(await ws.rulesAt(path.dirname(file), root)).ignores(file, false);
  }
  return false;
}
