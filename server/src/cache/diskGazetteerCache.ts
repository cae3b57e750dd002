import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CachedGazetteer, GazetteerCacheStore } from '../core/cache/gazetteerCache';
import { currentBuild } from './buildDigest';

/** How many cached gazetteers to keep in the folder; older ones are deleted. */
const KEEP = 4;

/**
 * A gazetteer cache in a folder (the extension's storage, or `.cache/` for the command line):
 * one v8-serialized file per key, written atomically, read back with `v8.deserialize`, which is
 * several times faster than `JSON.parse` for this shape of data. Any failure is a miss. Keys
 * include the digest of the running build (`buildDigest.ts`), as the workspace index's do, so a
 * gazetteer cached by other code (another YAML reader, another loader) is never served.
 */
export class DiskGazetteerCache implements GazetteerCacheStore {
  /** The code that writes and reads entries (part of every key): by default the running build. */
  readonly build: string;

  constructor(private readonly folder: string, build?: string) {
    this.build = build ?? currentBuild();
  }

  digest(text: string): string {
    return createHash('sha1').update(text).digest('hex');
  }

  read(key: string): CachedGazetteer | undefined {
    try {
      return deserialize(readFileSync(this.fileOf(key))) as CachedGazetteer;
    } catch {
      return undefined;
    }
  }

  write(key: string, value: CachedGazetteer): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      const file = this.fileOf(key);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, serialize(value));
      renameSync(partial, file);
      this.prune();
    } catch {
      // A cache that cannot be written only costs the next start its speed.
    }
  }

  private fileOf(key: string): string {
    return path.join(this.folder, `gazetteer-${key}.v8`);
  }

  private prune(): void {
    const files = readdirSync(this.folder)
      .filter((f) => /^gazetteer-[0-9a-f]+\.v8$/.test(f))
      .map((f) => ({ file: path.join(this.folder, f), time: statSync(path.join(this.folder, f)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of files.slice(KEEP)) unlinkSync(old.file);
  }
}
