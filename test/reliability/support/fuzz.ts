// What the reliability tests share: how many random cases to run, the random text they are made
// of, and the check that every range a front end returns lies inside its document.
import assert from 'node:assert/strict';
import fc from 'fast-check';

export { fuzzRuns, fuzzSeed } from '../../support/fuzzRuns';

/**
 * Pieces that stress the parsers: fences, half annotations, unclosed suppressions, line ends of
 * every kind, NUL bytes, surrogate pairs (and halves of them), right-to-left Arabic names and
 * direction marks, combining marks, numbers and dates the recognisers act on.
 */
export const FRAGMENTS: readonly string[] = [
  '---', '---\n', '\n---\n', '...', 'published: 2020-08-20\n', 'published: not-a-date\n', 'title: [unclosed\n',
  '[x]{@', '[the base]{@ain-al-asad}', '{@', ']{', '[', ']', '{figure=', '[5,000 troops]{figure=us-troops-iraq}',
  '[last Friday]{date=2020-01-03}', '[Someone]{.person}', '{date=2020-13-45}', '[]{@}',
  '<!-- newsmd-disable ', '<!-- newsmd-disable figure-gazetteer-mismatch -->', '<!-- newsmd-enable', '-->',
  '<!-- newsmd-disable-next-line date-weekday-mismatch -->\n',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u0000', '\u2028', '\u200f', '\u202e', '\ufeff',
  '😀', '👩‍👩‍👧', '\ud83d', '\ude00', 'e\u0301', '𝔄𝔦𝔫',
  'عين الأسد', 'قاسم سليماني', 'أبو مهدي المهندس', 'بغداد', 'داعش',
  'Ain al-Asad', 'Ain al-Asad Air Base', "Iraq's", 'IS', 'Daesh', 'Qasem Soleimani', 'the 45-year-old', 'Prime Minister',
  'Wednesday, January 15, 2020', 'on Thursday', 'next week', 'June 12', 'in 2014', '2020-01-03', 'yesterday',
  'more than 5,000 US troops', 'about 2,500', 'nearly 110 service members', 'dozens of', 'hundreds',
  '12 killed, including 5 soldiers and 9 civilians', '10 to 15', '1.5 million', 'ninety-nine',
  'Read more…', '# Heading', '> quote', '```', '`code`', '    indented', '* ', '1. ', '|a|b|', '<div>', '&amp;',
  '.', ',', ':', ' said.', 'Mr.', 'U.S.',
];

/** Random article-like text: fragments and arbitrary UTF-16 (unpaired surrogates included). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  ), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Text that usually starts like a real article, so the deeper stages (dates, figures) run too. */
export const articleLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '---\npublished: 2020-01-15\n---\n', '---\r\npublished: 2020-08-20\r\ntitle: T\r\n---\r\n', '---\npublished: 2020-01-15\n'), hostileText)
  .map(([head, body]) => head + body);

export interface LspRangeLike {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The document's lines as LSP counts them: `\r\n`, `\n` and a lone `\r` each end a line. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Every range lies inside the text: line < lineCount, character ≤ line length, start ≤ end. */
export function assertRangesInside(text: string, ranges: Iterable<{ range: LspRangeLike; what: string }>): void {
  const lines = lspLines(text);
  for (const { range, what } of ranges) {
    for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length,
        `${what}: ${name} line ${p.line} outside 0..${lines.length - 1} in ${JSON.stringify(text)}`);
      assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length,
        `${what}: ${name} character ${p.character} beyond line ${p.line} (length ${lines[p.line].length}) in ${JSON.stringify(text)}`);
    }
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    assert.ok(ordered, `${what}: start after end ${JSON.stringify(range)} in ${JSON.stringify(text)}`);
  }
}
