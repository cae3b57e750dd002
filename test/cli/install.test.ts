import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoPath, repoRoot } from '../support/repo';

// The installable package (issue 14): `npm run package:cli` packs the `server` workspace as
// newsmd-<version>.tgz; installed offline into an empty prefix, far from the repository, it puts
// `newsmd` and `newsmd-language-server` on the PATH and both run with nothing else installed.

const version = (JSON.parse(readFileSync(repoPath('server', 'package.json'), 'utf8')) as { version: string }).version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let tmp = '';
let tarball = '';
let prefix = '';
let bin = '';
/** Where the installed binaries run: a folder outside the repository. */
let outside = '';
let installed: SpawnSyncReturns<string> | undefined;

/** The environment of a user who installed the package: its bin folder and node on the PATH, no NODE_PATH. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', NO_COLOR: '1' };
  delete env.NODE_PATH;
  delete env.FORCE_COLOR;
  env.PATH = [bin, path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter);
  return env;
}

function runInstalled(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, env: { ...userEnv(), ...env }, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
}

describe('the newsmd package: npm run package:cli, installed offline into an empty prefix', () => {
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'newsmd-install-'));
    const rel = path.relative(repoRoot, tmp);
    assert.ok(rel.startsWith('..') || path.isAbsolute(rel), `the temp folder ${tmp} must be outside the repository`);
    // Packs the bundles the test run was built with (--no-build: other tests read dist/ meanwhile).
    const pack = spawnSync(process.execPath, [repoPath('scripts', 'package-cli.mjs'), '--no-build', '--out', path.join(tmp, 'pack')], {
      cwd: repoRoot, encoding: 'utf8', timeout: 120_000,
    });
    assert.equal(pack.status, 0, pack.stderr + pack.stdout);
    tarball = pack.stdout.trim().split('\n').pop() ?? '';
    prefix = path.join(tmp, 'prefix');
    bin = process.platform === 'win32' ? prefix : path.join(prefix, 'bin');
    outside = path.join(tmp, 'home');
    mkdirSync(outside, { recursive: true });
    // An empty npm cache: with no dependencies, nothing is fetched or looked up.
    installed = spawnSync(npm, [
      'install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund',
      '--cache', path.join(tmp, 'npm-cache'), tarball,
    ], { cwd: outside, env: userEnv(), encoding: 'utf8', timeout: 120_000 });
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('the tarball is newsmd-<version>.tgz and holds the two launchers and their bundles, nothing else', () => {
    assert.equal(path.basename(tarball), `newsmd-${version}.tgz`);
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(list.stdout.trim().split('\n').sort(), [
      'package/LICENSE',
      'package/README.md',
      'package/bin/newsmd-language-server.js',
      'package/bin/newsmd.js',
      'package/dist/cli.js',
      'package/dist/server.js',
      'package/package.json',
    ]);
    const manifest = spawnSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
    const pkg = JSON.parse(manifest.stdout) as Record<string, unknown>;
    assert.equal(pkg.name, 'newsmd');
    assert.equal(pkg.license, 'MIT');
    assert.deepEqual(pkg.bin, { newsmd: 'bin/newsmd.js', 'newsmd-language-server': 'bin/newsmd-language-server.js' });
    assert.deepEqual(pkg.engines, { node: '>=20' });
    // esbuild bundles every dependency: the package has none to install.
    assert.equal(pkg.dependencies, undefined);
    assert.equal(pkg.peerDependencies, undefined);
    assert.equal(pkg.optionalDependencies, undefined);
  });

  test('npm install -g --offline from the tarball succeeds and installs no dependency', () => {
    assert.ok(installed);
    assert.equal(installed.status, 0, `${installed.stderr}\n${installed.stdout}`);
    const lib = process.platform === 'win32' ? path.join(prefix, 'node_modules') : path.join(prefix, 'lib', 'node_modules');
    assert.ok(existsSync(path.join(lib, 'newsmd', 'dist', 'cli.js')));
    assert.equal(existsSync(path.join(lib, 'newsmd', 'node_modules')), false, 'no dependency should be installed');
    assert.ok(existsSync(path.join(bin, 'newsmd')), 'newsmd in the prefix bin folder');
    assert.ok(existsSync(path.join(bin, 'newsmd-language-server')), 'newsmd-language-server in the prefix bin folder');
  });

  test('newsmd --version, from the PATH and by its full path', () => {
    assert.equal(installed?.status, 0, 'installed');
    assert.equal(runInstalled(path.join(bin, 'newsmd'), ['--version'], outside).stdout, `${version}\n`);
    const fromPath = runInstalled('newsmd', ['--version'], outside);
    assert.equal(fromPath.status, 0, fromPath.stderr);
    assert.equal(fromPath.stdout, `${version}\n`);
  });

  test('newsmd check: an article with its gazetteer, then the whole sample corpus as the repository checks it', () => {
    assert.equal(installed?.status, 0, 'installed');
    const work = path.join(outside, 'desk');
    mkdirSync(work, { recursive: true });
    cpSync(repoPath('examples', 'gazetteer.yaml'), path.join(work, 'gazetteer.yaml'));
    cpSync(repoPath('examples', '2020-02-12-tbi-stale-count.news.md'), path.join(work, 'stale.news.md'));
    const r = runInstalled(path.join(bin, 'newsmd'), ['check', 'desk'], outside);
    assert.equal(r.status, 0, 'a warning only');
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^desk\/stale\.news\.md:12:96: warning figure-gazetteer-mismatch Says "64 service members"/m);
    assert.match(r.stdout, /2 files checked: 0 errors, 1 warning/);

    // The installed CLI prints exactly what the repository's prints (test/cli/expected/examples.txt).
    cpSync(repoPath('examples'), path.join(outside, 'examples'), { recursive: true });
    const all = runInstalled('newsmd', ['check', 'examples'], outside);
    assert.equal(all.status, 1, all.stderr);
    assert.equal(all.stdout, readFileSync(repoPath('test', 'cli', 'expected', 'examples.txt'), 'utf8'));

    // The same through worker threads: the installed bundle starts itself as its workers.
    const pooled = runInstalled('newsmd', ['check', 'examples'], outside, { NEWSMD_WORKERS: '2' });
    assert.equal(pooled.stderr, '');
    assert.equal(pooled.stdout, all.stdout);
  });

  test('newsmd-language-server --stdio answers initialize and shuts down cleanly', async () => {
    assert.equal(installed?.status, 0, 'installed');
    const workspace = path.join(outside, 'lsp');
    mkdirSync(workspace, { recursive: true });
    cpSync(repoPath('examples', 'gazetteer.yaml'), path.join(workspace, 'gazetteer.yaml'));
    const child = spawn(path.join(bin, 'newsmd-language-server'), ['--stdio'], { cwd: outside, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });

    // JSON-RPC over stdio as LSP frames it: a Content-Length header, a blank line, the JSON body.
    let buffered = Buffer.alloc(0);
    const waiting = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
    child.stdout.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const headerEnd = buffered.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = /Content-Length: (\d+)/i.exec(buffered.subarray(0, headerEnd).toString('ascii'));
        assert.ok(length, 'a Content-Length header');
        const bodyStart = headerEnd + 4;
        const bodyEnd = bodyStart + Number(length[1]);
        if (buffered.length < bodyEnd) return;
        const message = JSON.parse(buffered.subarray(bodyStart, bodyEnd).toString('utf8')) as { id?: number; method?: string; result?: unknown; error?: unknown };
        buffered = buffered.subarray(bodyEnd);
        // Responses to our requests; the server's own requests and notifications are not needed here.
        if (message.id !== undefined && message.method === undefined) waiting.get(message.id)?.(message);
      }
    });
    const send = (message: object): void => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const request = (id: number, method: string, params: unknown): Promise<{ result?: unknown; error?: unknown }> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${method} in 30 s; stderr: ${stderr}`)), 30_000);
        waiting.set(id, (message) => { clearTimeout(timer); resolve(message); });
        send({ id, method, params });
      });

    try {
      const init = await request(1, 'initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'lsp' }],
        capabilities: {},
      });
      assert.equal(init.error, undefined);
      const result = init.result as { capabilities?: Record<string, unknown>; serverInfo?: { name?: string } };
      assert.ok(result.capabilities, 'the response has capabilities');
      assert.ok(result.capabilities.textDocumentSync !== undefined, 'text document sync');
      assert.ok(result.capabilities.hoverProvider, 'hover');
      assert.equal(result.serverInfo?.name, 'newsmd-language-server');
      send({ method: 'initialized', params: {} });
      const shutdown = await request(2, 'shutdown', null);
      assert.equal(shutdown.error, undefined);
      send({ method: 'exit' });
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
      assert.equal(code, 0, `the server exits with 0 after shutdown and exit; stderr: ${stderr}`);
    } finally {
      if (child.exitCode === null) child.kill();
    }
  });
});
