// Runs a mocha suite as the development extension's tests inside code-server's workbench, for
// both extension hosts (the Node one, hostTests.mjs; the web worker one, webTests.mjs): code-server
// starts with the smoke-test driver enabled, Chromium opens the workbench with a payload naming the
// extension and the suite's entry, and the page reports the run's exit code and console through
// codeAutomationExit/Log. The suites mark mocha's report lines with REPORT_PREFIX.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';
import { codeServerDirs, folderUrl, startCodeServer } from './codeServer.mjs';
import { copyWorkspace, logFile, makeScratchDir } from './scratch.mjs';

const REPORT_PREFIX = '[newsmd-e2e] '; // as in test/e2e/suite/index.ts and test/e2e/web/suite/index.ts

function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}

/** Parses mocha's spec reporter summary ("12 passing", "1 failing"). */
export function mochaCounts(text) {
  const number = (re) => Number(text.match(re)?.[1] ?? 0);
  return { passed: number(/^\s*(\d+) passing/m), failed: number(/^\s*(\d+) failing/m), pending: number(/^\s*(\d+) pending/m) };
}

/**
 * One run: a scratch folder (copied workspace, code-server, browser profile), the suite's report
 * on stdout and in `<logName>-console.log`, and `{ passed, failed, pending, error? }`. `settings`
 * are written as the code-server user's settings first; `forwardPageConsole` also logs the page's
 * own console (the web worker host's).
 */
export async function runWorkbenchSuite({ label, logName, workspace, extensionPath, testsEntry, timeoutMs, settings, forwardPageConsole = false }) {
  const scratch = makeScratchDir(logName);
  let server;
  let browser;
  let output = '';
  let closeConsoleLog = () => {};
  const consoleLogPath = logFile(`${logName}-console.log`);
  try {
    const ws = copyWorkspace(workspace, path.join(scratch.dir, 'workspace'));
    const codeServerDir = path.join(scratch.dir, 'code-server');
    if (settings) fs.writeFileSync(path.join(codeServerDirs(codeServerDir).userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    server = await startCodeServer({ dir: codeServerDir, smokeTestDriver: true, logFile: logFile(`${logName}-code-server.log`) });
    browser = await launchBrowser(path.join(scratch.dir, 'browser'));
    const { page } = browser;
    let resolveExit;
    const exitCode = new Promise((resolve) => { resolveExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    // The workbench's and the extension host's console go to the log file, mocha's report also to stdout.
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
    if (forwardPageConsole) page.on('console', (message) => consoleLog.write(`[page ${message.type()}] ${message.text()}\n`));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, extensionPath)],
      ['extensionTestsPath', remoteUri(server.port, testsEntry)],
    ];
    await page.goto(folderUrl(server.url, ws, payload));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const code = await Promise.race([exitCode, timeout]);
    const counts = mochaCounts(output);
    if (code === 'timeout') {
      return { ...counts, failed: counts.failed + 1, error: `the ${label} tests did not finish within ${timeoutMs / 1000} s (see ${consoleLogPath})` };
    }
    if (code !== 0 && counts.failed === 0) {
      return { ...counts, failed: 1, error: `the ${label} test run exited with ${code} (see ${consoleLogPath})` };
    }
    if (code === 0 && counts.passed === 0) {
      return { ...counts, failed: 1, error: `the ${label} test run reported no passing test (see ${consoleLogPath})` };
    }
    return counts;
  } finally {
    closeConsoleLog();
    await browser?.close();
    await server?.stop();
    scratch.remove();
  }
}
