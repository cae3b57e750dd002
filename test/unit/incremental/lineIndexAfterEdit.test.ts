import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

// After an edit, the line index is rebuilt from the previous one (only the edited lines are
// scanned). Every offset must map to the same line and character as in a freshly built index.

function assertSameIndex(actual: LineIndex, expected: LineIndex, text: string, context: string): void {
  assert.equal(actual.lineCount, expected.lineCount, `line count ${context}`);
  for (let offset = 0; offset <= text.length; offset++) {
    assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `offset ${offset} ${context}`);
  }
  for (let line = 0; line < expected.lineCount; line++) assert.equal(actual.lineEnd(line), expected.lineEnd(line), `end of line ${line} ${context}`);
}

const pieces = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'x\ny', '');

describe('line index after an edit', () => {
  test('random texts and edits with every kind of line break', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(pieces, { maxLength: 4 }), fc.nat(), fc.nat({ max: 6 }), (parts, inserted, at, remove) => {
      const before = parts.join('');
      const start = before.length === 0 ? 0 : at % (before.length + 1);
      const oldEnd = Math.min(before.length, start + remove);
      const insert = inserted.join('');
      const after = before.slice(0, start) + insert + before.slice(oldEnd);
      const moved = LineIndex.afterEdit(new LineIndex(before), after, start, oldEnd, start + insert.length);
      assertSameIndex(moved, new LineIndex(after), after, JSON.stringify({ before, start, oldEnd, insert }));
    }), { numRuns: 2000 });
  });

  test('the rebuilt index is the one LineIndex.of hands out for the new text', () => {
    const before = 'one\ntwo\nthree\n';
    const after = 'one\ntwo and a half\nthree\n';
    const moved = LineIndex.afterEdit(LineIndex.of(before), after, 7, 7, 18);
    assert.equal(LineIndex.of(after), moved);
    assert.deepEqual(moved.positionAt(after.indexOf('three')), { line: 2, character: 0 });
  });
});
