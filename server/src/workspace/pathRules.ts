// Path rules shared by every walk of a workspace: which files are articles, which folders are skipped.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The one article suffix rule lives in the core, where the language service needs it too. */
export { isArticlePath } from '../core';

// The one list of folders never walked lives in the core too, for the browser build.
export { isSkippedFolder } from '../core';

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
