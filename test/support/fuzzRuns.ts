// How many random cases a property test runs, for every suite that has them (unit and reliability).

/**
 * Cases per property: small enough for CI (the whole stage in about two minutes), and
 * NEWSMD_FUZZ_RUNS=<n> for long runs (it replaces every default count).
 */
export function fuzzRuns(ciDefault: number): number {
  const asked = Number(process.env.NEWSMD_FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : ciDefault;
}

/**
 * NEWSMD_FUZZ_SEED=<n> replays a run: a failing property prints its seed (and path). Unset, every
 * run draws a new seed, so CI keeps exploring new cases.
 */
export function fuzzSeed(): number | undefined {
  const seed = Number(process.env.NEWSMD_FUZZ_SEED);
  return Number.isInteger(seed) ? seed : undefined;
}
