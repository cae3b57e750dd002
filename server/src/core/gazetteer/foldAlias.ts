// Apostrophes (’ ‘ ʼ ` ´ ′) become one; hyphens, dashes, underscores and runs of space become one space.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_]+/g;

/**
 * The form under which two names count as the same for collisions: `Al-Asad`, `al Asad` and
 * `al‐asad` fold together; `Sha’ab` and `Sha'ab` too. Case is folded entirely (an acronym `IS`
 * collides with a name `Is`), since the gazetteer side reports anything a reader might confuse.
 */
export function foldAlias(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(SEPARATORS, ' ').trim();
}
