/**
 * YAML nested deeper than this is not handed to a YAML parser at all. The parsers recurse per
 * level, and near the end of the stack V8 may abort the whole process (a lazily compiled regular
 * expression fails with "RegExpCompiler Allocation failed") instead of throwing a RangeError, so
 * catching the overflow is not enough. Gazetteer entries, front matter and `.newsmd.yaml` are a
 * few levels deep.
 */
export const MAX_YAML_DEPTH = 1_000;

/**
 * Where a YAML text first nests deeper than `limit`, counting open flow collections (`[`, `{`)
 * plus block indentation levels; -1 when it never does. It reads characters, not YAML: quoted
 * scalars and comments are skipped so that brackets inside them do not count, and anything it
 * misreads only makes the count differ on files far deeper than any real gazetteer.
 */
export function firstOffsetDeeperThan(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) { lineStart = true; indent = 0; continue; }
    if (lineStart) {
      if (c === 32 /* space */ || c === 45 /* - as a sequence marker */ && isBlank(text.charCodeAt(i + 1))) { indent++; continue; }
      if (c === 13 /* \r */) continue;
      if (c === 35 /* # */) { i = endOfLine(text, i) - 1; continue; }
      lineStart = false;
      if (flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return i;
      }
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++flow + indents.length > limit) return i;
    } else if ((c === 93 /* ] */ || c === 125 /* } */) && flow > 0) {
      flow--;
    } else if ((c === 34 /* " */ || c === 39 /* ' */) && startsToken(text, i)) {
      i = endOfQuoted(text, i);
    } else if (c === 35 /* # */ && isBlank(text.charCodeAt(i - 1))) {
      i = endOfLine(text, i) - 1;
    }
  }
  return -1;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** A quote opens a quoted scalar only where a value can start, not inside a word like `Ira'q`. */
function startsToken(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return at === 0 || isBlank(before) || before === 58 /* : */ || before === 44 /* , */ || before === 91 || before === 123 || before === 45;
}

function endOfQuoted(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') { i++; continue; }
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") { i++; continue; }
      return i;
    }
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
