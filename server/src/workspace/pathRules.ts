// Path rules shared by every walk of a workspace: which files are articles, which folders are skipped.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The one article suffix rule lives in the core, where the language service needs it too. */
export { isArticlePath } from '../core';

/**
 * The one list of folders never walked: `node_modules` and every folder whose name starts with a
 * dot (`.git`, `.hg`, `.cache`, `.vscode`…). Build folders such as `dist/` or `out/` are walked
 * unless `.gitignore` or the configuration's `ignore` lists them. A skipped folder named on the
 * command line (or opened in the editor) is still searched: the rule is for folders met on the way.
 */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function inside(base: string, abs: string): string | null {
  const rel = path.relative(base, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}
