import { tokenize } from './nameTokens';
import { PairTable } from './pairTable';
import { scanTextTokens, type TextTokens } from './textTokens';
import { Vocabulary } from './vocabulary';

/** A token trie over names and aliases; terminals hold the indices of the entries they name. */
export class NameTrie {
  private readonly vocabulary = new Vocabulary();
  private readonly edges = new PairTable(4096);
  /** Entry index + 1 of a terminal node named by one entry; 0 if none (or see `shared`). */
  private terminal = new Int32Array(4096);
  /** Terminal nodes named by several entries (ambiguous names). */
  private readonly shared = new Map<number, number[]>();
  private nodeCount = 1; // node 0 is the root
  /** Longest name, in tokens; bounds every walk. */
  maxTokens = 0;

  /** Adds a name of entry `entry`. Returns false if the name has no word characters. */
  add(name: string, entry: number): boolean {
    const tokens = tokenize(name);
    const count = tokens.start.length;
    if (count === 0) return false;
    let node = 0;
    for (let t = 0; t < count; t++) {
      // A name token in capitals (`IS`) is keyed exactly; any other is folded.
      const key = tokens.exact[t] ?? tokens.folded[t];
      const id = this.vocabulary.add(key);
      let child = this.edges.get(node, id);
      if (child === -1) {
        child = this.nodeCount++;
        this.edges.set(node, id, child);
      }
      node = child;
    }
    this.markTerminal(node, entry);
    if (count > this.maxTokens) this.maxTokens = count;
    return true;
  }

  private markTerminal(node: number, entry: number): void {
    if (node >= this.terminal.length) {
      const grown = new Int32Array(Math.max(node + 1, this.terminal.length * 2));
      grown.set(this.terminal);
      this.terminal = grown;
    }
    const list = this.shared.get(node);
    if (list) {
      if (!list.includes(entry)) list.push(entry);
      return;
    }
    const single = this.terminal[node];
    if (single === 0) this.terminal[node] = entry + 1;
    else if (single !== entry + 1) {
      this.shared.set(node, [single - 1, entry]);
      this.terminal[node] = 0;
    }
  }

  private entriesAt(node: number): number[] | null {
    const single = node < this.terminal.length ? this.terminal[node] : 0;
    if (single !== 0) return [single - 1];
    return this.shared.get(node) ?? null;
  }

  /** The tokens of `text[from, to)` with their vocabulary ids. */
  scan(text: string, from: number, to: number): TextTokens {
    return scanTextTokens(text, from, to, this.vocabulary);
  }

  /** Every name that starts at token `first`, longest first, as `[lastToken, entries]`. */
  matchesAt(tokens: TextTokens, first: number): Array<[number, number[]]> {
    const folded = tokens.folded[first];
    const exact = tokens.exact[first];
    // Most words of an article start no name (even ones some name contains, like "of"): answer
    // them without allocating a walk.
    if ((folded === -1 || this.edges.get(0, folded) === -1) && (exact === -1 || this.edges.get(0, exact) === -1)) return NONE;
    const found: Array<[number, number[]]> = [];
    let frontier = [0];
    const last = Math.min(tokens.count - 1, first + this.maxTokens - 1);
    for (let t = first; t <= last; t++) {
      if (t > first && tokens.joinable[t] === 0) break;
      const next: number[] = [];
      let entries: number[] | null = null;
      for (const node of frontier) {
        for (let which = 0; which < 2; which++) {
          const id = which === 0 ? tokens.folded[t] : tokens.exact[t];
          if (id === -1) continue;
          const child = this.edges.get(node, id);
          if (child === -1) continue;
          next.push(child);
          const named = this.entriesAt(child);
          if (named) entries = entries ? union(entries, named) : named;
        }
      }
      if (next.length === 0) break;
      if (entries) found.push([t, entries]);
      frontier = next;
    }
    return found.reverse();
  }
}

const NONE: Array<[number, number[]]> = [];

function union(a: number[], b: number[]): number[] {
  const out = a.slice();
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}
