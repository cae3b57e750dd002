import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import * as path from 'node:path';
import { INDEX_CACHE_FORMAT, type IndexCacheStore, type PersistedIndexStream, type PersistedIndexWrite, type UnusableIndex } from '../service/persistedIndex';
import { currentBuild } from './buildDigest';
import { type IndexRecord, IndexFile } from './indexRecords';
import { RecordWriter, decodeRecord } from './recordCodec';

/** How many workspaces' indexes to keep in the folder; the least recently written are deleted. */
const KEEP = 4;

/** A temp file older than this was left by a process that died while writing. */
const STALE_TEMP_MS = 10 * 60_000;

/** First line of every index file: what wrote it, in which format. */
const MAGIC = `newsmd-index ${INDEX_CACHE_FORMAT}\n`;

let writes = 0;

/** The records of `file` after its head, one deserialised at a time; undefined for one that cannot be read (and nothing after it). */
function* recordsOf(file: IndexFile, records: IndexRecord[]): Iterable<unknown> {
  try {
    for (const record of records) {
      const payload = file.payload(record);
      if (!payload) {
        yield undefined;
        return;
      }
      yield decodeRecord(payload); // decoded before the next record is read into the same buffer
    }
  } catch {
    yield undefined;
  } finally {
    file.close();
  }
}

const sha1 = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/**
 * The workspace index in a folder (the editor's storage): one file per workspace. After a line
 * naming the format come records, each a line with its length and sha1 and then its bytes: first
 * `{ key }`, then the records the service hands over (`service/indexRecordCodec.ts`: the index's
 * compact form), each encoded by `recordCodec.ts`. The lengths catch a truncated file and the digests a
 * corrupted one before a record is decoded; anything wrong is a miss (the server then
 * indexes from scratch and says why), never an exception.
 */
export class DiskIndexCache implements IndexCacheStore {
  readonly build: string;

  constructor(private readonly folder: string, build?: string) {
    this.build = build ?? currentBuild();
  }

  digest(text: string): string {
    return createHash('sha1').update(text).digest('hex');
  }

  fileOf(workspace: string): string {
    return path.join(this.folder, `index-${this.digest(workspace)}.v8`);
  }

  /** The index a record at a time (see `IndexFile`): every record is checked first, then only one is deserialised at once. */
  read(workspace: string): PersistedIndexStream | UnusableIndex | undefined {
    const file = IndexFile.open(this.fileOf(workspace), MAGIC);
    if (!(file instanceof IndexFile)) return file;
    try {
      const [first, ...records] = file.records;
      const head = first && file.payload(first);
      const parsed = head && (decodeRecord(head) as { key?: unknown } | undefined);
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.key !== 'string') {
        file.close();
        return { problem: 'is damaged (no key)' };
      }
      return { key: parsed.key, records: recordsOf(file, records), close: () => file.close() };
    } catch {
      file.close();
      return { problem: 'is damaged (its key cannot be read)' };
    }
  }

  /**
   * Writes the index a record at a time — each made when asked for, encoded, and written
   * before the next is made, letting the server answer requests in between — then renames it
   * into place, so a reader sees the old file or the new one, never half of one.
   */
  async write(workspace: string, index: PersistedIndexWrite): Promise<void> {
    const file = this.fileOf(workspace);
    const partial = `${file}.${process.pid}-${++writes}.tmp`;
    let out: FileHandle | undefined;
    try {
      mkdirSync(this.folder, { recursive: true });
      out = await open(partial, 'w');
      await out.write(Buffer.from(MAGIC, 'latin1'));
      // Each record is encoded into the writer's one buffer, written, and only then is the next made.
      const writer = new RecordWriter();
      const record = async (data: unknown): Promise<void> => {
        const payload = writer.encode(data);
        await out!.writev([Buffer.from(`${payload.length} ${sha1(payload)}\n`, 'latin1'), payload]);
      };
      await record({ key: index.key });
      for (const data of index.records) await record(data);
      await out.close();
      out = undefined;
      renameSync(partial, file);
      this.prune();
    } catch {
      // An index that cannot be written only costs the next start its speed.
      await out?.close().catch(() => undefined);
      try {
        unlinkSync(partial);
      } catch {
        // never created
      }
    }
  }

  private prune(): void {
    const now = Date.now();
    const indexes: Array<{ file: string; time: number }> = [];
    for (const name of readdirSync(this.folder)) {
      const file = path.join(this.folder, name);
      if (/^index-[0-9a-f]+\.v8$/.test(name)) indexes.push({ file, time: statSync(file).mtimeMs });
      else if (/^index-[0-9a-f]+\.v8\.[\d-]+\.tmp$/.test(name) && now - statSync(file).mtimeMs > STALE_TEMP_MS) unlinkSync(file);
    }
    indexes.sort((a, b) => b.time - a.time);
    for (const old of indexes.slice(KEEP)) unlinkSync(old.file);
  }
}
