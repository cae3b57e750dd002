// Builds the extension bundles (dist/) with the project's own build script.
import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths.mjs';

export function buildExtension() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed with ${result.status ?? result.signal}`);
}
