const BINS = 37; // a–z, 0–9, anything else

function bin(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return 36;
}

/**
 * Finds the ids closest to a mistyped one. Comparing against 100,000 ids by edit distance alone
 * takes a quarter of a second; a per-id letter histogram (built on first use, 37 bytes an id)
 * gives a lower bound on the distance in a few dozen operations, so the full comparison runs
 * only for the few ids that could be near.
 */
export class NearestIds {
  private histograms: Uint8Array | null = null;

  constructor(private readonly ids: readonly string[]) {}

  /** Up to `limit` ids closest to `id` (ties by id), within a distance that grows with its length. */
  find(id: string, limit: number): string[] {
    const max = Math.min(6, Math.max(2, Math.ceil(id.length / 3)));
    const histograms = (this.histograms ??= buildHistograms(this.ids));
    const query = new Int16Array(BINS);
    for (let k = 0; k < id.length; k++) query[bin(id.charCodeAt(k))]++;

    const best: Array<[number, string]> = [];
    let bound = max;
    for (let i = 0; i < this.ids.length; i++) {
      const candidate = this.ids[i];
      if (Math.abs(candidate.length - id.length) > bound) continue;
      let more = 0;
      let fewer = 0;
      const base = i * BINS;
      for (let b = 0; b < BINS; b++) {
        const d = histograms[base + b] - query[b];
        if (d > 0) more += d;
        else fewer -= d;
      }
      if (Math.max(more, fewer) > bound) continue;
      const distance = boundedDistance(id, candidate, bound);
      if (distance > bound) continue;
      best.push([distance, candidate]);
      best.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      if (best.length > limit) best.pop();
      if (best.length === limit) bound = best[limit - 1][0];
    }
    return best.map(([, c]) => c);
  }
}

function buildHistograms(ids: readonly string[]): Uint8Array {
  const out = new Uint8Array(ids.length * BINS);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const base = i * BINS;
    for (let k = 0; k < id.length; k++) {
      const at = base + bin(id.charCodeAt(k));
      if (out[at] < 255) out[at]++;
    }
  }
  return out;
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (curr[j] < rowMin) rowMin = curr[j];
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}
