import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareGazetteerPaths, isGazetteerPath } from '../core';
import { uriToPath } from './uris';

// Which workspace files the server cares about, and finding them on disk (SPEC §3).

export const ARTICLE_SUFFIX = '.news.md';

/** Folders never worth walking: dependencies, VCS data, build output of this very tool. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function isArticlePath(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(ARTICLE_SUFFIX);
}

export { isGazetteerPath };

export interface WorkspaceFiles {
  articles: string[];
  gazetteers: string[];
}

/**
 * Finds articles and gazetteer files under the workspace roots. With `gazetteerPaths` set, those
 * files (or the `.yaml` files of those folders) are the gazetteer and discovery is skipped for it.
 * Symlinked folders are not followed, so a link cycle cannot hang the walk.
 */
export async function scanWorkspace(roots: string[], gazetteerPaths: string[], isCancelled: () => boolean = () => false): Promise<WorkspaceFiles> {
  const articles: string[] = [];
  const discovered: string[] = [];
  for (const root of roots) {
    await walk(root, (file) => {
      if (isArticlePath(file)) articles.push(file);
      else if (isGazetteerPath(file)) discovered.push(file);
    }, isCancelled);
  }
  // Configured files keep the order the user gave; discovered ones get the order the CLI uses.
  const gazetteers = gazetteerPaths.length > 0
    ? unique(await resolveConfiguredGazetteers(roots, gazetteerPaths))
    : unique(discovered).sort(gazetteerFileOrder(roots, (file) => file));
  return { articles: unique(articles).sort(), gazetteers };
}

async function walk(dir: string, onFile: (file: string) => void, isCancelled: () => boolean): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return; // unreadable or vanished folder: nothing to index there
  }
  for (const entry of entries) {
    if (isCancelled()) return;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(full, onFile, isCancelled);
    } else if (entry.isFile()) {
      onFile(full);
    }
  }
}

async function resolveConfiguredGazetteers(roots: string[], configured: string[]): Promise<string[]> {
  const out: string[] = [];
  const bases = roots.length > 0 ? roots : [process.cwd()];
  for (const entry of configured) {
    const candidates = path.isAbsolute(entry) ? [entry] : bases.map((root) => path.resolve(root, entry));
    for (const candidate of candidates) {
      const stat = await fs.promises.stat(candidate).catch(() => null);
      if (stat?.isFile()) out.push(candidate);
      else if (stat?.isDirectory()) {
        const names = await fs.promises.readdir(candidate).catch(() => [] as string[]);
        for (const name of [...names].sort()) if (/\.ya?ml$/i.test(name)) out.push(path.join(candidate, name));
      }
    }
  }
  return out;
}

/**
 * Orders gazetteer files (paths, or URIs with `toPath = uriToPath`) as `newsmd check` does: by
 * workspace folder, then by `compareGazetteerPaths` on the path inside it. Files outside every
 * folder come last, by full path.
 */
export function gazetteerFileOrder(roots: string[], toPath: (file: string) => string | null = uriToPath): (a: string, b: string) => number {
  const keyOf = (file: string): { root: number; relative: string } => {
    const full = toPath(file);
    if (full === null) return { root: roots.length + 1, relative: file };
    for (let i = 0; i < roots.length; i++) {
      const relative = path.relative(roots[i], full);
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return { root: i, relative };
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
