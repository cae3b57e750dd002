// Starts code-server (VS Code 1.139 server + web workbench, with a real Node extension host) on
// 127.0.0.1, with every file it writes kept inside one folder (user data, extensions, config) and
// one short run-time folder of the system temp dir (TMPDIR, its session socket, VS Code's IPC
// sockets), so that socket paths stay short however deep the folder is (`npm start` keeps its
// folder in .cache/e2e/start).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { codeServerEntry, nodeBin } from './paths.mjs';
import { spawnGroup } from './processes.mjs';
import { makeShortDir } from './scratch.mjs';

/** A user settings.json that keeps the workbench quiet and quick offline. */
export const quietSettings = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.hover.delay': 100,
  'editor.semanticHighlighting.enabled': true,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The folders code-server keeps its files in under `dir` (user data, extensions, config, XDG); no socket goes there. */
export function codeServerDirs(dir) {
  const dirs = {
    root: dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    config: path.join(dir, 'config.yaml'),
    xdgConfig: path.join(dir, 'xdg', 'config'),
    xdgData: path.join(dir, 'xdg', 'data'),
    xdgCache: path.join(dir, 'xdg', 'cache'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const userDir = path.join(dirs.userData, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(quietSettings, null, 2));
  if (!fs.existsSync(dirs.config)) fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

/**
 * The run-time folder of one code-server process, a short fresh folder of the system temp dir:
 * its TMPDIR and XDG_RUNTIME_DIR (VS Code's vscode-ipc-*.sock, vscode-git-*.sock) and its session
 * socket (by default code-server puts that one in the user-data dir). `remove()` when it is done.
 */
export function codeServerRuntime() {
  const { dir, remove } = makeShortDir('cs');
  return { dir, tmp: dir, sessionSocket: path.join(dir, 'session.sock'), remove };
}

/** Environment that keeps code-server's config and caches in `dirs`, its sockets and temp files in `runtime`. */
export function codeServerEnv(dirs, runtime) {
  const env = {
    ...process.env,
    TMPDIR: runtime.tmp,
    XDG_RUNTIME_DIR: runtime.dir,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    NODE_OPTIONS: '',
  };
  // Variables from an enclosing VS Code or npm run must not leak into the extension host.
  for (const name of Object.keys(env)) {
    if (name.startsWith('VSCODE_') || name === 'ELECTRON_RUN_AS_NODE') delete env[name];
  }
  return env;
}

function commonArgs(dirs, runtime) {
  return [
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--config', dirs.config,
    '--session-socket', runtime.sessionSocket,
  ];
}

/** `code-server --install-extension VSIX`, as a user installs a downloaded .vsix. */
export function installExtension(dirs, vsixPath) {
  const runtime = codeServerRuntime();
  let result;
  try {
    result = spawnSync(nodeBin, [codeServerEntry, ...commonArgs(dirs, runtime), '--install-extension', vsixPath], {
      env: codeServerEnv(dirs, runtime),
      encoding: 'utf8',
    });
  } finally {
    runtime.remove();
  }
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} into code-server failed:\n${output}`);
  }
  return output.trim();
}

/**
 * Starts code-server and resolves once it listens. `smokeTestDriver` lets a page load a
 * development extension and its tests through the `payload` URL parameter.
 */
export async function startCodeServer({ dir, port, smokeTestDriver = false, logFile, quiet = true }) {
  const dirs = codeServerDirs(dir);
  const runtime = codeServerRuntime();
  const listenPort = port ?? (await freePort());
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${listenPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...commonArgs(dirs, runtime),
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  let server;
  try {
    server = spawnGroup(nodeBin, args, { env: codeServerEnv(dirs, runtime), stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    runtime.remove();
    throw error;
  }
  const log = logFile ? fs.createWriteStream(logFile) : undefined;
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      log?.write(text);
      if (!quiet) process.stdout.write(text);
      if (output.includes('HTTP server listening')) resolve();
    };
    server.child.stdout.on('data', onData);
    server.child.stderr.on('data', onData);
    server.exited.then(({ code, signal }) => reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${output}`)), 60_000).unref();
  });
  try {
    await ready;
  } catch (error) {
    await server.stop();
    log?.end();
    runtime.remove();
    throw error;
  }
  const url = `http://127.0.0.1:${listenPort}`;
  return {
    url,
    port: listenPort,
    dirs,
    runtime,
    output: () => output,
    exited: server.exited,
    async stop() {
      await server.stop();
      log?.end();
      runtime.remove();
    },
  };
}

/** The workbench URL that opens `folder`. */
export function folderUrl(baseUrl, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${params.toString()}`;
}
