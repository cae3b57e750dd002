// Closed articles' texts are read from disk again when a feature needs them; their line indexes
// (ranges of related information in other articles) are kept so that a diagnostics run per
// keystroke does not read the same files again each time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiskArticles } from '../../../server/src/service/diskArticles';

function workspace(count: number): { disk: DiskArticles; reads: Map<string, number>; uris: string[] } {
  const reads = new Map<string, number>();
  const texts = new Map<string, string>();
  const disk = new DiskArticles((uri) => {
    reads.set(uri, (reads.get(uri) ?? 0) + 1);
    return texts.get(uri) ?? null;
  });
  const uris = Array.from({ length: count }, (_, i) => `file:///w/a${i}.news.md`);
  for (const [i, uri] of uris.entries()) {
    texts.set(uri, `---\ntitle: A${i}\n---\nFirst line.\nSecond line ${i}.\n`);
    disk.set(uri, texts.get(uri)!);
  }
  return { disk, reads, uris };
}

describe('line indexes of closed articles', () => {
  test('asking again for the line indexes of the same 200 articles reads none of them again', () => {
    const { disk, reads, uris } = workspace(200);
    for (let round = 0; round < 3; round++) {
      for (const uri of uris) assert.equal(disk.lineIndex(uri)?.rangeOf({ start: 0, end: 3 }).end.character, 3);
    }
    assert.deepEqual([...new Set(reads.values())], [1], 'each file read once');
  });

  test('a changed article is read again; an unknown one is undefined', () => {
    const { disk, reads, uris } = workspace(2);
    disk.lineIndex(uris[0]);
    disk.set(uris[0], '---\ntitle: A0\n---\nChanged.\n');
    assert.ok(disk.lineIndex(uris[0]));
    assert.equal(reads.get(uris[0]), 2);
    assert.equal(disk.lineIndex('file:///w/unknown.news.md'), undefined);
  });
});
