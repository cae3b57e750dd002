import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  const r = spawnSync(process.execPath, [repoPath('server', 'bin', 'newsmd.js'), ...args], {
    cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024,
    input: extra.input, env: extra.env ? { ...process.env, ...extra.env } : undefined, uid: extra.uid, gid: extra.gid,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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
