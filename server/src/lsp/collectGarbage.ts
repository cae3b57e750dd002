import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Asks V8 for a full collection, if it can be had; false if not. V8 lets the heap of a process
 * that allocates fast grow to two or three times what it keeps before it collects: indexing a
 * 10,000-article workspace keeps ~150 MB but would peak near 450 MB, mostly the garbage of
 * analyses already summarised. A collection between batches of the indexer (tens of
 * milliseconds each, a few per thousand articles) keeps the server's footprint near what it
 * keeps. The server is started by editors we do not control, so `--expose-gc` cannot be
 * relied on as a command-line flag; set at run time, it gives a `gc` to the next new context.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      gc = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  if (!gc) return false;
  gc();
  return true;
}
