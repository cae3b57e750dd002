#!/usr/bin/env node
// Runs the UI tests (test/e2e/ui/*.test.mjs, node:test + playwright-core) against code-server with
// the packaged .vsix installed the way a user installs it. code-server starts once; each test
// opens its own Chromium on its own copy of the workspace. Everything lives in one short scratch
// folder of the system temp dir (/tmp/nm-ui-…, also the tests' TMPDIR) that is removed at the end.
// The screenshots go to test-results/screenshots/ (git-ignored; `npm run images` copies the
// README's ones into docs/screenshots/).
import fs from 'node:fs';
import path from 'node:path';
import { codeServerDirs, installExtension, startCodeServer } from './codeServer.mjs';
import { packageVsix } from './packageVsix.mjs';
import { repoRoot, screenshotDir } from './paths.mjs';
import { spawnGroup } from './processes.mjs';
import { logFile, makeScratchDir } from './scratch.mjs';

export const uiTestDir = path.join(repoRoot, 'test', 'e2e', 'ui');
export const defaultUiWorkspace = path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');

/** Parses node:test's summary ("ℹ pass 5", "ℹ fail 1"). */
export function nodeTestCounts(text) {
  const number = (re) => Number(text.match(re)?.[1] ?? 0);
  return { passed: number(/^\S* ?pass (\d+)$/m), failed: number(/^\S* ?fail (\d+)$/m) + number(/^\S* ?cancelled (\d+)$/m) };
}

export async function runUiTests({ workspace = defaultUiWorkspace, only } = {}) {
  const scratch = makeScratchDir('ui');
  // A full run replaces the last run's screenshots; a filtered one adds to them.
  if (!only) fs.rmSync(screenshotDir, { recursive: true, force: true });
  let server;
  let runner;
  try {
    // NEWSMD_E2E_VSIX: test a .vsix built elsewhere (e.g. a release candidate) instead of packaging.
    const vsix = process.env.NEWSMD_E2E_VSIX ?? packageVsix(path.join(scratch.dir, 'news-annotator.vsix'));
    const codeServerDir = path.join(scratch.dir, 'code-server');
    installExtension(codeServerDirs(codeServerDir), vsix);
    server = await startCodeServer({ dir: codeServerDir, logFile: logFile('ui-code-server.log') });
    const files = fs.readdirSync(uiTestDir)
      .filter((name) => name.endsWith('.test.mjs') && (!only || name.includes(only)))
      .sort()
      .map((name) => path.join(uiTestDir, name));
    // With no file names, node --test would discover and run every test of the repository.
    if (files.length === 0) throw new Error(`no UI test file in test/e2e/ui matches "${only}"`);
    const tmp = path.join(scratch.dir, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    runner = spawnGroup(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        E2E_BASE_URL: server.url,
        E2E_SCRATCH: scratch.dir,
        E2E_WORKSPACE: workspace,
        E2E_SCREENSHOT_DIR: screenshotDir,
        TMPDIR: tmp,
      },
    });
    let output = '';
    runner.child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    const { code } = await runner.exited;
    const counts = nodeTestCounts(output);
    if (code !== 0 && counts.failed === 0) return { ...counts, failed: 1, error: `the UI test run exited with ${code}` };
    return counts;
  } finally {
    await runner?.stop();
    await server?.stop();
    scratch.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  let result;
  try {
    result = await runUiTests({
      workspace: process.env.NEWSMD_E2E_WORKSPACE ? path.resolve(process.env.NEWSMD_E2E_WORKSPACE) : undefined,
      only: process.argv[2],
    });
  } catch (error) {
    result = { passed: 0, failed: 1, error: error instanceof Error ? error.stack : String(error) };
  }
  if (result.error) console.error(`UI: ${result.error}`);
  console.log(`UI: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(result.failed > 0 ? 1 : 0);
}
