#!/usr/bin/env node
// npm run test:e2e — set-up (idempotent), build, the extension-host suite in code-server's real
// extension host, then the UI tests through Chromium, then the same for the browser build in the
// web worker extension host (scripts/e2e/webTests.mjs). Each stage ends with "N passed, N failed";
// the exit status is non-zero when any stage fails. Leaves no process and no file behind outside
// .cache/ and test-results/ (scratch folders, short ones in the system temp dir, are removed,
// process groups are ended, also on Ctrl-C); the UI screenshots go to test-results/screenshots/.
import { buildExtension } from './build.mjs';
import { runHostTests } from './hostTests.mjs';
import { setupE2e } from './setup.mjs';
import { runUiTests } from './uiTests.mjs';
import { runWebHostTests, runWebUiTests } from './webTests.mjs';

async function stage(name, fn) {
  const started = Date.now();
  let result;
  try {
    result = await fn();
  } catch (error) {
    result = { passed: 0, failed: 1, error: error instanceof Error ? error.stack : String(error) };
  }
  if (result.error) console.error(`${name}: ${result.error}`);
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return result;
}

const setup = await stage('e2e setup', () => {
  setupE2e();
  buildExtension();
  return { passed: 1, failed: 0 };
});
if (setup.failed > 0) process.exit(1);

const host = await stage('extension host', () => runHostTests());
const ui = await stage('UI', () => runUiTests());
const webHost = await stage('web extension host', () => runWebHostTests());
const webUi = await stage('web UI', () => runWebUiTests());
const stages = [host, ui, webHost, webUi];
const passed = stages.reduce((sum, r) => sum + r.passed, 0);
const failed = stages.reduce((sum, r) => sum + r.failed, 0);
console.log(`end-to-end: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
