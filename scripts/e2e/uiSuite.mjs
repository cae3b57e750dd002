// Runs a folder of UI tests (node:test + playwright-core) against code-server with the packaged
// .vsix installed the way a user installs it, for the desktop build (uiTests.mjs) and the browser
// build (webTests.mjs). code-server starts once; each test opens its own Chromium on its own copy
// of the workspace. Everything lives in one short scratch folder of the system temp dir (also the
// tests' TMPDIR) that is removed at the end.
import fs from 'node:fs';
import path from 'node:path';
import { codeServerDirs, installExtension, startCodeServer } from './codeServer.mjs';
import { packageVsix } from './packageVsix.mjs';
import { repoRoot, screenshotDir } from './paths.mjs';
import { spawnGroup } from './processes.mjs';
import { logFile, makeScratchDir } from './scratch.mjs';

/** Parses node:test's summary ("ℹ pass 5", "ℹ fail 1"). */
export function nodeTestCounts(text) {
  const number = (re) => Number(text.match(re)?.[1] ?? 0);
  return { passed: number(/^\S* ?pass (\d+)$/m), failed: number(/^\S* ?fail (\d+)$/m) + number(/^\S* ?cancelled (\d+)$/m) };
}

/**
 * One run of the `*.test.mjs` files of `testDir` (those whose name contains `only`, if given).
 * `settings` are written as the code-server user's settings before the extension is installed.
 * Returns `{ passed, failed, error? }`.
 */
export async function runUiSuite({ label, tag, testDir, workspace, only, settings }) {
  const files = fs.readdirSync(testDir)
    .filter((name) => name.endsWith('.test.mjs') && (!only || name.includes(only)))
    .sort()
    .map((name) => path.join(testDir, name));
  // With no file names, node --test would discover and run every test of the repository.
  if (files.length === 0) throw new Error(`no UI test file in ${path.relative(repoRoot, testDir)} matches "${only}"`);
  const scratch = makeScratchDir(tag);
  let server;
  let runner;
  try {
    // NEWSMD_E2E_VSIX: test a .vsix built elsewhere (e.g. a release candidate) instead of packaging.
    const vsix = process.env.NEWSMD_E2E_VSIX ?? packageVsix(path.join(scratch.dir, 'news-annotator.vsix'));
    const codeServerDir = path.join(scratch.dir, 'code-server');
    const dirs = codeServerDirs(codeServerDir);
    if (settings) fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    installExtension(dirs, vsix);
    server = await startCodeServer({ dir: codeServerDir, logFile: logFile(`${tag}-code-server.log`) });
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
        E2E_SCREENSHOT_DIR: process.env.E2E_SCREENSHOT_DIR || screenshotDir,
        E2E_CODE_SERVER_USER_DATA: dirs.userData,
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
    if (code !== 0 && counts.failed === 0) return { ...counts, failed: 1, error: `the ${label} test run exited with ${code}` };
    return counts;
  } finally {
    await runner?.stop();
    await server?.stop();
    scratch.remove();
  }
}
