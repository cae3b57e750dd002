import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { INDEX_CACHE_FORMAT, type IndexCacheStore, type PersistedArticle, type PersistedIndex, type PersistedIndexStream, type PersistedIndexWrite, validEntry } from '../service/persistedIndex';
import { currentBuild } from './buildDigest';
import { type IndexRecord, IndexFile } from './indexRecords';
import { pack, unpack } from './packPlainData';

/** How many workspaces' indexes to keep in the folder; the least recently written are deleted. */
const KEEP = 4;

/** A temp file older than this was left by a process that died while writing. */
const STALE_TEMP_MS = 10 * 60_000;

/** First line of every index file: what wrote it, in which format. */
const MAGIC = `newsmd-index ${INDEX_CACHE_FORMAT}\n`;

/** Articles per record: each is serialized between two turns of the event loop (~20 ms). */
const ARTICLES_PER_RECORD = 250;

let writes = 0;

/** The articles of `batches`, one record deserialised at a time; undefined for an entry that cannot be read (and nothing after it). */
function* entriesOf(file: IndexFile, batches: IndexRecord[]): Iterable<[string, PersistedArticle] | undefined> {
  try {
    for (const record of batches) {
      const payload = file.payload(record);
      const batch: unknown = payload && deserialize(payload);
      if (!Array.isArray(batch)) {
        yield undefined;
        return;
      }
      for (const pair of batch as unknown[][]) {
        const entry = Array.isArray(pair) && typeof pair[0] === 'string' ? validEntry(pair[0], unpack(pair[1])) : undefined;
        if (!entry) {
          yield undefined;
          return;
        }
        yield [pair[0] as string, entry];
      }
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
 * `{ key }`, then the articles, a few hundred per record, `v8.serialize`d with their ranges and
 * number lists packed into typed arrays (`pack`). The lengths catch a truncated file and the
 * digests a corrupted one before `v8.deserialize` sees a byte; anything wrong is a miss (the
 * server then indexes from scratch), never an exception.
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

  read(workspace: string): PersistedIndex | undefined {
    try {
      const bytes = readFileSync(this.fileOf(workspace));
      if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
      const records: unknown[] = [];
      for (let at = MAGIC.length; at < bytes.length;) {
        const lineEnd = bytes.indexOf(10, at);
        if (lineEnd === -1 || lineEnd - at > 64) return undefined;
        const [length, digest] = bytes.toString('latin1', at, lineEnd).split(' ');
        const end = lineEnd + 1 + Number(length);
        if (!/^\d+$/.test(length) || end > bytes.length) return undefined;
        const payload = bytes.subarray(lineEnd + 1, end);
        if (sha1(payload) !== digest) return undefined;
        records.push(deserialize(payload));
        at = end;
      }
      const [head, ...batches] = records as Array<{ key?: unknown } | undefined>;
      if (typeof head !== 'object' || head === null || typeof head.key !== 'string') return undefined;
      const articles = new Map<string, PersistedArticle>();
      for (const batch of batches) {
        if (!Array.isArray(batch)) return undefined;
        for (const pair of batch as unknown[]) {
          if (!Array.isArray(pair) || typeof pair[0] !== 'string') return undefined;
          const entry = validEntry(pair[0], unpack(pair[1]));
          if (!entry) return undefined;
          articles.set(pair[0], entry);
        }
      }
      return { key: head.key, articles };
    } catch {
      return undefined;
    }
  }

  /** The same as `read`, a record at a time (see `IndexFile`): only one record is deserialised at once. */
  readEntries(workspace: string): PersistedIndexStream | undefined {
    const file = IndexFile.open(this.fileOf(workspace), MAGIC);
    if (!file) return undefined;
    try {
      const [first, ...batches] = file.records;
      const head = first && file.payload(first);
      const parsed = head && (deserialize(head) as { key?: unknown } | undefined);
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.key !== 'string') {
        file.close();
        return undefined;
      }
      return { key: parsed.key, articles: entriesOf(file, batches), close: () => file.close() };
    } catch {
      file.close();
      return undefined;
    }
  }

  /**
   * Writes the index (a snapshot: entries are not changed after they are handed over) a few
   * hundred articles at a time, letting the server answer requests in between, then renames it
   * into place, so a reader sees the old file or the new one, never half of one.
   */
  async write(workspace: string, index: PersistedIndex | PersistedIndexWrite): Promise<void> {
    const file = this.fileOf(workspace);
    const partial = `${file}.${process.pid}-${++writes}.tmp`;
    let out: FileHandle | undefined;
    try {
      mkdirSync(this.folder, { recursive: true });
      out = await open(partial, 'w');
      await out.write(Buffer.from(MAGIC, 'latin1'));
      // Each record goes to the file as soon as it is made: only one batch is in memory at a time.
      const record = async (payload: Buffer): Promise<void> => {
        await out!.writev([Buffer.from(`${payload.length} ${sha1(payload)}\n`, 'latin1'), payload]);
      };
      await record(serialize({ key: index.key }));
      // The articles are taken a record at a time (the service makes each entry as it is asked for).
      let batch: Array<[string, unknown]> = [];
      for (const [uri, entry] of index.articles) {
        batch.push([uri, pack(entry)]);
        if (batch.length < ARTICLES_PER_RECORD) continue;
        await record(serialize(batch));
        batch = [];
      }
      if (batch.length > 0) await record(serialize(batch));
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
