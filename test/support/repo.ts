import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root, found by walking up from the compiled test file to package.json with workspaces. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'server', 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
})();

export function repoPath(...parts: string[]): string {
  return path.join(repoRoot, ...parts);
}
