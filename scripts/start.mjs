#!/usr/bin/env node
// npm start — VS Code (code-server, real VS Code 1.139 in the browser) with this extension
// installed from its .vsix, opened on examples/. On a fresh machine it first installs what it
// needs (npm packages, then scripts/e2e/setup.mjs: Chromium-free parts are enough, but the same
// set-up serves the tests). Binds to 127.0.0.1; the port comes from $PORT or is a free one.
// Runs until Ctrl-C, then stops code-server and everything it started.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The project's own dependencies (esbuild, vsce) come first: `npm start` on a fresh clone works.
if (!fs.existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) {
  console.log('[start] installing npm dependencies (npm ci)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { setupE2e } = await import('./e2e/setup.mjs');
const { buildExtension } = await import('./e2e/build.mjs');
const { packageVsix } = await import('./e2e/packageVsix.mjs');
const { codeServerDirs, folderUrl, installExtension, startCodeServer } = await import('./e2e/codeServer.mjs');
const { cacheDir } = await import('./e2e/paths.mjs');
const { logFile } = await import('./e2e/scratch.mjs');

setupE2e();
console.log('[start] building the extension');
buildExtension();
const vsix = packageVsix(path.join(repoRoot, '.cache', 'news-annotator.vsix'));
console.log(`[start] packaged ${path.relative(repoRoot, vsix)}`);

// A persistent profile (settings, opened editors) under .cache/e2e/start/, reused between runs;
// the extension is reinstalled each time so the latest build is what opens.
const dir = path.join(cacheDir, 'start');
const dirs = codeServerDirs(dir);
installExtension(dirs, vsix);
console.log('[start] installed the extension into code-server');

const examples = path.join(repoRoot, 'examples');
const folder = fs.existsSync(examples) ? examples : path.join(repoRoot, 'test', 'fixtures', 'e2e-workspace');
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const log = logFile('start-code-server.log');
const server = await startCodeServer({ dir, port, logFile: log });
const url = folderUrl(server.url, folder);
console.log(`\nVS Code (code-server) is ready on ${path.relative(repoRoot, folder)}/:\n\n  ${url}\n`);
console.log(`code-server's log: ${path.relative(repoRoot, log)}. Press Ctrl-C to stop.`);

// Ctrl-C: scripts/e2e/processes.mjs ends code-server's process group, then exits.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.prependListener(signal, () => {
    stopping = true;
    console.log('\n[start] stopping code-server');
  });
}
server.exited.then(({ code, signal }) => {
  if (!stopping) {
    console.error(`[start] code-server exited unexpectedly (${code ?? signal}); see ${log}`);
    process.exit(1);
  }
});
