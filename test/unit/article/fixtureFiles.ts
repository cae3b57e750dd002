import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The repository root: the nearest folder above the compiled test (or, when the tests were
 * compiled elsewhere, above the working directory) whose package.json declares the workspaces.
 */
function repoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'package.json');
      if (fs.existsSync(manifest) && 'workspaces' in JSON.parse(fs.readFileSync(manifest, 'utf8'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('repository root not found');
}

/** A file of test/fixtures/articles as a `SourceFile`. */
export function readFixture(name: string): { uri: string; text: string } {
  const file = path.join(repoRoot(), 'test', 'fixtures', 'articles', name);
  return { uri: `file://${file}`, text: fs.readFileSync(file, 'utf8') };
}
