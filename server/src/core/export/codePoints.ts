// brat counts offsets in Unicode code points (Python string indices); the core counts UTF-16
// code units. They differ by one for every astral character (emoji, some CJK) before the offset.

/** Converts UTF-16 offsets in `text` to code-point offsets; built once per text. */
export class CodePointOffsets {
  /** UTF-16 offsets of the low half of every surrogate pair, ascending. */
  private readonly lowSurrogates: number[] = [];

  constructor(text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) this.lowSurrogates.push(++i);
      }
    }
  }

  /** The code-point offset of UTF-16 offset `utf16` (pairs wholly before it count as one). */
  toCodePoint(utf16: number): number {
    // Number of low surrogates strictly before `utf16`, by binary search.
    let lo = 0;
    let hi = this.lowSurrogates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lowSurrogates[mid] < utf16) lo = mid + 1;
      else hi = mid;
    }
    return utf16 - lo;
  }
}
