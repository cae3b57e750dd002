#!/usr/bin/env node
// npm run test:electron — the same extension-host suite (test/e2e/suite) in VS Code desktop
// (Electron) through @vscode/test-electron, for machines that can download VS Code (a laptop with
// internet). Not run in CI: this project's machines cannot download VS Code (see docs/e2e.md); there
// `npm run test:e2e` runs the suite in code-server instead. @vscode/test-electron is not a project
// dependency: install it where you run this (`npm i --no-save @vscode/test-electron`).
// Options: VSCODE_VERSION (default "stable"), NEWSMD_E2E_WORKSPACE, NEWSMD_E2E_GREP. On a Linux
// machine without a display, run it under xvfb-run.
import fs from 'node:fs';
import path from 'node:path';
import { buildExtension } from './build.mjs';
import { compileSuite } from './compileSuite.mjs';
import { defaultWorkspace } from './hostTests.mjs';
import { cacheDir, repoRoot } from './paths.mjs';
import { copyWorkspace, makeScratchDir } from './scratch.mjs';

let testElectron;
try {
  testElectron = await import('@vscode/test-electron');
} catch {
  console.error(
    'npm run test:electron needs @vscode/test-electron, which is not installed.\n' +
      'Install it where VS Code can be downloaded:  npm i --no-save @vscode/test-electron\n' +
      'On machines without internet access use `npm run test:e2e` (code-server) instead; see docs/e2e.md.',
  );
  process.exit(2);
}

buildExtension();
const extensionTestsPath = await compileSuite();
const scratch = makeScratchDir('electron');
const workspace = copyWorkspace(
  process.env.NEWSMD_E2E_WORKSPACE ? path.resolve(process.env.NEWSMD_E2E_WORKSPACE) : defaultWorkspace,
  path.join(scratch.dir, 'workspace'),
);
const userData = path.join(scratch.dir, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
const { quietSettings } = await import('./codeServer.mjs');
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));

let exitCode = 0;
try {
  await testElectron.runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    // The download goes to the ignored .cache/e2e/, not to .vscode-test/ in the clone.
    cachePath: path.join(cacheDir, 'vscode-test'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData],
  });
  console.log('VS Code desktop: the extension-host suite passed');
} catch (error) {
  console.error(`VS Code desktop: the extension-host suite failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  scratch.remove();
}
process.exit(exitCode);
