// Debian's Chromium driven by playwright-core (no browser download: executablePath).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A Unix socket path holds at most 107 bytes (sun_path); Chromium aborts on a longer one. */
const SOCKET_PATH_MAX = 107;

/** What Chromium appends to TMPDIR for its singleton socket. */
const SINGLETON_SOCKET = 'org.chromium.Chromium.XXXXXX/SingletonSocket';

/**
 * Chromium's temp folder: under `dir` when its singleton socket's path fits there, else (a clone
 * in a deep folder, as CI's is) a short folder in the system temp dir, removed on close.
 */
export function browserTempDir(dir) {
  const inside = path.join(dir, 'tmp');
  if (Buffer.byteLength(path.join(inside, SINGLETON_SOCKET)) <= SOCKET_PATH_MAX) {
    fs.mkdirSync(inside, { recursive: true });
    return { tmp: inside, remove: () => {} };
  }
  const short = fs.mkdtempSync(path.join(os.tmpdir(), 'nmc-'));
  return { tmp: short, remove: () => fs.rmSync(short, { recursive: true, force: true }) };
}

/**
 * Launches Chromium with a fresh profile in `dir` (playwright refuses --user-data-dir in args,
 * hence a persistent context). Its config files stay under `dir`, its temp files too where the
 * path is short enough (`browserTempDir`).
 */
export async function launchBrowser(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(profile, { recursive: true });
  const { tmp, remove } = browserTempDir(dir);
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport,
      env: {
        ...process.env,
        TMPDIR: tmp,
        XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
        XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
      },
    });
  } catch (error) {
    remove();
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    remove();
  };
  return { context, page, close };
}
