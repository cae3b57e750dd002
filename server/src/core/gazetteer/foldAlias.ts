// Apostrophes (’ ‘ ʼ ` ´ ′) become one; hyphens, dashes, underscores and runs of space become one space.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_]+/g;

/**
 * The form under which two names count as the same for collisions: `Al-Asad`, `al Asad` and
 * `al‐asad` fold together; `Sha’ab` and `Sha'ab` too. Case is folded entirely (an acronym `IS`
 * collides with a name `Is`), since the gazetteer side reports anything a reader might confuse.
 */
export function foldAlias(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(SEPARATORS, ' ').trim();
}

/**
 * Whether folding `text` is only lower-casing it: ASCII, with no apostrophe to unify (a backquote),
 * no hyphen or underscore, and spaces only single and inside. Most names are; the RegExps of the
 * general case were most of the alias-collision check.
 */
function isPlainAscii(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c < 0x20 || c === 0x2d || c === 0x5f || c === 0x60) return false;
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) return false;
  }
  return true;
}
