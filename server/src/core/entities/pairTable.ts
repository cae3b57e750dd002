/**
 * A hash map from a pair of small non-negative integers (trie node, token id) to a non-negative
 * integer (child node), in one flat typed array with open addressing. A `Map` keyed by
 * `node * stride + token` would box every key past 2^31 as a heap number; this keeps a 100,000-
 * entry trie to a few megabytes and no garbage. Each slot holds node, token and value side by
 * side: a probe into a table of megabytes then costs one read from memory, not three.
 */
export interface PairTableData {
  /** Per slot: node (-1 when empty), token, value. */
  slots: Int32Array;
  size: number;
}

const EMPTY = -1;

export class PairTable {
  private slots: Int32Array;
  /** Slot count - 1 (a power of two less one). */
  private mask: number;
  size = 0;

  /** A table from its `data()`, or null if the array is not a table this class wrote. */
  static fromData(data: PairTableData): PairTable | null {
    const { slots, size } = data ?? {};
    if (!(slots instanceof Int32Array) || slots.length % 3 !== 0) return null;
    const capacity = slots.length / 3;
    if (capacity < 16 || (capacity & (capacity - 1)) !== 0) return null;
    if (!Number.isInteger(size) || size < 0 || size * 2 > capacity) return null;
    const table = new PairTable(8);
    table.slots = slots;
    table.mask = capacity - 1;
    table.size = size;
    return table;
  }

  /** The table's array as it is (not a copy): for a snapshot that is serialised at once. */
  data(): PairTableData {
    return { slots: this.slots, size: this.size };
  }

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity * 2) capacity *= 2;
    this.slots = emptySlots(capacity);
    this.mask = capacity - 1;
  }

  get(node: number, token: number): number {
    const slots = this.slots;
    let slot = hash(node, token) & this.mask;
    for (;;) {
      const at = slot * 3;
      const n = slots[at];
      if (n === EMPTY) return -1;
      if (n === node && slots[at + 1] === token) return slots[at + 2];
      slot = (slot + 1) & this.mask;
    }
  }

  set(node: number, token: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    let slot = hash(node, token) & this.mask;
    for (;;) {
      const at = slot * 3;
      const n = slots[at];
      if (n === EMPTY) {
        slots[at] = node;
        slots[at + 1] = token;
        slots[at + 2] = value;
        this.size++;
        return;
      }
      if (n === node && slots[at + 1] === token) {
        slots[at + 2] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Calls `visit` with each pair and its value, in slot order. */
  forEach(visit: (node: number, token: number, value: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 3) if (slots[at] !== EMPTY) visit(slots[at], slots[at + 1], slots[at + 2]);
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = emptySlots(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== EMPTY) this.set(old[at], old[at + 1], old[at + 2]);
  }
}

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * 3);
  for (let at = 0; at < slots.length; at += 3) slots[at] = EMPTY;
  return slots;
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}
