// The lines of a gazetteer file as the fast reader walks them: content lines only, comments and
// blank lines skipped.

import { DASH, GIVE_UP, HASH, SPACE } from './fastYamlSyntax';

/** Where a line's content starts, and the line's extent. */
export interface Line {
  start: number;
  /** Offset of the first non-space character. */
  content: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  indent: number;
  /** The deepest indentation of the comment lines just before this line; -1 if there are none. */
  commentIndent: number;
}

/**
 * The next line at or after `from` that is neither blank nor a comment; null at the end.
 *
 * Gives up when a skipped comment line is indented deeper than the content line after it (or at
 * all, at the end of the text): `yaml` then stretches the range of some of the collections that
 * end there over the comment, and which ones depends on its internals (found by the differential
 * test). Comments at the indentation of what follows, or less, are the usual style and are read.
 */
export function contentLineFrom(text: string, from: number): Line | null {
  let start = from;
  let commentIndent = -1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let content = start;
    while (content < end && text.charCodeAt(content) === SPACE) content++;
    if (content < end) {
      const indent = content - start;
      if (text.charCodeAt(content) !== HASH) {
        if (commentIndent > indent) throw GIVE_UP;
        return { start, content, end, indent, commentIndent };
      }
      if (indent > commentIndent) commentIndent = indent;
    }
    start = end + 1;
  }
  if (commentIndent > 0) throw GIVE_UP;
  return null;
}

export function isSeqItem(text: string, line: Line): boolean {
  if (text.charCodeAt(line.content) !== DASH) return false;
  const next = line.content + 1;
  return next === line.end || text.charCodeAt(next) === SPACE;
}

/** Just past the line break that ends `line` (the text's end if there is none). */
export function afterLine(text: string, line: Line): number {
  return line.end < text.length ? line.end + 1 : line.end;
}
