import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';

const parse = (text: string) => parseArticle({ uri: 'file:///w/a.news.md', text });

/** Lines (zero-based) of the text on which `code` is suppressed. */
function suppressedLines(text: string, code: Parameters<ReturnType<typeof parse>['suppressions']['isSuppressed']>[0]): number[] {
  const a = parse(text);
  const lines: number[] = [];
  const count = text.split('\n').length;
  for (let line = 0; line < count; line++) if (a.suppressions.isSuppressed(code, line)) lines.push(line);
  return lines;
}

describe('suppression comments', () => {
  test('disable-next-line applies to the next line only, for the listed codes', () => {
    const text = [
      '---', 'published: 2020-01-10', '---', // 0-2
      '<!-- newsmd-disable-next-line figure-gazetteer-mismatch date-weekday-mismatch -->', // 3
      'Over 5,000 troops were in the country on Wednesday, January 15, 2020.', // 4
      'Another line.', // 5
    ].join('\n');
    assert.deepEqual(suppressedLines(text, 'figure-gazetteer-mismatch'), [4]);
    assert.deepEqual(suppressedLines(text, 'date-weekday-mismatch'), [4]);
    assert.deepEqual(suppressedLines(text, 'entity-candidate'), []);
  });

  test('disable … enable covers the lines between; no codes means all codes', () => {
    const text = [
      'Line zero.', // 0
      '<!-- newsmd-disable entity-candidate -->', // 1
      'Spokesman Ali Hassan spoke.', // 2
      'Colonel Sami Noor spoke.', // 3
      '<!-- newsmd-enable entity-candidate -->', // 4
      'General Kamal Aziz spoke.', // 5
      '<!-- newsmd-disable -->', // 6
      'Everything is quiet here.', // 7
    ].join('\n');
    assert.deepEqual(suppressedLines(text, 'entity-candidate'), [1, 2, 3, 6, 7]);
    assert.deepEqual(suppressedLines(text, 'figure-document-conflict'), [6, 7]);
  });

  test('enable for one code leaves the others disabled', () => {
    const text = ['<!-- newsmd-disable -->', 'a', '<!-- newsmd-enable scrape-residue -->', 'b'].join('\n');
    assert.deepEqual(suppressedLines(text, 'scrape-residue'), [0, 1]);
    assert.deepEqual(suppressedLines(text, 'entity-ambiguous'), [0, 1, 2, 3]);
  });

  test('disable-line applies to the comment’s own line', () => {
    const text = ['First line.', 'Iraq said so. <!-- newsmd-disable-line entity-ambiguous -->', 'Third.'].join('\n');
    assert.deepEqual(suppressedLines(text, 'entity-ambiguous'), [1]);
  });

  test('front matter `newsmd.disable` suppresses the code in the whole file', () => {
    const text = ['---', 'published: 2020-01-10', 'newsmd:', '  disable: [scrape-residue]', '---', 'Body.', 'More.'].join('\n');
    assert.deepEqual(suppressedLines(text, 'scrape-residue'), [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(suppressedLines(text, 'entity-candidate'), []);
  });

  test('a misspelt code suppresses nothing, and comments in code are not directives', () => {
    const text = ['<!-- newsmd-disable-next-line scrape-residu -->', 'line', '```', '<!-- newsmd-disable -->', '```', 'after'].join('\n');
    assert.deepEqual(suppressedLines(text, 'scrape-residue'), []);
  });

  test('a multi-line comment suppresses the line after its end', () => {
    const text = ['<!-- newsmd-disable-next-line', '     person-age-mismatch -->', 'The 45-year-old spoke.'].join('\n');
    assert.deepEqual(suppressedLines(text, 'person-age-mismatch'), [2]);
  });
});
