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
  private constructor(private readonly fd: number, readonly records: IndexRecord[]) {}

  /** The file's records after `magic`, or undefined if it cannot be read or any record is damaged. */
  static open(file: string, magic: string): IndexFile | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const records = checkedRecords(fd, magic);
      if (!records) {
        closeSync(fd);
        return undefined;
      }
      return new IndexFile(fd, records);
    } catch {
      if (fd !== undefined) closeSync(fd);
      return undefined;
    }
  }

  /** A record's bytes, or undefined if they are no longer what the header said. */
  payload(record: IndexRecord): Buffer | undefined {
    const bytes = Buffer.allocUnsafe(record.length);
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

function checkedRecords(fd: number, magic: string): IndexRecord[] | undefined {
  const size = fstatSync(fd).size;
  const head = Buffer.alloc(Math.max(magic.length, MAX_HEADER + 1));
  if (readSync(fd, head, 0, magic.length, 0) !== magic.length || head.toString('latin1', 0, magic.length) !== magic) return undefined;
  const chunk = Buffer.allocUnsafe(CHUNK);
  const records: IndexRecord[] = [];
  for (let at = magic.length; at < size;) {
    const got = readSync(fd, head, 0, MAX_HEADER + 1, at);
    const lineEnd = head.subarray(0, got).indexOf(10);
    if (lineEnd === -1) return undefined;
    const [length, digest] = head.toString('latin1', 0, lineEnd).split(' ');
    if (!/^\d+$/.test(length) || typeof digest !== 'string') return undefined;
    const start = at + lineEnd + 1;
    const end = start + Number(length);
    if (end > size) return undefined;
    const hash = createHash('sha1');
    for (let from = start; from < end;) {
      const n = readSync(fd, chunk, 0, Math.min(CHUNK, end - from), from);
      if (n <= 0) return undefined;
      hash.update(chunk.subarray(0, n));
      from += n;
    }
    if (hash.digest('hex') !== digest) return undefined;
    records.push({ at: start, length: Number(length), digest });
    at = end;
  }
  return records;
}
