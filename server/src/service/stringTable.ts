/**
 * A copy of `text` that shares no memory with a longer string, and is flat. V8 makes a substring
 * of 13 characters or more a view into its parent, so an article's title or an annotation's id
 * kept as sliced from the text keeps the whole text alive: the index of 10,000 articles held every
 * article's text (~27 MB) through their titles. And `JSON.stringify` builds its result as a tree
 * of concatenated parts (~30 bytes a node), which a copy made by the JSON parser is not.
 */
export function ownCopy(text: string): string {
  if (text.length < 13) return text;
  // The text copied last, asked for again: an article's title is kept by its summary and by its
  // corpus view, one after the other, and one copy serves both.
  if (text === lastCopy) return lastCopy;
  return (lastCopy = JSON.parse(JSON.stringify(text)) as string);
}

let lastCopy = '';

/** Reads numbered strings: the workspace's table, or the table of a saved index being read. */
export interface StringsAt {
  at(n: number): string;
}

/**
 * Strings numbered once for a whole workspace index: entity ids, figure keys, the timelines' date
 * texts and values, and the names and repeated words of the corpus views' figures repeat across
 * articles, so an article keeps small numbers instead of references (8 bytes each, plus the
 * array) and, for strings read back from the saved index, its own copy of each. Never shrinks: it
 * holds each distinct string once, however many articles use it, and a number once given stands
 * for the same string for as long as the table lives (the saved index is written with it).
 */
export class StringTable implements StringsAt {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /**
   * The number of `text`, numbering it if it is new. `owned`: the caller's string already shares
   * nothing with a longer one (one just read from the saved index), so it is kept without a copy.
   */
  numberOf(text: string, owned = false): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      const own = owned ? text : ownCopy(text);
      n = this.strings.push(own) - 1;
      this.numbers.set(own, n);
    }
    return n;
  }

  /** The number of `text` if it was ever numbered, else -1 (looking up adds nothing). */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }

  at(n: number): string {
    return this.strings[n];
  }

  get size(): number {
    return this.strings.length;
  }
}
