import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';

// Issue 15: from a deep clone (CI clones to /home/runner/work/<repo>/<repo>, `mktemp -d` gives
// /tmp/tmp.XXXXXXXXXX/main) Chromium aborted with "Socket path too long" because its profile and
// temp folder lived under the clone. The e2e helpers (scripts/e2e/*.mjs) are copied here into a
// clone whose root is over 120 bytes long and imported from there, so they compute their paths
// from that root exactly as they would in such a clone; every run-time folder, profile and socket
// they make must stay short and outside the clone.

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..'); // out/test/unit/e2eTooling → root
const SOCKET_PATH_MAX = 107; // sun_path is 108 bytes with its NUL
const bytes = (p: string): number => Buffer.byteLength(p);
const inside = (parent: string, p: string): boolean => {
  const relative = path.relative(parent, p);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

// VS Code's and Chromium's socket names, as long as they get.
const CHROMIUM_SOCKET = 'org.chromium.Chromium.XXXXXX/SingletonSocket';
const VSCODE_IPC_SOCKET = 'vscode-ipc-00000000-0000-0000-0000-000000000000.sock';
const VSCODE_GIT_SOCKET = 'vscode-git-0000000000.sock';
const DESKTOP_MAIN_SOCKET = '1.139.1-main.sock';

type Dir = { dir: string; remove(): void };
let fakeBase = '';
let fakeRoot = '';
let paths: any;
let scratch: any;
let browser: any;
let codeServer: any;
const made: Array<{ remove(): void }> = [];

async function load(name: string): Promise<any> {
  return import(pathToFileURL(path.join(fakeRoot, 'scripts', 'e2e', name)).href);
}

describe('the e2e run-time paths from a clone whose root is 120+ bytes long', () => {
  before(async () => {
    fakeBase = mkdtempSync(path.join(os.tmpdir(), 'nm-deep-'));
    fakeRoot = path.join(fakeBase, 'home', 'runner', 'work', 'x'.repeat(60), 'news-annotator', 'news-annotator');
    mkdirSync(path.join(fakeRoot, 'scripts'), { recursive: true });
    cpSync(path.join(repoRoot, 'scripts', 'e2e'), path.join(fakeRoot, 'scripts', 'e2e'), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(fakeRoot, 'node_modules'), 'dir');
    paths = await load('paths.mjs');
    scratch = await load('scratch.mjs');
    browser = await load('browser.mjs');
    codeServer = await load('codeServer.mjs');
  });

  after(() => {
    for (const d of made) d.remove();
    if (fakeBase) rmSync(fakeBase, { recursive: true, force: true });
  });

  test('the helpers take their root from where they are: the deep fake clone', () => {
    assert.ok(bytes(fakeRoot) >= 120, `fake root is ${bytes(fakeRoot)} bytes`);
    assert.equal(paths.repoRoot, fakeRoot);
    // Only the installed tool chain and the logs live in the clone (.cache/e2e, git-ignored).
    assert.ok(inside(fakeRoot, paths.cacheDir));
    assert.equal(paths.tmpRoot, undefined, 'no run-time folder under .cache/e2e');
    assert.ok(bytes(paths.shortTempBase()) <= 48 || paths.shortTempBase() === '/tmp');
  });

  test('scratch folders (ui, host, electron) are short folders of the system temp dir, removed by remove()', () => {
    const base = paths.shortTempBase();
    for (const prefix of ['ui', 'host', 'electron']) {
      const s: Dir = scratch.makeScratchDir(prefix);
      made.push(s);
      assert.ok(existsSync(s.dir));
      assert.ok(!inside(fakeRoot, s.dir), s.dir);
      assert.equal(path.dirname(s.dir), base);
      assert.ok(bytes(s.dir) <= bytes(base) + 20, s.dir);
      // VS Code desktop (npm run test:electron) keeps its main socket in the user-data dir.
      assert.ok(bytes(path.join(s.dir, 'user-data', DESKTOP_MAIN_SOCKET)) <= SOCKET_PATH_MAX);
      s.remove();
      assert.ok(!existsSync(s.dir), `${s.dir} was not removed`);
    }
  });

  test('a browser profile + SingletonSocket stays under 60 bytes and Chromium\'s socket under 107, also inside the UI runner\'s TMPDIR', () => {
    const check = (): void => {
      const b = browser.browserDirs();
      made.push(b);
      for (const p of [b.root, b.profile, b.tmp, b.xdgConfig, b.xdgCache]) assert.ok(!inside(fakeRoot, p), p);
      const link = path.join(b.profile, browser.SINGLETON_LINK);
      const socket = path.join(b.tmp, CHROMIUM_SOCKET);
      assert.equal(browser.SINGLETON_SOCKET, CHROMIUM_SOCKET);
      assert.ok(bytes(link) < 60, `${link}: ${bytes(link)} bytes`);
      assert.ok(bytes(socket) <= SOCKET_PATH_MAX, `${socket}: ${bytes(socket)} bytes`);
      b.remove();
      assert.ok(!existsSync(b.root));
    };
    check();
    // The UI test processes run with TMPDIR=<ui scratch>/tmp (scripts/e2e/uiTests.mjs).
    const ui: Dir = scratch.makeScratchDir('ui');
    made.push(ui);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(ui.dir, 'tmp');
    mkdirSync(process.env.TMPDIR);
    try {
      check();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      ui.remove();
    }
  });

  test('code-server\'s session socket, TMPDIR and IPC sockets are short even when its folder is deep (npm start uses .cache/e2e/start)', () => {
    const ui: Dir = scratch.makeScratchDir('ui');
    made.push(ui);
    for (const dir of [path.join(ui.dir, 'code-server'), path.join(paths.cacheDir, 'start')]) {
      const dirs = codeServer.codeServerDirs(dir);
      const runtime = codeServer.codeServerRuntime();
      made.push(runtime);
      assert.ok(!inside(fakeRoot, runtime.dir), runtime.dir);
      const env = codeServer.codeServerEnv(dirs, runtime);
      assert.equal(env.TMPDIR, runtime.tmp);
      assert.equal(env.XDG_RUNTIME_DIR, runtime.dir);
      for (const socket of [
        runtime.sessionSocket,
        path.join(runtime.tmp, VSCODE_IPC_SOCKET),
        path.join(runtime.tmp, VSCODE_GIT_SOCKET),
      ]) {
        assert.ok(bytes(socket) <= SOCKET_PATH_MAX, `${socket}: ${bytes(socket)} bytes`);
        assert.ok(bytes(socket) < 90, `${socket}: ${bytes(socket)} bytes`);
      }
      runtime.remove();
      assert.ok(!existsSync(runtime.dir));
    }
    ui.remove();
  });

  test('the paths do not depend on the clone\'s depth: the same lengths from the real clone', async () => {
    const real = await import(pathToFileURL(path.join(repoRoot, 'scripts', 'e2e', 'browser.mjs')).href);
    const a = browser.browserDirs();
    const b = real.browserDirs();
    made.push(a, b);
    assert.equal(bytes(a.profile), bytes(b.profile));
    assert.equal(bytes(a.tmp), bytes(b.tmp));
    a.remove();
    b.remove();
  });
});
