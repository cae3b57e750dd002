/**
 * A hash map from a pair of small non-negative integers (trie node, token id) to a non-negative
 * integer (child node), in flat typed arrays with open addressing. A `Map` keyed by
 * `node * stride + token` would box every key past 2^31 as a heap number; this keeps a 100,000-
 * entry trie to a few megabytes and no garbage.
 */
export interface PairTableData {
  nodes: Int32Array;
  tokens: Int32Array;
  values: Int32Array;
  size: number;
}

export class PairTable {
  private nodes: Int32Array;
  private tokens: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  /** A table from its `data()`, or null if the arrays are not a table this class wrote. */
  static fromData(data: PairTableData): PairTable | null {
    const { nodes, tokens, values, size } = data;
    const capacity = nodes?.length;
    if (!(nodes instanceof Int32Array) || !(tokens instanceof Int32Array) || !(values instanceof Int32Array)) return null;
    if (capacity < 16 || (capacity & (capacity - 1)) !== 0 || tokens.length !== capacity || values.length !== capacity) return null;
    if (!Number.isInteger(size) || size < 0 || size * 2 > capacity) return null;
    const table = new PairTable(8);
    table.nodes = nodes;
    table.tokens = tokens;
    table.values = values;
    table.mask = capacity - 1;
    table.size = size;
    return table;
  }

  /** The table's arrays as they are (not copies): for a snapshot that is serialised at once. */
  data(): PairTableData {
    return { nodes: this.nodes, tokens: this.tokens, values: this.values, size: this.size };
  }

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity * 2) capacity *= 2;
    this.nodes = new Int32Array(capacity).fill(-1);
    this.tokens = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get(node: number, token: number): number {
    let slot = hash(node, token) & this.mask;
    for (;;) {
      const n = this.nodes[slot];
      if (n === -1) return -1;
      if (n === node && this.tokens[slot] === token) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  set(node: number, token: number, value: number): void {
    if ((this.size + 1) * 2 > this.nodes.length) this.grow();
    let slot = hash(node, token) & this.mask;
    for (;;) {
      const n = this.nodes[slot];
      if (n === -1) {
        this.nodes[slot] = node;
        this.tokens[slot] = token;
        this.values[slot] = value;
        this.size++;
        return;
      }
      if (n === node && this.tokens[slot] === token) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { nodes, tokens, values } = this;
    const capacity = nodes.length * 2;
    this.nodes = new Int32Array(capacity).fill(-1);
    this.tokens = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i], tokens[i], values[i]);
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}
