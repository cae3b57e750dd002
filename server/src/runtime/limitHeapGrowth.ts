import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's heap grow by at most `percent` over what its last full collection kept, from the next
 * collection on (the flag is read at each one, and by every isolate made after: worker threads).
 *
 * V8 sizes the heap by how fast the program allocates, up to about four times what it keeps. A
 * process that allocates fast and keeps little then holds mostly garbage: the language server
 * keeps ~100 MB while typing in a 50,000-word article (each keystroke re-reads that text in
 * several passes) and peaked near 350 MB; a `check` worker kept ~110 MB and grew to ~290 MB.
 * Editors and shells start us with their own command line, so this is set at run time. Costs
 * more frequent concurrent collections: the bench's keystroke p95 and cold index show it
 * (`docs/performance.md`).
 */
export function limitHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // An engine without the flag keeps its own heuristics.
  }
}

/** The language server's growth: 35 % kept its peak at ~265 MB on the bench's 10,000-article workspace with typing (~320 MB without), keystroke p95 still ~35 ms. */
export const SERVER_HEAP_GROWING_PERCENT = 35;
