import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';

const HEAD = '---\npublished: 2020-01-10\n---\n';
const sentences = (body: string): string[] => {
  const a = parseArticle({ uri: 'file:///w/a.news.md', text: HEAD + body });
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

describe('sentences', () => {
  test('split at terminal punctuation followed by a capital or a quote', () => {
    assert.deepEqual(sentences('Iraq took the base. Troops left! Was it planned? "Yes," he said.\n'), [
      'Iraq took the base.', 'Troops left!', 'Was it planned?', '"Yes," he said.',
    ]);
  });

  test('keep titles, initials, decimals and dotted acronyms inside the sentence', () => {
    assert.deepEqual(sentences('Lt. Gen. Qais Hamdan met Dr. Ali Saleh and S. Rao of the U.S. embassy on Jan. 3. Costs rose 1.5 percent.\n'), [
      'Lt. Gen. Qais Hamdan met Dr. Ali Saleh and S. Rao of the U.S. embassy on Jan. 3.',
      'Costs rose 1.5 percent.',
    ]);
    assert.deepEqual(sentences('Talks with the U.S. Army continued. Minister S Jaishankar arrived.\n'), [
      'Talks with the U.S. Army continued.', 'Minister S Jaishankar arrived.',
    ]);
  });

  test('a dotted acronym ends the sentence when a typical opener follows', () => {
    assert.deepEqual(sentences('Forces are still near the base in the U.S. The talks resume soon.\n'), [
      'Forces are still near the base in the U.S.', 'The talks resume soon.',
    ]);
  });

  test('closing quotes stay with their sentence', () => {
    assert.deepEqual(sentences('"The coalition will leave soon." Officials agreed.\n'), ['"The coalition will leave soon."', 'Officials agreed.']);
    assert.deepEqual(sentences('He said the “handover is complete.” Then he left.\n'), ['He said the “handover is complete.”', 'Then he left.']);
  });

  test('an ellipsis splits before a capital but not before lower case', () => {
    assert.deepEqual(sentences('He paused … and went on. It ended… Nobody spoke.\n'), ['He paused … and went on.', 'It ended…', 'Nobody spoke.']);
  });

  test('paragraphs and Markdown blocks always split; a soft line break does not', () => {
    const body = '# Coalition leaves base\n\nThe first paragraph has no final stop\n\nThe second one wraps\nonto a second line.\n- a list item\n- another item\n';
    assert.deepEqual(sentences(body), [
      '# Coalition leaves base', 'The first paragraph has no final stop', 'The second one wraps\nonto a second line.', '- a list item', '- another item',
    ]);
  });

  test('each line of a one-paragraph-per-line paste is its own sentence', () => {
    assert.deepEqual(sentences('Iraq announced the handover.\nThe U.S. troops will move north.\nOfficials gave no date..\n'), [
      'Iraq announced the handover.', 'The U.S. troops will move north.', 'Officials gave no date..',
    ]);
  });

  test('annotation markup does not break or stick to sentences', () => {
    // Spans start at the first prose character (the annotated text), not at the blanked `[`.
    assert.deepEqual(sentences('[Iraq]{@iraq} said so. [The spokesman]{@tahsin-al-khafaji} agreed.\n'), [
      'Iraq]{@iraq} said so.', 'The spokesman]{@tahsin-al-khafaji} agreed.',
    ]);
    assert.deepEqual(sentences('He met [Lt. Gen. Ali Noor]{.person} today. It went well.\n'), [
      'He met [Lt. Gen. Ali Noor]{.person} today.', 'It went well.',
    ]);
  });

  test('text at the very end without a newline ends the last sentence', () => {
    assert.deepEqual(sentences('One. Two'), ['One.', 'Two']);
  });
});
