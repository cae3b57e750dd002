import { isApostropheCode, isHyphenCode, isUpperCode, isWordCode } from '../article/chars';

/**
 * The words of the masked body ("al-Khafaji", "Iran's" are one word each), in flat arrays. Text,
 * lower case and gaps are made on demand and cached: the candidate finder only looks closely at
 * capitalised words and their neighbours, so most words of an article never become strings.
 */
export class WordList {
  readonly count: number;
  private readonly starts: Int32Array;
  /** End without a possessive `'s`. */
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly lowers: (string | undefined)[];

  constructor(private readonly text: string, from: number, to: number) {
    // About one word per six characters in prose: sized once, rarely grown.
    let capacity = Math.max(64, ((to - from) >> 2) + 16);
    let starts: Int32Array = new Int32Array(capacity);
    let ends: Int32Array = new Int32Array(capacity);
    let flags = new Uint8Array(capacity);
    let count = 0;
    let i = from;
    while (i < to) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      let joined = false;
      for (;;) {
        while (end < to && isWordCode(text.charCodeAt(end))) end++;
        const c = text.charCodeAt(end);
        if (end + 1 < to && (isHyphenCode(c) || isApostropheCode(c)) && isWordCode(text.charCodeAt(end + 1))) {
          end += 2;
          joined = true;
        } else break;
      }
      if (count === capacity) {
        capacity *= 2;
        starts = growInt(starts, capacity);
        ends = growInt(ends, capacity);
        const f = new Uint8Array(capacity);
        f.set(flags);
        flags = f;
      }
      const possessive = end - i > 2 && isApostropheCode(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x73; /* s */
      starts[count] = i;
      ends[count] = possessive ? end - 2 : end;
      flags[count] = (possessive ? POSSESSIVE : 0) | (isUpperCode(text.charCodeAt(i)) ? CAPITALISED : 0) | (joined ? JOINED : 0);
      count++;
      i = end;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.lowers = new Array(count);
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The word as written, without a possessive `'s`. */
  textOf(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  lower(i: number): string {
    return (this.lowers[i] ??= this.textOf(i).toLowerCase());
  }

  capitalised(i: number): boolean {
    return i >= 0 && i < this.count && (this.flags[i] & CAPITALISED) !== 0;
  }

  /** Whether the word joins parts by a hyphen or an apostrophe (`al-Khafaji`, `Iran's`). */
  joined(i: number): boolean {
    return (this.flags[i] & JOINED) !== 0;
  }

  possessive(i: number): boolean {
    return (this.flags[i] & POSSESSIVE) !== 0;
  }

  /** The characters between word i (and its `'s`) and the next word. */
  gapAfter(i: number): string {
    if (i + 1 >= this.count) return '';
    const end = this.possessive(i) ? this.ends[i] + 2 : this.ends[i];
    return this.text.slice(end, Math.min(this.starts[i + 1], end + 16));
  }

  /** Words sit one space (or one line break) apart within a name; any punctuation ends it. */
  nameGapAfter(i: number): boolean {
    // `isNameGap(this.gapAfter(i))` without making the gap a string: asked for most words.
    if (i + 1 >= this.count) return false;
    const from = this.possessive(i) ? this.ends[i] + 2 : this.ends[i];
    return isNameGapAt(this.text, from, Math.min(this.starts[i + 1], from + 16));
  }
}

const POSSESSIVE = 1;
const CAPITALISED = 2;
const JOINED = 4;

function growInt(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'ul', 'ur']);

export function isParticle(words: WordList, i: number): boolean {
  return !words.capitalised(i) && PARTICLES.has(words.lower(i));
}

/** `al-Khafaji`, `el-Sisi`: a particle glued to a capitalised name. */
export function isParticleName(words: WordList, i: number): boolean {
  if (words.capitalised(i) || !words.joined(i)) return false;
  const m = PARTICLE_NAME.exec(words.textOf(i));
  return m !== null && PARTICLES.has(m[1]);
}

const PARTICLE_NAME = /^(\p{Ll}+)[-‐‑–'’](\p{Lu})/u;

export function isNameGap(gap: string): boolean {
  return /^(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)$/.test(gap);
}

/** `isNameGap(text.slice(from, to))`, read in place. */
function isNameGapAt(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let j = from;
  while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 0xa0)) j++;
  if (j === to) return true;
  let k = from;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k < to && text.charCodeAt(k) === 13) k++;
  if (k >= to || text.charCodeAt(k) !== 10) return false;
  k++;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k === to;
}
