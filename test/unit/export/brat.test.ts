import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkFiles } from '../../../server/src/core';
import { CodePointOffsets, lineFragments, toBrat } from '../../../server/src/core/export';
import { ARTICLE, SECOND, analyse } from './fixture';

/** Reads `.ann` text-bound lines back and slices the `.txt` the way brat (Python) does: by code point. */
function textBound(txt: string, ann: string): { id: string; type: string; text: string; sliced: string }[] {
  const codePoints = Array.from(txt);
  return ann.split('\n').filter((l) => l.startsWith('T')).map((line) => {
    const [id, middle, text] = line.split('\t');
    const [type, ...rest] = middle.split(' ');
    const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
    const sliced = fragments.map(([s, e]) => codePoints.slice(s, e).join('')).join(' ');
    return { id, type, text, sliced };
  });
}

describe('brat standoff export', () => {
  test('every .ann offset slices the .txt to exactly the mention text, emoji and Arabic included', () => {
    const { analyses } = analyse();
    const { txt, ann } = toBrat(analyses[0]);
    const spans = textBound(txt, ann);
    assert.ok(spans.length >= 10, ann);
    for (const s of spans) assert.equal(s.sliced, s.text, `${s.id} ${s.type}`);
    // The line with 🚀🚀 and 👍: code points and UTF-16 units differ there, and brat needs code points.
    const arabic = spans.find((s) => s.text === 'عين الأسد');
    assert.ok(arabic);
    assert.equal(arabic.type, 'Base');
    assert.match(ann, /^T\d+\tBase 33 42\tعين الأسد$/m);
  });

  test('the .txt is the body exactly as on disk, after the front matter', () => {
    const { analyses } = analyse();
    const { txt } = toBrat(analyses[0]);
    assert.ok(ARTICLE.endsWith(txt));
    assert.ok(txt.startsWith('🚀🚀 Officials said'));
    assert.ok(!txt.includes('published:'));
  });

  test('types follow the entity kind, with ids, date values and figure intervals as notes', () => {
    const { analyses } = analyse();
    const { ann } = toBrat(analyses[0]);
    const types = new Set(ann.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1].split(' ')[0]));
    assert.deepEqual([...types].sort(), ['Base', 'Date', 'Event', 'Figure', 'Person', 'Place']);
    assert.match(ann, /^T(\d+)\tEvent \d+ \d+\tthe convoy ambush\n#\d+\tAnnotatorNotes T\1\tid=anbar-convoy-ambush$/m);
    assert.match(ann, /^T(\d+)\tDate \d+ \d+\tOctober 2025\n#\d+\tAnnotatorNotes T\1\tvalue=2025-10 precision=month from=2025-10-01 to=2025-10-31$/m);
    assert.match(ann, /^T(\d+)\tFigure \d+ \d+\tMore than 300 advisers\n#\d+\tAnnotatorNotes T\1\t.*unit=count.*noun=advisers.*interval=\(300,inf\).*asOf=2025-10/m);
    // Every note points at a text-bound annotation that exists.
    const ids = new Set(ann.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[0]));
    for (const note of ann.split('\n').filter((l) => l.startsWith('#'))) assert.ok(ids.has(note.split('\t')[1].split(' ')[1]), note);
  });

  test('annotations are numbered in document order and the output is stable', () => {
    const first = toBrat(analyse().analyses[0]);
    const second = toBrat(analyse().analyses[0]);
    assert.equal(first.ann, second.ann);
    assert.equal(first.txt, second.txt);
    const starts = first.ann.split('\n').filter((l) => l.startsWith('T')).map((l) => Number(l.split('\t')[1].split(' ')[1]));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('an article without front matter or mentions gives its text and an empty .ann', () => {
    const result = checkFiles({ articles: [{ uri: 'plain.news.md', text: 'Nothing of note happened 🙂.\n' }], gazetteerFiles: [] });
    const { txt, ann } = toBrat(result.articles[0]);
    assert.equal(txt, 'Nothing of note happened 🙂.\n');
    assert.equal(ann, '');
  });

  test('a second article round-trips too', () => {
    const { analyses } = analyse([{ uri: 'b.news.md', text: SECOND }]);
    const { txt, ann } = toBrat(analyses[0]);
    for (const s of textBound(txt, ann)) assert.equal(s.sliced, s.text);
    assert.match(ann, /\tFigure \d+ \d+\tBetween 250 and 280 advisers\n.*interval=\[250,280\]/);
  });
});

describe('brat offsets helpers', () => {
  test('code-point offsets count a surrogate pair as one', () => {
    const text = 'a🚀b👍👍c';
    const cp = new CodePointOffsets(text);
    assert.deepEqual([0, 1, 3, 4, 6, 8, 9].map((o) => cp.toCodePoint(o)), [0, 1, 2, 3, 4, 5, 6]);
  });

  test('a lone surrogate counts as one code point, as Python decodes it', () => {
    const cp = new CodePointOffsets('\ud83d x \ude80');
    assert.equal(cp.toCodePoint(5), 5);
  });

  test('a mention across a line break becomes one fragment per line', () => {
    const txt = 'the Joint Operations\nCommand said';
    assert.deepEqual(lineFragments(txt, { start: 4, end: 28 }), [{ start: 4, end: 20 }, { start: 21, end: 28 }]);
    assert.deepEqual(lineFragments('a\r\n\r\nb', { start: 0, end: 6 }), [{ start: 0, end: 1 }, { start: 5, end: 6 }]);
  });
});
