// Packages the extension as a .vsix, as a user would get it: `npm run package` when the project
// defines it (vsce package --no-dependencies), else vsce directly. Needs a fresh `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export function packageVsix(outFile) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.rmSync(outFile, { force: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const [command, args] = manifest.scripts?.package
    ? ['npm', ['run', '--silent', 'package', '--', '--out', outFile]]
    : [path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--out', outFile]];
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0 || !fs.existsSync(outFile)) {
    throw new Error(`packaging the extension failed (${command} ${args.join(' ')}):\n${result.stdout}${result.stderr}`);
  }
  return outFile;
}
