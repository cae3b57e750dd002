import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoPath } from './repo';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliExtra {
  /** Standard input. */
  input?: string;
  /** Added to (or, with `undefined` values, removed from) the environment. */
  env?: Record<string, string | undefined>;
  /** Run as this user (the test runner must be root). */
  uid?: number;
  gid?: number;
}

/** Runs the built `newsmd` launcher as a user would (a real process), with a time bound. */
export function runCli(args: string[], cwd: string, timeoutMs = 60_000, extra: CliExtra = {}): CliRun {
  const copy = extra.uid === undefined ? null : launcherFor(extra.uid);
  const launcher = copy ? path.join(copy, 'server', 'bin', 'newsmd.js') : repoPath('server', 'bin', 'newsmd.js');
  const r = spawnSync(process.execPath, [launcher, ...args], {
    cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024,
    input: extra.input, env: extra.env ? { ...process.env, ...extra.env } : undefined, uid: extra.uid, gid: extra.gid,
  });
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A folder with the launcher and its self-contained bundle copied where another user can read them: the clone
 * may sit in a folder only its owner can enter (a `mktemp -d` checkout), and a test that runs the
 * CLI as `nobody` must not depend on where the repository is.
 */
function launcherFor(uid: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsmd-cli-as-${uid}-`));
  const bundle = [repoPath('server', 'dist', 'cli.js'), repoPath('dist', 'cli.js')].find((f) => existsSync(f));
  if (!bundle) throw new Error('the CLI is not built; run `node scripts/build.mjs`');
  // The repository's layout, so the launcher finds the bundle where the build puts it.
  for (const sub of ['server/bin', 'server/dist', 'dist']) mkdirSync(path.join(dir, sub), { recursive: true });
  copyFileSync(repoPath('server', 'bin', 'newsmd.js'), path.join(dir, 'server', 'bin', 'newsmd.js'));
  copyFileSync(bundle, path.join(dir, 'server', 'dist', 'cli.js'));
  copyFileSync(bundle, path.join(dir, 'dist', 'cli.js'));
  for (const sub of ['', 'server', 'server/bin', 'server/dist', 'dist']) chmodSync(path.join(dir, sub), 0o755);
  return dir;
}

/** A throwaway copy of a folder, so tests never touch committed files. */
export function tempCopy(source: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmd-cli-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'newsmd-cli-'));
}

/** Content hash and mtime of every file under a folder: proof that a run wrote nothing. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const childRel = path.join(rel, e.name);
      if (e.isDirectory()) walk(childRel);
      else {
        const abs = path.join(dir, childRel);
        const hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
        out.set(childRel, `${hash}:${statSync(abs).mtimeMs}`);
      }
    }
  };
  walk('');
  return out;
}
