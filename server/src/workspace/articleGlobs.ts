// Command-line arguments that are globs, and the articles they match.

import { glob, isDynamicPattern } from 'tinyglobby';
import { isArticlePath } from './pathRules';

/** True if a command-line argument is a glob rather than a path (`*`, `?`, `[…]`, `{…}`, `**`). */
export function isGlob(arg: string): boolean {
  return isDynamicPattern(arg);
}

/**
 * The articles a glob matches, relative to `cwd` as the user would write them, sorted: dot-folders
 * and `node_modules` are not entered, and only `.news.md` files count.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob([pattern], { cwd, dot: false, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**'] });
  return matches.filter(isArticlePath).sort();
}
