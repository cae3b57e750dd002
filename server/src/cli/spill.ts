import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { FileRecord } from './fileReport';

// Where `check` keeps each file's rendered part of the report between its analysis (pass 1) and
// the report (pass 2, once the corpus check is done): in memory for small runs, else in a temp
// file, one frame per record — so what a run holds per article stays the compact corpus entry
// plus a few numbers, however large the reports are. Frames: byte length of a JSON header, byte
// length of the body, the header (UTF-16 lengths of head and items, the merge keys), the body
// (head and items concatenated), all UTF-8.

export interface RecordSink {
  /** Stores a record; returns where it is (offset, length) for `RecordSource.read`. */
  add(record: FileRecord): [number, number];
  close(): void;
}

export interface RecordSource {
  read(offset: number, length: number): FileRecord;
  close(): void;
}

/** Records kept as they are; the offset is the record's number. */
export class MemorySpill implements RecordSink, RecordSource {
  private records: (FileRecord | undefined)[] = [];

  add(record: FileRecord): [number, number] {
    this.records.push(record);
    return [this.records.length - 1, 0];
  }

  /** Each record is read once: it is let go as it is read. */
  read(offset: number): FileRecord {
    const record = this.records[offset];
    if (!record) throw new Error(`spilled record ${offset} missing`);
    this.records[offset] = undefined;
    return record;
  }

  close(): void {}
}

interface FrameHeader {
  /** UTF-16 lengths: the head, then each item. */
  l: number[];
  s?: number[];
  c?: string[];
}

export function encodeRecord(record: FileRecord): Buffer {
  const header: FrameHeader = { l: [record.head.length, ...record.items.map((i) => i.length)] };
  if (record.starts) header.s = record.starts;
  if (record.codes) header.c = record.codes;
  const headerText = JSON.stringify(header);
  const body = record.head + record.items.join('');
  const headerBytes = Buffer.byteLength(headerText);
  const bodyBytes = Buffer.byteLength(body);
  const frame = Buffer.allocUnsafe(8 + headerBytes + bodyBytes);
  frame.writeUInt32LE(headerBytes, 0);
  frame.writeUInt32LE(bodyBytes, 4);
  frame.write(headerText, 8, 'utf8');
  frame.write(body, 8 + headerBytes, 'utf8');
  return frame;
}

export function decodeRecord(frame: Buffer): FileRecord {
  const headerBytes = frame.readUInt32LE(0);
  const bodyBytes = frame.readUInt32LE(4);
  const header = JSON.parse(frame.toString('utf8', 8, 8 + headerBytes)) as FrameHeader;
  const body = frame.toString('utf8', 8 + headerBytes, 8 + headerBytes + bodyBytes);
  let at = header.l[0];
  const record: FileRecord = { head: body.slice(0, at), items: [] };
  for (let i = 1; i < header.l.length; i++) {
    record.items.push(body.slice(at, at + header.l[i]));
    at += header.l[i];
  }
  if (header.s) record.starts = header.s;
  if (header.c) record.codes = header.c;
  return record;
}

/** Appends frames to a file, about a megabyte per write. */
export class FileSpillWriter implements RecordSink {
  private readonly fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w', 0o600);
  }

  add(record: FileRecord): [number, number] {
    const frame = encodeRecord(record);
    const offset = this.written + this.pendingBytes;
    this.pending.push(frame);
    this.pendingBytes += frame.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
    return [offset, frame.length];
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    for (let done = 0; done < data.length;) done += writeSync(this.fd, data, done, data.length - done);
    this.written += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Reads frames back, in order of offset, through a window of a few megabytes. */
export class FileSpillReader implements RecordSource {
  private readonly fd: number;
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(path: string, private readonly windowBytes = 4 << 20) {
    this.fd = openSync(path, 'r');
  }

  read(offset: number, length: number): FileRecord {
    if (offset < this.windowStart || offset + length > this.windowStart + this.window.length) {
      const size = Math.max(this.windowBytes, length);
      if (this.window.length < size) this.window = Buffer.allocUnsafe(size);
      let got = 0;
      while (got < size) {
        const n = readSync(this.fd, this.window, got, size - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      if (got < length) throw new Error(`spill file truncated at ${offset + got}`);
      this.windowStart = offset;
      this.window = this.window.subarray(0, got);
    }
    const at = offset - this.windowStart;
    return decodeRecord(this.window.subarray(at, at + length));
  }

  close(): void {
    closeSync(this.fd);
  }
}
