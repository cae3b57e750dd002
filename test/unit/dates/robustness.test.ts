import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { checkDates } from '../../../server/src/core/dates/dateChecks';
import { findDates, resolveDatesInText } from '../../../server/src/core/dates/findDates';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import type { DateMention } from '../../../server/src/core/types';

const published = parsePreciseDate('2020-08-20');

function assertWellFormed(text: string, dates: DateMention[]): void {
  let previous = -1;
  for (const d of dates) {
    assert.ok(d.span.start >= 0 && d.span.start < d.span.end && d.span.end <= text.length, 'span inside the text');
    assert.equal(text.slice(d.span.start, d.span.end), d.text);
    assert.ok(d.span.start >= previous, 'sorted by position');
    previous = d.span.start;
  }
}

describe('bad input never crashes and gives sane mentions', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['only spaces and newlines', ' \n\n \t\n'],
    ['binary junk', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
    ['a long line of date words', 'Monday, January 3, 2020, in May, last week and two days ago; '.repeat(2_000)],
    ['a long line without spaces', `${'x'.repeat(200_000)}January${'y'.repeat(1_000)}`],
    ['lone surrogates around a date', '\ud800 on January 3, 2020 \udfff'],
    ['impossible calendar days', 'On February 30, 2020 and on 31 April 2019 and 2020-13-45 nothing happened.'],
  ];
  for (const [name, text] of inputs) {
    test(name, () => {
      const dates = resolveDatesInText({ text, published });
      assertWellFormed(text, dates);
    });
  }

  test('impossible calendar days are not dates', () => {
    assert.deepEqual(resolveDatesInText({ text: 'On February 30, 2020 and on 31 April 2019 nothing happened.', published }), []);
  });

  test('an article that is only front matter, has none, or has broken front matter', () => {
    for (const text of ['---\npublished: 2020-01-16\n---\n', 'Rockets hit the embassy on Friday.', '---\npublished: [broken\n---\nOn Friday it rained.', '---\n']) {
      const a = parseArticle({ uri: 'file:///a.news.md', text });
      const dates = findDates(a);
      assertWellFormed(text, dates);
      assert.ok(dates.every((d) => d.span.start >= a.bodyStart));
      assert.ok(Array.isArray(checkDates(a, dates)));
    }
  });
});
