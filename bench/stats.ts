// Small timing helpers. Wall-clock time (performance.now) is what users wait for, so that is
// what every row reports; runs are repeated and summarised by median and 95th percentile.

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: number[]): number {
  return quantile(values, 0.95);
}

/** Nearest-rank quantile of a non-empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Milliseconds one call of `run` takes. */
export function timeOnce<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** Milliseconds of each of `times` calls, after `warmup` untimed calls. */
export function timeRuns(times: number, warmup: number, run: (i: number) => unknown): number[] {
  for (let i = 0; i < warmup; i++) run(i);
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run(i);
    out.push(performance.now() - start);
  }
  return out;
}
