// chrono's readings of the date windows: all unread windows in one call, each window's results cached by its text.

import { newsChrono, type ChronoResult } from './newsChrono';
import type { Window } from './dateWindows';

/** Separator between windows: no chrono pattern matches across a NUL. */
const SEPARATOR = '\n\u0000\n';

/**
 * chrono's reference day. Only the components written in the text are used, never what chrono
 * infers from its reference, so the reference is fixed: mid-February of a leap year, where chrono
 * keeps a year-less "February 29" valid (its nearest year is then a leap year).
 */
const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2020, 1, 15, 12)), timezone: 0 };

/** chrono's results for one window's text, at offsets in that text. */
interface WindowHit {
  at: number;
  result: ChronoResult;
}

/**
 * chrono's results by window text. chrono reads each window on its own (the separator stops every
 * pattern and refiner), with a fixed reference, so a window's results depend only on its text;
 * re-analysing an edited article meets the same windows again and skips chrono, its largest cost.
 * The result objects are only read downstream. Bounded: cleared when full (a 50,000-word article
 * has a few thousand windows).
 */
const windowCache = new Map<string, WindowHit[]>();
const WINDOW_CACHE_LIMIT = 10_000;

/** chrono's results over every window, in order, each with the window it starts in. */
export function chronoResults(text: string, windows: Window[]): { window: Window; at: number; result: ChronoResult }[] {
  const texts = windows.map((w) => text.slice(w.start, w.end));
  // Keyed by a JSON copy: a slice keeps the whole article text alive, and the key outlives it.
  const keys = texts.map((t) => JSON.stringify(t));
  const hits: (WindowHit[] | undefined)[] = keys.map((k) => windowCache.get(k));
  const missing: number[] = [];
  for (let i = 0; i < windows.length; i++) if (!hits[i]) missing.push(i);
  if (missing.length > 0) {
    // The windows chrono has not seen are read in ONE call, joined as before.
    const offsets: number[] = [];
    let joined = 0;
    for (const i of missing) {
      offsets.push(joined);
      joined += texts[i].length + SEPARATOR.length;
      hits[i] = [];
    }
    const results = newsChrono.parse(missing.map((i) => texts[i]).join(SEPARATOR), CHRONO_REFERENCE);
    let crossed = false;
    let mi = 0;
    for (const result of results) {
      while (mi + 1 < missing.length && offsets[mi + 1] <= result.index) mi++;
      const at = result.index - offsets[mi];
      if (at + result.text.length > texts[missing[mi]].length) crossed = true; // never seen; then nothing is cached
      hits[missing[mi]]!.push({ at, result });
    }
    if (!crossed) {
      if (windowCache.size + missing.length > WINDOW_CACHE_LIMIT) windowCache.clear();
      for (const i of missing) windowCache.set(keys[i], hits[i]!);
    }
  }
  const out: { window: Window; at: number; result: ChronoResult }[] = [];
  for (let i = 0; i < windows.length; i++) for (const hit of hits[i]!) out.push({ window: windows[i], at: hit.at, result: hit.result });
  return out;
}
