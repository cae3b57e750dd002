import { promises as fs } from 'node:fs';
import { type SourceFile } from '../core';
import { describeFsError, isArticlePath } from '../workspace';

export { isArticlePath };

/** A problem that stops the run before anything is checked (a missing path, a bad gazetteer named): one line on stderr, exit 2. */
export class InputError extends Error {}

/** A file that could not be read: reported as `path: cannot read: reason`, and the run goes on. */
export class UnreadableError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: cannot read: ${reason}`);
  }
}

/** Refuse files so big they can only be a mistake; the core handles anything smaller. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FoundFile {
  /** The path as shown to the user: the given path, joined with the path inside a given folder. */
  display: string;
  absolute: string;
}

export function dedupe<T extends { absolute: string }>(files: T[]): T[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.absolute) ? false : (seen.add(f.absolute), true)));
}

/**
 * Reads a file as text for the core. A binary article (NUL bytes) is refused rather than analysed
 * as gibberish; gazetteers pass through (`allowBinary`) because the core reports their bad bytes
 * as a positioned `gazetteer-syntax` diagnostic. Invalid UTF-8 is decoded with replacement
 * characters. Throws UnreadableError.
 */
export async function readSource(file: FoundFile, options: { allowBinary?: boolean } = {}): Promise<SourceFile> {
  return sourceFromBytes(file.display, await readBytes(file), options);
}

/** A file's bytes, refused as `readSource` refuses it (not a regular file, too large, unreadable). */
export async function readBytes(file: FoundFile): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file.absolute);
    if (!st.isFile()) throw new UnreadableError(file.display, st.isDirectory() ? 'is a folder' : 'not a regular file');
    if (st.size > MAX_FILE_BYTES) throw new UnreadableError(file.display, `too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})`);
    bytes = await fs.readFile(file.absolute);
  } catch (err) {
    if (err instanceof UnreadableError) throw err;
    throw new UnreadableError(file.display, describeFsError(err));
  }
  return bytes;
}

export function sourceFromBytes(display: string, bytes: Uint8Array, options: { allowBinary?: boolean } = {}): SourceFile {
  if (!options.allowBinary) refuseBinary(display, bytes);
  return { uri: display, text: decodeText(bytes) };
}

/** Refuses a binary article (NUL bytes) rather than have it analysed as gibberish. */
export function refuseBinary(display: string, bytes: Uint8Array): void {
  if (bytes.includes(0)) throw new UnreadableError(display, 'binary content (NUL bytes), not a text file');
}

/** UTF-8, invalid sequences as replacement characters. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
