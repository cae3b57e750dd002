import type { Position, Range, Span } from '../types';

/**
 * Converts UTF-16 offsets to LSP positions and back. Built once per text; lookups are a binary
 * search over line starts. `\r\n`, `\n` and lone `\r` all end a line, as in LSP.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  private static last: LineIndex | undefined;

  /**
   * The index of `text`, shared with the last caller that asked for the same text: one analysis
   * needs it in several stages (suppression lines, then diagnostics), and it is immutable.
   */
  static of(text: string): LineIndex {
    const last = LineIndex.last;
    if (last && last.text === text) return last;
    const built = new LineIndex(text);
    LineIndex.last = built;
    return built;
  }

  /**
   * The index of `text`, made from `previous` (the index of the text before an edit that replaced
   * `previous` text's [start, oldEnd) by `text`'s [start, newEnd)): only the edited lines are
   * scanned; the line starts after them move by the length change.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = previous.lineStarts;
    const starts: number[] = [];
    let k = 0;
    // A line start depends on the character before it (and, after a `\r`, on its own).
    while (k < old.length && old[k] < start) starts.push(old[k++]);
    if (start === 0) starts.push(0);
    const to = Math.min(newEnd, text.length - 1);
    for (let i = Math.max(0, start - 1); i <= to; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        if (i + 1 >= start) starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        if (i + 1 >= start) starts.push(i + 1);
      }
    }
    const delta = newEnd - oldEnd;
    const last = starts[starts.length - 1];
    for (k = 0; k < old.length; k++) {
      const moved = old[k] + delta;
      if (old[k] > oldEnd + 1 && moved > last) starts.push(moved);
    }
    const built = new LineIndex(text, starts);
    LineIndex.last = built;
    return built;
  }

  constructor(private readonly text: string, lineStarts?: number[]) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the `\r` and the `\n` of a line break (a YAML error may point there) is
    // the line's end: no position lies inside a line terminator.
    return { line: lo, character: Math.min(clamped, this.lineEnd(lo)) - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** Offset of the line's start. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just before the line's terminator. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
