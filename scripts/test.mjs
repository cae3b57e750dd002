// `npm test`: sets up what is missing, then runs every test stage, each ending with a summary
// line CI can read. Stages: type check + build, unit/CLI/LSP/grammar tests (node's runner), the
// end-to-end suites in real VS Code (code-server + Chromium). NEWSMD_SKIP_E2E=1 skips the last.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const treeBefore = gitStatusLines(); // what `git status` lists before the run (a developer's own edits): see the last stage

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

// Dependencies: install from the lockfile when node_modules is missing or older than the lock.
const marker = path.join('node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  run('install dependencies (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']);
}

// A fresh out/ so a deleted test cannot linger as stale JavaScript.
rmSync('out', { recursive: true, force: true });
run('type check and compile tests', 'npx', ['tsc', '-p', '.']);
run('bundle', 'node', ['scripts/build.mjs']);

const suites = ['unit', 'cli', 'lsp', 'grammar', 'reliability', 'accuracy']
  .map((s) => `out/test/${s}`)
  .filter((dir) => existsSync(dir));
run('unit, CLI, LSP, grammar, reliability and accuracy tests', 'node', [
  '--test', '--test-reporter=spec', '--test-concurrency=2',
  ...suites,
]);

if (process.env.NEWSMD_SKIP_E2E === '1') {
  console.log('\n=== end-to-end tests skipped (NEWSMD_SKIP_E2E=1) ===');
} else if (existsSync('scripts/e2e/run.mjs')) {
  run('end-to-end tests in real VS Code', 'node', ['scripts/e2e/run.mjs']);
}

// The tests must leave the clone as they found it: nothing written into tracked or un-ignored
// places (screenshots go to test-results/, scratch folders to the system temp dir). Compared with
// `git status` at the start, so a developer's own uncommitted edits do not fail it.
function gitStatusLines() {
  const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return undefined;
  const status = spawnSync('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  if (status.status !== 0) return undefined;
  return status.stdout.split('\n').filter((line) => line !== '');
}

console.log('\n=== clean tree ===');
if (treeBefore === undefined) {
  console.log('clean tree: skipped (not a git work tree)');
} else {
  const before = new Set(treeBefore);
  const changed = (gitStatusLines() ?? []).filter((line) => !before.has(line));
  if (changed.length > 0) {
    console.error('The tests changed or created files in the repository (git status --porcelain):');
    for (const line of changed) console.error(`  ${line}`);
    console.log(`clean tree: ${changed.length} file${changed.length === 1 ? '' : 's'} changed by the tests`);
    process.exit(1);
  }
  console.log('clean tree: 0 files changed by the tests');
}
