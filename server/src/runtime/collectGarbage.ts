import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * Asks V8 for a full collection, if it can be had; false if not. V8 lets the heap of a process
 * that allocates fast grow to two or three times what it keeps before it collects: indexing a
 * 10,000-article workspace keeps ~150 MB but would peak near 450 MB, mostly the garbage of
 * analyses already summarised. The server's heap is bounded by `limitHeapGrowth` and offered
 * a collection between indexing batches (`collectGarbageIfLarge`); `check` asks for one after a
 * phase that leaves much garbage. The server is started by editors we do not control, so `--expose-gc` cannot be
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

/** The heap (in use, garbage included) from which `collectGarbageIfLarge` collects. */
export const LARGE_HEAP_BYTES = 160 * 2 ** 20;

/**
 * A full collection if the heap in use is `large` bytes or more; false if it did not collect.
 * The server's heap is also bounded by `limitHeapGrowth` (35 % over what V8's last full
 * collection kept). While the heap is small that is enough, and forced collections only cost
 * time (one every 500 articles: 1.6 s of a cold 10,000-article index of 13 s, for no lower
 * peak). A large heap is where 35 % is many megabytes and compaction pays: a 100,000-article
 * index peaked at 366 MB with a collection every 500 articles and at 404 MB with one every 2,500.
 */
export function collectGarbageIfLarge(large = LARGE_HEAP_BYTES): boolean {
  return getHeapStatistics().used_heap_size >= large && collectGarbage();
}
