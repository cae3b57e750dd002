import { nameKeys } from './nameTokens';
import { PairTable, type PairTableData } from './pairTable';
import { scanTextTokens, type TextTokens } from './textTokens';
import { Vocabulary } from './vocabulary';

/** A `NameTrie` as flat data (strings and typed arrays), for a cache. */
export interface NameTrieData {
  keys: string[];
  edges: PairTableData;
  terminal: Int32Array;
  /** Ambiguous terminals, flattened: node, count, then that many entry indices; repeated. */
  shared: Int32Array;
  nodeCount: number;
  maxTokens: number;
}

/** See `NameTrie.shape`. */
export interface NameTrieShape {
  nodeCount: number;
  /** Per node, its parent (-1 for the root). */
  parent: Int32Array;
  /** Per node, the vocabulary id of the token leading to it (-1 for the root); `keys` holds the keys. */
  token: Int32Array;
  keys: readonly string[];
  /** Terminal node and entry index, pair by pair. */
  terminalNodes: Int32Array;
  terminalEntries: Int32Array;
}

/** A token trie over names and aliases; terminals hold the indices of the entries they name. */
export class NameTrie {
  private vocabulary = new Vocabulary();
  private edges = new PairTable(4096);
  /** Entry index + 1 of a terminal node named by one entry; 0 if none (or see `shared`). */
  private terminal: Int32Array = new Int32Array(4096);
  /** Terminal nodes named by several entries (ambiguous names). */
  private readonly shared = new Map<number, number[]>();
  private nodeCount = 1; // node 0 is the root
  /** Longest name, in tokens; bounds every walk. */
  maxTokens = 0;
  /** Scratch frontiers of `matchesAt` (it is not re-entrant). */
  private frontierA = new Int32Array(8);
  private frontierB = new Int32Array(8);

  /**
   * The trie as flat data: restoring it (`fromData`) is a few copies of typed arrays instead of
   * tokenising every name again. The arrays are the trie's own; serialise them before adding more.
   */
  data(): NameTrieData {
    let sharedLength = 0;
    for (const list of this.shared.values()) sharedLength += 2 + list.length;
    const shared = new Int32Array(sharedLength);
    let at = 0;
    for (const [node, list] of this.shared) {
      shared[at++] = node;
      shared[at++] = list.length;
      for (const entry of list) shared[at++] = entry;
    }
    return {
      keys: this.vocabulary.keyList(),
      edges: this.edges.data(),
      terminal: this.terminal.slice(0, Math.min(this.nodeCount, this.terminal.length)),
      shared,
      nodeCount: this.nodeCount,
      maxTokens: this.maxTokens,
    };
  }

  /** A trie from its `data()`; null if the data is not consistent (a damaged cache). */
  static fromData(data: NameTrieData, entryCount: number): NameTrie | null {
    const { terminal, shared, nodeCount, maxTokens } = data;
    if (!(terminal instanceof Int32Array) || !(shared instanceof Int32Array)) return null;
    if (!Number.isInteger(nodeCount) || nodeCount < 1 || terminal.length > nodeCount || !Number.isInteger(maxTokens) || maxTokens < 0) return null;
    const vocabulary = Vocabulary.fromKeys(data.keys);
    const edges = data.edges && PairTable.fromData(data.edges);
    if (!vocabulary || !edges) return null;
    for (let i = 0; i < terminal.length; i++) if (terminal[i] < 0 || terminal[i] > entryCount) return null;
    const trie = new NameTrie();
    for (let at = 0; at < shared.length; ) {
      const node = shared[at];
      const count = shared[at + 1];
      if (!(node >= 0 && node < nodeCount && count >= 2 && at + 2 + count <= shared.length)) return null;
      const list = Array.from(shared.subarray(at + 2, at + 2 + count));
      if (list.some((entry) => entry < 0 || entry >= entryCount)) return null;
      trie.shared.set(node, list);
      at += 2 + count;
    }
    trie.vocabulary = vocabulary;
    trie.edges = edges;
    trie.terminal = terminal.length > 0 ? terminal : new Int32Array(1);
    trie.nodeCount = nodeCount;
    trie.maxTokens = maxTokens;
    return trie;
  }

  /** Adds a name of entry `entry`. Returns false if the name has no word characters. */
  add(name: string, entry: number): boolean {
    // A name token in capitals (`IS`) is keyed exactly; any other is folded.
    const keys = nameKeys(name);
    const count = keys.length;
    if (count === 0) return false;
    let node = 0;
    for (let t = 0; t < count; t++) {
      const id = this.vocabulary.add(keys[t]);
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

  /**
   * The trie's shape, for a search over every name (completion, workspace symbols) that builds no
   * entity: each node's parent and the key of the token that leads to it (a child is numbered
   * after its parent, so one pass in node order visits parents first), and the entries each
   * terminal names, as pairs.
   */
  shape(): NameTrieShape {
    const parent = new Int32Array(this.nodeCount).fill(-1);
    const token = new Int32Array(this.nodeCount).fill(-1);
    this.edges.forEach((node, key, child) => {
      parent[child] = node;
      token[child] = key;
    });
    const terminalNodes: number[] = [];
    const terminalEntries: number[] = [];
    for (let node = 1; node < this.nodeCount; node++) {
      for (const entry of this.entriesAt(node) ?? []) {
        terminalNodes.push(node);
        terminalEntries.push(entry);
      }
    }
    return { nodeCount: this.nodeCount, parent, token, keys: this.vocabulary.keyList(), terminalNodes: Int32Array.from(terminalNodes), terminalEntries: Int32Array.from(terminalEntries) };
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
    let found: Array<[number, number[]]> | null = null;
    // The walk's frontiers live in two scratch arrays (swapped each step): nearly every walk ends
    // after a token or two with no name found, and should leave no garbage behind.
    let frontier = this.frontierA;
    let next = this.frontierB;
    frontier[0] = 0;
    let size = 1;
    const last = Math.min(tokens.count - 1, first + this.maxTokens - 1);
    for (let t = first; t <= last; t++) {
      if (t > first && tokens.joinable[t] === 0) break;
      if (next.length < size * 2) next = new Int32Array(size * 4);
      let nextSize = 0;
      let entries: number[] | null = null;
      for (let f = 0; f < size; f++) {
        const node = frontier[f];
        for (let which = 0; which < 2; which++) {
          const id = which === 0 ? tokens.folded[t] : tokens.exact[t];
          if (id === -1) continue;
          const child = this.edges.get(node, id);
          if (child === -1) continue;
          next[nextSize++] = child;
          const named = this.entriesAt(child);
          if (named) entries = entries ? union(entries, named) : named;
        }
      }
      if (nextSize === 0) break;
      if (entries) (found ??= []).push([t, entries]);
      const swap = frontier;
      frontier = next;
      next = swap;
      size = nextSize;
    }
    this.frontierA = frontier;
    this.frontierB = next;
    if (found === null) return NONE;
    return found.reverse();
  }
}

const NONE: Array<[number, number[]]> = [];

function union(a: number[], b: number[]): number[] {
  const out = a.slice();
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}
