import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';

const parse = (text: string) => parseArticle({ uri: 'file:///w/a.news.md', text });
const missing = (text: string) => parse(text).diagnostics.filter((d) => d.code === 'missing-publication-date');

/** Applies the quick fix the diagnostic describes, with a real date for the placeholder. */
function applyFix(text: string, data: Record<string, unknown>, date: string): string {
  const insertText = String(data.insertText).replace(String(data.placeholder), date);
  const replace = data.replaceSpan as { start: number; end: number } | undefined;
  if (replace) return text.slice(0, replace.start) + insertText + text.slice(replace.end);
  const at = Number(data.insertOffset);
  return text.slice(0, at) + insertText + text.slice(at);
}

describe('published', () => {
  test('a date-time is kept as its day', () => {
    assert.equal(parse('---\npublished: 2020-08-20T14:05:00Z\n---\nBody.\n').published?.value, '2020-08-20');
    assert.equal(parse('---\npublished: "2020-08-20 09:30"\n---\nBody.\n').published?.value, '2020-08-20');
    assert.equal(parse('---\npublished: 2020-08-20T23:30:00+03:00\n---\nBody.\n').published?.value, '2020-08-20');
  });

  test('a bad value is a warning on the value, fixed by replacing it', () => {
    for (const value of ['2020-13-01', '2020-02-30', 'last Tuesday', '2020-08', '2020', '20/08/2020']) {
      const text = `---\ntitle: A story\npublished: ${value}\n---\nBody.\n`;
      const [d] = missing(text);
      assert.ok(d, value);
      assert.equal(d.severity, 'warning');
      assert.equal(text.slice(d.span.start, d.span.end), value);
      const fixed = applyFix(text, d.data ?? {}, '2020-08-21');
      assert.equal(parse(fixed).published?.value, '2020-08-21', value);
    }
  });

  test('an empty value is fixed by writing a date after the colon', () => {
    const text = '---\npublished:\ntitle: A story\n---\nBody.\n';
    const [d] = missing(text);
    assert.ok(d);
    const fixed = applyFix(text, d.data ?? {}, '2019-12-31');
    assert.equal(parse(fixed).published?.value, '2019-12-31');
    assert.equal(parse(fixed).frontMatter.data.title, 'A story');
  });

  test('a missing key is reported on the opening fence and inserted before the closing one', () => {
    const text = '---\r\ntitle: A story\r\n---\r\nBody.\r\n';
    const [d] = missing(text);
    assert.ok(d);
    assert.deepEqual(d.span, { start: 0, end: 3 });
    const fixed = applyFix(text, d.data ?? {}, '2020-01-08');
    assert.equal(fixed, '---\r\ntitle: A story\r\npublished: 2020-01-08\r\n---\r\nBody.\r\n');
    assert.equal(parse(fixed).published?.value, '2020-01-08');
  });

  test('a broken front matter offers no insert fix (it would duplicate an unreadable key)', () => {
    for (const text of ['---\npublished: 2020-01-09\ntags: [a, b\n---\nBody.\n', '---\npublished: 2020-01-09\nBody without a closing fence.\n']) {
      const [d] = missing(text);
      assert.ok(d);
      assert.deepEqual(d.span, { start: 0, end: 3 });
      assert.equal(d.data, undefined);
    }
  });

  test('without front matter it is reported on the first line and the fix adds one', () => {
    const text = 'Iraq said on Wednesday that it would take over the base.\nSecond line.';
    const [d] = missing(text);
    assert.ok(d);
    assert.deepEqual(d.span, { start: 0, end: text.indexOf('\n') });
    const fixed = applyFix(text, d.data ?? {}, '2020-01-08');
    const again = parse(fixed);
    assert.equal(again.published?.value, '2020-01-08');
    assert.equal(fixed.slice(again.bodyStart), text);
  });

  test('an empty file gets the warning on line 0 and nothing else', () => {
    const a = parse('');
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['missing-publication-date']);
    assert.deepEqual(a.diagnostics[0].span, { start: 0, end: 0 });
    assert.deepEqual(a.sentences, []);
  });

  describe("the page's own publication stamp", () => {
    const BODY = 'Gunmen attacked a checkpoint near the town on Tuesday, officials said.\n';
    const suggestion = (text: string) => missing(text)[0]?.data?.suggestedDate;

    test('a stamp line in the body is offered as the date, named in the message, and its fix makes the article dated', () => {
      const text = `---\ntitle: A story\n---\nBy Jane Doe\n\nPublished: 7 January 2020 14:32 GMT\n\n${BODY}`;
      const [d] = missing(text);
      assert.equal(d.data?.suggestedDate, '2020-01-07');
      assert.match(d.message, /stamp on line 6 \(“Published: 7 January 2020 14:32 GMT”\) gives 2020-01-07/);
      const span = d.data?.stampSpan as { start: number; end: number };
      assert.equal(text.slice(span.start, span.end), 'Published: 7 January 2020 14:32 GMT');
      assert.equal(parse(applyFix(text, d.data ?? {}, String(d.data?.suggestedDate))).published?.value, '2020-01-07');
    });

    test('stamps as pages write them: emphasis, "Posted on", month first, ISO days, a later update after it', () => {
      const cases: Array<[string, string]> = [
        ['*Posted on Jan. 7, 2020 at 10:32 am*', '2020-01-07'],
        ['Published 2019-12-31', '2019-12-31'],
        ['Published 7 January 2020, updated 9 January 2020', '2020-01-07'],
        ['Updated 9 January 2020 | Published 7 January 2020', '2020-01-07'],
      ];
      for (const [stamp, date] of cases) assert.equal(suggestion(`${BODY}\n${stamp}\n`), date, stamp);
    });

    test('must not: an update stamp, a stamp without a year, a sentence of prose, or a dated article', () => {
      assert.equal(suggestion(`${BODY}\nUpdated: 8 January 2020\n`), undefined);
      assert.equal(suggestion(`${BODY}\nPublished 7 January\n`), undefined);
      assert.equal(suggestion(`The report was published on 7 January 2020 by the ministry, officials said.\n${BODY}`), undefined);
      assert.equal(suggestion(`${BODY}\nPublished 07/01/2020\n`), undefined, 'a day-month order the page does not say');
      // Only the first 1,000 lines are read: a huge paste costs no pass over all of it.
      assert.equal(suggestion(`${'Short line.\n'.repeat(1000)}Published: 7 January 2020\n`), undefined);
      assert.equal(suggestion(`${'Short line.\n'.repeat(990)}Published: 7 January 2020\n`), '2020-01-07');
      assert.deepEqual(missing(`---\npublished: 2020-01-09\n---\n${BODY}\nPublished: 7 January 2020\n`), []);
    });
  });

  describe('publication-date-mismatch', () => {
    const BODY = 'A rocket landed in an empty field near the air base late yesterday, local officials said, adding that nobody was hurt.\n';
    const mismatch = (text: string) => parse(text).diagnostics.filter((d) => d.code === 'publication-date-mismatch');
    const dated = (published: string, header: string, body = BODY) => `---\ntitle: A story\npublished: ${published}\n---\n${header}\n\n${body}`;

    test('a header stamp two days or more from `published` is a warning on the value, naming both days and the stamp line', () => {
      const text = dated('2020-01-10', 'Published: 7 January 2020, 18:05 GMT');
      const [d] = mismatch(text);
      assert.ok(d);
      assert.equal(d.severity, 'warning');
      assert.equal(text.slice(d.span.start, d.span.end), '2020-01-10');
      assert.match(d.message, /`published` is 2020-01-10, but the page's own stamp on line 5 \(“Published: 7 January 2020, 18:05 GMT”\) gives 2020-01-07, 3 days earlier/);
      const related = d.related?.[0];
      assert.ok(related);
      assert.equal(text.slice(related.span.start, related.span.end), 'Published: 7 January 2020, 18:05 GMT');
      const replace = d.data?.replaceSpan as { start: number; end: number };
      const fixed = text.slice(0, replace.start) + String(d.data?.replacement) + text.slice(replace.end);
      assert.equal(parse(fixed).published?.value, '2020-01-07');
      assert.deepEqual(mismatch(fixed), []);
      // Later as well as earlier.
      assert.match(mismatch(dated('2020-01-03', 'Posted on Jan. 7, 2020'))[0]?.message ?? '', /4 days later/);
    });

    test('must not: a day apart (time zones), the same day, an update stamp, a stamp after the text begins, a date-time value on the day', () => {
      assert.deepEqual(mismatch(dated('2020-01-08', 'Published: 7 January 2020 23:40 GMT')), []);
      assert.deepEqual(mismatch(dated('2020-01-07', 'Published: 7 January 2020')), []);
      assert.deepEqual(mismatch(dated('2020-01-10', 'Updated: 7 January 2020')), []);
      assert.deepEqual(mismatch(dated('2020-01-10', '', `${BODY}\nMore on this story\nPublished: 2 January 2020\n`)), []);
      assert.deepEqual(mismatch(dated('2020-01-07T23:30:00+03:00', 'Published: 7 January 2020')), []);
    });
  });
});
