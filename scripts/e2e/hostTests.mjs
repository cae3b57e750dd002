#!/usr/bin/env node
// Runs the extension-host suite (mocha, the `vscode` API) inside code-server's real Node extension
// host: code-server starts with the smoke-test driver enabled, Chromium opens the workbench with a
// payload naming this repo as the development extension and out/test/e2e/suite/index.js as its
// tests, and the page reports the run's exit code and console through codeAutomationExit/Log.
import fs from 'node:fs';
import path from 'node:path';
import { compileSuite } from './compileSuite.mjs';
import { repoRoot } from './paths.mjs';
import { runWorkbenchSuite } from './workbenchSuite.mjs';

export const defaultWorkspace = path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');

export async function runHostTests({ workspace = defaultWorkspace, extensionPath = repoRoot, timeoutMs = 240_000 } = {}) {
  const testsEntry = await compileSuite();
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(extensionPath, manifest.main ?? 'dist/client.js'))) {
    throw new Error('dist/client.js is missing: run `npm run build` first');
  }
  return runWorkbenchSuite({ label: 'extension-host', logName: 'host', workspace, extensionPath, testsEntry, timeoutMs });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  let result;
  try {
    result = await runHostTests({
      workspace: process.env.NEWSMD_E2E_WORKSPACE ? path.resolve(process.env.NEWSMD_E2E_WORKSPACE) : undefined,
      extensionPath: process.env.NEWSMD_E2E_EXTENSION ? path.resolve(process.env.NEWSMD_E2E_EXTENSION) : undefined,
    });
  } catch (error) {
    result = { passed: 0, failed: 1, error: error instanceof Error ? error.stack : String(error) };
  }
  if (result.error) console.error(`extension host: ${result.error}`);
  console.log(`extension host: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(result.failed > 0 ? 1 : 0);
}
