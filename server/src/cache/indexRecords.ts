import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Where one record of an index file is: its payload's offset and length, and the sha1 it must have. */
export interface IndexRecord {
  at: number;
  length: number;
  digest: string;
}

/** A record's header line (`<length> <sha1>\n`) is never longer than this. */
const MAX_HEADER = 64;
const CHUNK = 1 << 20;

/**
 * An index file opened for reading a record at a time (issue 15: the index of 100,000 articles
 * is ~340 MB; read whole and deserialised at once, the server peaked at 1.5 GB on a warm start).
 * `open` checks every record's length and digest first, reading in chunks, so a truncated or
 * corrupted file is a miss before anything is restored; `payload` checks the record again as it
 * reads it (the file may have been replaced meanwhile).
 */
export class IndexFile {
  private scratch = Buffer.alloc(0);

  private constructor(private readonly fd: number, readonly records: IndexRecord[]) {}

  /**
   * The file's records after `magic`; undefined if there is no file; else why it cannot be used
   * (another format, not an index, truncated, a record that does not match its digest, unreadable).
   */
  static open(file: string, magic: string): IndexFile | { problem: string } | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // No file, or no folder for it: nothing was saved there.
      return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : { problem: `cannot be read (${code ?? String(err)})` };
    }
    try {
      const records = checkedRecords(fd, magic);
      if (typeof records === 'string') {
        closeSync(fd);
        return { problem: records };
      }
      return new IndexFile(fd, records);
    } catch (err) {
      closeSync(fd);
      return { problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
    }
  }

  /**
   * A record's bytes, or undefined if they are no longer what the header said. They are read into
   * a buffer the file reuses (a new one per record was ~90 MB of native buffers over a warm
   * start, each freed only when a collection found it): valid until the next `payload`.
   */
  payload(record: IndexRecord): Buffer | undefined {
    if (this.scratch.length < record.length) this.scratch = Buffer.allocUnsafe(Math.max(record.length, 2 * this.scratch.length));
    const bytes = this.scratch.subarray(0, record.length);
    if (readSync(this.fd, bytes, 0, record.length, record.at) !== record.length) return undefined;
    return createHash('sha1').update(bytes).digest('hex') === record.digest ? bytes : undefined;
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

/** The records, or what is wrong with the file. */
function checkedRecords(fd: number, magic: string): IndexRecord[] | string {
  const size = fstatSync(fd).size;
  const head = Buffer.alloc(Math.max(magic.length, MAX_HEADER + 1));
  const got = readSync(fd, head, 0, head.length, 0);
  const first = head.toString('latin1', 0, got);
  if (!first.startsWith(magic)) {
    if (got === 0) return 'is empty';
    if (magic.startsWith(first)) return 'is truncated';
    // `newsmd-index N`: written by another version of the server, in another format.
    const other = /^newsmd-index \S+(?=\n)/.exec(first);
    return other ? `is of another format (${other[0]})` : 'is not an index file';
  }
  const chunk = Buffer.allocUnsafe(CHUNK);
  const records: IndexRecord[] = [];
  for (let at = magic.length; at < size;) {
    const read = readSync(fd, head, 0, MAX_HEADER + 1, at);
    const lineEnd = head.subarray(0, read).indexOf(10);
    if (lineEnd === -1) return read <= MAX_HEADER ? 'is truncated' : 'is damaged (a record header is not one)';
    const [length, digest] = head.toString('latin1', 0, lineEnd).split(' ');
    if (!/^\d+$/.test(length) || typeof digest !== 'string') return 'is damaged (a record header is not one)';
    const start = at + lineEnd + 1;
    const end = start + Number(length);
    if (end > size) return 'is truncated';
    const hash = createHash('sha1');
    for (let from = start; from < end;) {
      const n = readSync(fd, chunk, 0, Math.min(CHUNK, end - from), from);
      if (n <= 0) return 'is truncated';
      hash.update(chunk.subarray(0, n));
      from += n;
    }
    if (hash.digest('hex') !== digest) return 'is damaged (a record does not match its digest)';
    records.push({ at: start, length: Number(length), digest });
    at = end;
  }
  return records;
}
