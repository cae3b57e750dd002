import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

test('no position lies inside a line break: an offset between \\r and \\n is the end of its line', () => {
  // A YAML error in a CRLF file may point between the two (the fuzz run found one at the end of
  // "[[[Someone]{.person}\r\n"); the range sent to the editor must stay within the line.
  const text = '[[[Someone]{.person}\r\nnext\r\n';
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(20), { line: 0, character: 20 }); // the \r
  assert.deepEqual(lines.positionAt(21), { line: 0, character: 20 }); // between \r and \n
  assert.deepEqual(lines.positionAt(22), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(27), { line: 1, character: 4 });
  assert.deepEqual(lines.positionAt(text.length), { line: 2, character: 0 });
  // Other offsets are as they were: \n and lone \r line ends, past the end clamped.
  const mixed = new LineIndex('a\nbc\rd');
  assert.deepEqual([0, 1, 2, 4, 5, 6, 99].map((o) => mixed.positionAt(o)), [
    { line: 0, character: 0 }, { line: 0, character: 1 }, { line: 1, character: 0 }, { line: 1, character: 2 },
    { line: 2, character: 0 }, { line: 2, character: 1 }, { line: 2, character: 1 },
  ]);
});
