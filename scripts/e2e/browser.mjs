// Debian's Chromium driven by playwright-core (no browser download: executablePath).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, repoRoot, screenshotDir } from './paths.mjs';
import { makeShortDir } from './scratch.mjs';

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

/** What Chromium puts in the profile, and what it appends to TMPDIR, for its singleton socket. */
export const SINGLETON_LINK = 'SingletonSocket';
export const SINGLETON_SOCKET = 'org.chromium.Chromium.XXXXXX/SingletonSocket';

/**
 * The folders of one browser: profile (user-data dir), temp dir and XDG dirs, all in one short
 * fresh folder of the system temp dir, whatever the clone's depth (Chromium aborts with "Socket
 * path too long" when TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket passes 107 bytes).
 */
export function browserDirs() {
  const { dir, remove } = makeShortDir('b');
  const dirs = {
    root: dir,
    profile: path.join(dir, 'profile'),
    tmp: path.join(dir, 'tmp'),
    xdgConfig: path.join(dir, 'xdg-config'),
    xdgCache: path.join(dir, 'xdg-cache'),
    remove,
  };
  for (const d of [dirs.profile, dirs.tmp]) fs.mkdirSync(d, { recursive: true });
  return dirs;
}

function isInside(parent, file) {
  const relative = path.relative(parent, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Screenshots never land among the repository's tracked files: a `page.screenshot({ path })` aimed
 * inside the repository (e.g. the README's docs/screenshots/) is written to E2E_SCREENSHOT_DIR
 * (default test-results/screenshots/, git-ignored) under the same name instead; `npm run images`
 * copies the README's ones over when wanted.
 */
function keepScreenshotsOutOfTheTree(page) {
  const target = path.resolve(process.env.E2E_SCREENSHOT_DIR || screenshotDir);
  const original = page.screenshot.bind(page);
  page.screenshot = (options = {}) => {
    if (options.path && isInside(repoRoot, path.resolve(options.path)) && !isInside(target, path.resolve(options.path))) {
      fs.mkdirSync(target, { recursive: true });
      options = { ...options, path: path.join(target, path.basename(options.path)) };
    }
    return original(options);
  };
}

/**
 * Launches Chromium with a fresh profile (playwright refuses --user-data-dir in args, hence a
 * persistent context). Profile, temp and config files go into a short folder of the system temp
 * dir (`browserDirs`), removed on close (and on exit); `_dir`, which callers name after their
 * scratch folder, is not used for any of them.
 */
export async function launchBrowser(_dir, { viewport = { width: 1400, height: 900 } } = {}) {
  const dirs = browserDirs();
  let context;
  try {
    context = await chromium.launchPersistentContext(dirs.profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport,
      env: {
        ...process.env,
        TMPDIR: dirs.tmp,
        XDG_CONFIG_HOME: dirs.xdgConfig,
        XDG_CACHE_HOME: dirs.xdgCache,
      },
    });
  } catch (error) {
    dirs.remove();
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  keepScreenshotsOutOfTheTree(page);
  const close = async () => {
    await context.close().catch(() => {});
    dirs.remove();
  };
  return { context, page, close };
}
