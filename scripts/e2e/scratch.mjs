// Run-time folders: scratch folders for one run, browser profiles, code-server's user data and
// sockets. Always a short fresh folder of the system temp dir (/tmp/nm-…), never under the clone
// (a deep clone would push socket paths past 107 bytes: "Socket path too long"). Each is removed
// by its `remove()`, and at the latest when this process exits, also on Ctrl-C or SIGTERM.
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, shortTempBase } from './paths.mjs';
import { installExitHandlers } from './processes.mjs';

const pending = new Set();
let hooked = false;

function removeDir(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch (error) {
    console.error(`could not remove ${dir}: ${error instanceof Error ? error.message : error}`);
  }
  pending.delete(dir);
}

function hookExit() {
  if (hooked) return;
  hooked = true;
  // First the process groups' handlers (they kill what may still write into these folders).
  installExitHandlers();
  process.on('exit', () => {
    for (const dir of [...pending]) removeDir(dir);
  });
}

/**
 * A fresh short folder `<system temp>/nm-<tag>-XXXXXX`, whatever the clone's depth. `remove()`
 * deletes it; so does this process's exit.
 */
export function makeShortDir(tag) {
  hookExit();
  const dir = fs.mkdtempSync(path.join(shortTempBase(), tag ? `nm-${tag}-` : 'nm-'));
  pending.add(dir);
  return { dir, remove: () => removeDir(dir) };
}

/** The scratch folder of one run (`ui`, `host`, `electron`): a short folder, see `makeShortDir`. */
export function makeScratchDir(prefix) {
  return makeShortDir(prefix);
}

/** Copies a workspace folder so tests may edit it freely. */
export function copyWorkspace(source, target) {
  fs.cpSync(source, target, { recursive: true });
  return target;
}

// Logs of the last run stay for diagnosis; files only (no socket), so the clone's depth is harmless.
export const logDir = path.join(cacheDir, 'logs');
export function logFile(name) {
  fs.mkdirSync(logDir, { recursive: true });
  return path.join(logDir, name);
}
