// Scratch folders for one run, under .cache/e2e/tmp/, removed when the run ends.
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, tmpRoot } from './paths.mjs';

export function makeScratchDir(prefix) {
  fs.mkdirSync(tmpRoot, { recursive: true });
  const dir = fs.mkdtempSync(path.join(tmpRoot, `${prefix}-`));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return { dir, remove };
}

/** Copies a workspace folder so tests may edit it freely. */
export function copyWorkspace(source, target) {
  fs.cpSync(source, target, { recursive: true });
  return target;
}

export const logDir = path.join(cacheDir, 'logs');
export function logFile(name) {
  fs.mkdirSync(logDir, { recursive: true });
  return path.join(logDir, name);
}
