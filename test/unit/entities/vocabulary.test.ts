import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { finishHash, HASH_SEED, hashStep, Vocabulary } from '../../../server/src/core/entities/vocabulary';

/** The hash the text scanner computes while reading a token, folded to lower case when `fold`. */
function scannedHash(text: string, fold: boolean): number {
  let h = HASH_SEED;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = hashStep(h, fold && c >= 65 && c <= 90 ? c + 32 : c);
  }
  return finishHash(h);
}

describe('Vocabulary', () => {
  test('looking a token up by its scanned hash finds every key, also after the hash filter has grown many times', () => {
    const vocabulary = new Vocabulary();
    const keys: string[] = [];
    for (let i = 0; i < 30_000; i++) keys.push(`name${i.toString(36)}`);
    keys.forEach((key) => vocabulary.add(key));
    keys.forEach((key, id) => {
      const written = key.toUpperCase();
      assert.equal(vocabulary.lookup(scannedHash(written, true), written, 0, written.length, true, false), id, key);
    });
  });

  test('a word that is no key is not found, whatever its hash filter bit says', () => {
    const vocabulary = Vocabulary.fromKeys(['garrow', 'miles', 'al', '=JOC']);
    assert.ok(vocabulary);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const word = `word${i}`;
      if (vocabulary.lookup(scannedHash(word, true), word, 0, word.length, true, false) !== -1) found++;
    }
    assert.equal(found, 0);
    const text = 'said Garrow of JOC';
    assert.equal(vocabulary.lookup(scannedHash('Garrow', true), text, 5, 11, true, false), 0);
    assert.equal(vocabulary.lookup(scannedHash('=JOC', false), text, 15, 18, false, true), 3);
  });
});
