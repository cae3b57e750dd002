// Debian's Chromium driven by playwright-core (no browser download: executablePath).
import fs from 'node:fs';
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

/**
 * Launches Chromium with a fresh profile in `dir` (playwright refuses --user-data-dir in args,
 * hence a persistent context). Its temp and config files also stay under `dir`.
 */
export async function launchBrowser(dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const profile = path.join(dir, 'profile');
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(profile, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
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
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: () => context.close().catch(() => {}) };
}
