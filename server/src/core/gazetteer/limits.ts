// Bounds that keep hostile or accidental input from hanging or crashing the server (SPEC §8).

/** Larger files are refused: `yaml` needs ~70× the file size in memory (1.8 GB for 25 MB). */
export const MAX_GAZETTEER_CHARS = 64 * 1024 * 1024;

/** Nesting deeper than this is refused; real entries are 2–4 levels deep. */
export const MAX_NESTING_DEPTH = 200;

/**
 * How many values YAML aliases (`*name`) may expand to in one file. Plays the part of `yaml`'s
 * `maxAliasCount`, which we cannot use because its `toJS` looks anchors up by scanning the whole
 * document per alias (quadratic).
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** A broken file can yield thousands of YAML errors; the first few are the useful ones. */
export const MAX_SYNTAX_DIAGNOSTICS_PER_FILE = 20;
