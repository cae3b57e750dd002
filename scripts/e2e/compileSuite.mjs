// Compiles the extension-host suite (test/e2e/suite/*.ts) to out/test/e2e/suite/*.js, file by file,
// like tsc would (same paths) but without waiting for the whole project to type-check; type
// checking stays with `npm run typecheck`, which includes test/.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export const suiteSourceDir = path.join(repoRoot, 'test', 'e2e', 'suite');
export const suiteOutDir = path.join(repoRoot, 'out', 'test', 'e2e', 'suite');

export async function compileSuite() {
  const entryPoints = fs.readdirSync(suiteSourceDir).filter((n) => n.endsWith('.ts')).map((n) => path.join(suiteSourceDir, n));
  // Start clean: a test deleted from the sources must not keep running from a stale .js.
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  return path.join(suiteOutDir, 'index.js');
}
