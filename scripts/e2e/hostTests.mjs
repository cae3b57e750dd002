#!/usr/bin/env node
// Runs the extension-host suite (mocha, the `vscode` API) inside code-server's real Node extension
// host: code-server starts with the smoke-test driver enabled, Chromium opens the workbench with a
// payload naming this repo as the development extension and out/test/e2e/suite/index.js as its
// tests, and the page reports the run's exit code and console through codeAutomationExit/Log.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { folderUrl, startCodeServer } from './codeServer.mjs';
import { compileSuite } from './compileSuite.mjs';
import { repoRoot } from './paths.mjs';
import { copyWorkspace, logFile, makeScratchDir } from './scratch.mjs';

export const defaultWorkspace = path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');

const REPORT_PREFIX = '[newsmd-e2e] '; // as in test/e2e/suite/index.ts

function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}

/** Parses mocha's spec reporter summary ("12 passing", "1 failing"). */
export function mochaCounts(text) {
  const number = (re) => Number(text.match(re)?.[1] ?? 0);
  return { passed: number(/^\s*(\d+) passing/m), failed: number(/^\s*(\d+) failing/m), pending: number(/^\s*(\d+) pending/m) };
}

export async function runHostTests({ workspace = defaultWorkspace, extensionPath = repoRoot, timeoutMs = 240_000 } = {}) {
  const testsEntry = await compileSuite();
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(extensionPath, manifest.main ?? 'dist/client.js'))) {
    throw new Error('dist/client.js is missing: run `npm run build` first');
  }
  const scratch = makeScratchDir('host');
  let server;
  let browser;
  let output = '';
  let closeConsoleLog = () => {};
  const consoleLogPath = logFile('host-console.log');
  try {
    const ws = copyWorkspace(workspace, path.join(scratch.dir, 'workspace'));
    server = await startCodeServer({ dir: path.join(scratch.dir, 'code-server'), smokeTestDriver: true, logFile: logFile('host-code-server.log') });
    browser = await launchBrowser(path.join(scratch.dir, 'browser'));
    const { page } = browser;
    let resolveExit;
    const exitCode = new Promise((resolve) => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    // The page forwards the workbench's and the extension host's console: all of it goes to the
    // log file, mocha's report (marked by test/e2e/suite/index.ts) also to stdout.
    const consoleLog = fs.createWriteStream(consoleLogPath);
    closeConsoleLog = () => consoleLog.end();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      consoleLog.write(`[${type}] ${line}\n`);
      const marker = line.indexOf(REPORT_PREFIX);
      if (marker >= 0) {
        const report = line.slice(marker + REPORT_PREFIX.length);
        output += `${report}\n`;
        process.stdout.write(`${report}\n`);
      }
    });
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, extensionPath)],
      ['extensionTestsPath', remoteUri(server.port, testsEntry)],
    ];
    await page.goto(folderUrl(server.url, ws, payload));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const code = await Promise.race([exitCode, timeout]);
    const counts = mochaCounts(output);
    if (code === 'timeout') {
      return { ...counts, failed: counts.failed + 1, error: `the extension-host tests did not finish within ${timeoutMs / 1000} s (see ${consoleLogPath})` };
    }
    if (code !== 0 && counts.failed === 0) {
      return { ...counts, failed: 1, error: `the extension-host test run exited with ${code} (see ${consoleLogPath})` };
    }
    return counts;
  } finally {
    closeConsoleLog();
    await browser?.close();
    await server?.stop();
    scratch.remove();
  }
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
