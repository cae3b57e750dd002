// Lists of whole numbers kept as one string of bytes (issue 15): each number written 7 bits a byte,
// the high bit set on every byte but a number's last, so most numbers — lines, columns, counts,
// string numbers of a small table — take one byte. A string of code units under 256 is kept one
// byte a unit, in the heap, behind a 16-byte header, where a small typed array costs ~300 bytes of
// objects and an off-heap allocation of its own. It is read from the start (`NumberReader`).

/** `values` (whole numbers from 0 to 2^53) as a string of bytes; anything else is written as 0. */
export function encodeNumbers(values: readonly number[]): string {
  const bytes: number[] = [];
  for (let value of values) {
    if (!Number.isSafeInteger(value) || value < 0) value = 0; // only a damaged saved index; never from an analysis
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  // In slices (a call takes only so many arguments), joined into one flat string.
  const slices: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) slices.push(String.fromCharCode(...bytes.slice(i, i + 8192)));
  return slices.length === 1 ? slices[0] : slices.join('');
}

/** Reads the numbers of an `encodeNumbers` string in order; throws a RangeError past its end or on a unit over 255. */
export class NumberReader {
  private at = 0;

  constructor(private readonly data: string) {}

  next(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.data.charCodeAt(this.at++);
      if (!(byte <= 0xff)) throw new RangeError('packed numbers: read past their end, or not bytes');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new RangeError('packed numbers: a number too long');
    }
  }

  take(count: number): number[] {
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.next();
    return out;
  }

  skip(count: number): void {
    for (let i = 0; i < count; i++) this.next();
  }

  get done(): boolean {
    return this.at >= this.data.length;
  }
}
