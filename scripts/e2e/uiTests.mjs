#!/usr/bin/env node
// Runs the UI tests (test/e2e/ui/*.test.mjs, node:test + playwright-core) against code-server with
// the packaged .vsix installed the way a user installs it (uiSuite.mjs runs them).
// The screenshots go to test-results/screenshots/ (git-ignored; `npm run images` copies the
// README's ones into docs/screenshots/).
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, screenshotDir } from './paths.mjs';
import { runUiSuite } from './uiSuite.mjs';

export { nodeTestCounts } from './uiSuite.mjs';

export const uiTestDir = path.join(repoRoot, 'test', 'e2e', 'ui');
export const defaultUiWorkspace = path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');

export async function runUiTests({ workspace = defaultUiWorkspace, only } = {}) {
  // A full run replaces the last run's screenshots; a filtered one adds to them.
  if (!only) fs.rmSync(screenshotDir, { recursive: true, force: true });
  return runUiSuite({ label: 'UI', tag: 'ui', testDir: uiTestDir, workspace, only });
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
