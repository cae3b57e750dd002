import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { letterOrDigitWidthAt, wordCharWidthAt } from '../../../server/src/core/article/chars';
import { wordEndAt } from '../../../server/src/core/persons/tokens';

// The scanners read characters by code instead of by RegExp (a match object per word was most of
// what they allocated); each is checked against the expression it replaces, on seeded texts over
// an alphabet holding every kind of boundary: marks, astral letters and emoji, lone surrogates.
const ALPHABET = ['a', 'Z', '7', "'", '\u2019', '-', ' ', '.', 'é', 'Ж', 'ب', '٣', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '\u2010', '_', '\n', '\u0660', '\u094d'];

function seededTexts(count: number, seed: number): string[] {
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let run = 0; run < count; run++) {
    let text = '';
    for (let i = 0, n = Math.floor(random() * 24); i < n; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
    out.push(text);
  }
  return out;
}

/** True when `i` is the second half of a surrogate pair: no scan stops there (a /u RegExp would step back to the pair's start). */
function insidePair(text: string, i: number): boolean {
  return /[\udc00-\udfff]/.test(text[i] ?? '') && /[\ud800-\udbff]/.test(text[i - 1] ?? '');
}

/** What a sticky RegExp matches at `i`, as a length (0: no match). */
function stickyLength(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

describe('character widths and word ends read by code', () => {
  test('letterOrDigitWidthAt and wordCharWidthAt agree with [\\p{L}\\p{N}] and [\\p{L}\\p{M}\\p{N}] at every offset, the end included', () => {
    const letterOrDigit = /[\p{L}\p{N}]/uy;
    const wordChar = /[\p{L}\p{M}\p{N}]/uy;
    for (const text of seededTexts(2000, 20261207)) {
      for (let i = 0; i <= text.length; i++) {
        if (insidePair(text, i)) continue;
        assert.equal(letterOrDigitWidthAt(text, i), stickyLength(letterOrDigit, text, i), `${JSON.stringify(text)} at ${i}`);
        assert.equal(wordCharWidthAt(text, i), stickyLength(wordChar, text, i), `${JSON.stringify(text)} at ${i}`);
      }
    }
  });

  test("the persons' word ends are those of the word expression they replace", () => {
    const word = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*/uy;
    for (const text of seededTexts(2000, 7)) {
      for (let i = 0; i <= text.length; i++) {
        if (insidePair(text, i)) continue;
        const length = stickyLength(word, text, i);
        assert.equal(wordEndAt(text, i), length === 0 ? -1 : i + length, `${JSON.stringify(text)} at ${i}`);
      }
    }
  });

  test('a title, a hyphenated name and an abbreviation read as people write them', () => {
    const text = "Lt. Gen. al-Khafaji's 45-year-old aide, U.S. envoy";
    const words: string[] = [];
    for (let i = 0; i < text.length;) {
      const end = wordEndAt(text, i);
      if (end === -1) i++;
      else {
        words.push(text.slice(i, end));
        i = end;
      }
    }
    assert.deepEqual(words, ['Lt', 'Gen', "al-Khafaji's", '45-year-old', 'aide', 'U.S', 'envoy']);
  });
});
