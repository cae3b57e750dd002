import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDates } from '../../../server/src/core/dates/dateChecks';
import { findDates } from '../../../server/src/core/dates/findDates';
import type { CoreDiagnostic, Span } from '../../../server/src/core/types';
import { article } from './helpers';

function diagnose(published: string | null, body: string): { text: string; diagnostics: CoreDiagnostic[] } {
  const a = article(published, body);
  return { text: a.text, diagnostics: checkDates(a, findDates(a)) };
}

function codes(published: string | null, body: string): string[] {
  return diagnose(published, body).diagnostics.map((d) => d.code);
}

function slice(text: string, span: unknown): string {
  const s = span as Span;
  return text.slice(s.start, s.end);
}

/** Applies one quick-fix replacement the way the editor would. */
function replace(text: string, span: unknown, replacement: unknown): string {
  const s = span as Span;
  return text.slice(0, s.start) + String(replacement) + text.slice(s.end);
}

describe('date-weekday-mismatch', () => {
  test('a year-less date with a wrong weekday in a past clause is reported, not moved a year', () => {
    const { text, diagnostics } = diagnose('2024-06-20', 'On Tuesday, June 17, the council said the siege had tightened.');
    assert.deepEqual(diagnostics.map((d) => [d.code, slice(text, d.span)]), [['date-weekday-mismatch', 'Tuesday, June 17']]);
    assert.match(diagnostics[0].message, /was a Monday/);
  });

  test('a weekday that is not the written date’s weekday, with both fixes as replacements', () => {
    const { text, diagnostics } = diagnose('2020-01-20', 'On Tuesday, January 15, 2020, parliament voted to expel foreign troops.');
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.code, 'date-weekday-mismatch');
    assert.equal(d.severity, 'warning');
    assert.equal(slice(text, d.span), 'Tuesday, January 15, 2020');
    assert.match(d.message, /Tuesday/);
    assert.match(d.message, /January 15, 2020 was a Wednesday/);
    const data = d.data as Record<string, unknown>;
    assert.equal(slice(text, data.weekdaySpan), 'Tuesday');
    assert.equal(slice(text, data.dateSpan), 'January 15, 2020');
    assert.equal(data.fixWeekday, 'Wednesday');
    assert.equal(data.fixDate, 'January 14, 2020');
    // Either fix leaves an article the check accepts.
    const weekdayFixed = replace(text, data.weekdaySpan, data.fixWeekday);
    const dateFixed = replace(text, data.dateSpan, data.fixDate);
    for (const fixed of [weekdayFixed, dateFixed]) {
      const body = fixed.slice(fixed.indexOf('---\n', 4) + 4);
      assert.deepEqual(codes('2020-01-20', body.trimEnd()), []);
    }
  });

  test('day-month order without a year keeps its format in the fix', () => {
    const { text, diagnostics } = diagnose('2020-01-16', 'The vote was held on Monday, 14 January, after weeks of delay.');
    assert.equal(diagnostics.length, 1);
    const data = diagnostics[0].data as Record<string, unknown>;
    assert.equal(slice(text, data.dateSpan), '14 January');
    assert.equal(data.fixWeekday, 'Tuesday');
    assert.equal(data.fixDate, '13 January');
    assert.match(diagnostics[0].message, /read as 2020-01-14/);
  });

  test('the nearest matching date may lie in the previous month', () => {
    const { diagnostics } = diagnose('2020-03-05', 'The offensive began on Friday, March 1, 2020, at dawn.');
    const data = diagnostics[0].data as Record<string, unknown>;
    assert.equal(data.fixWeekday, 'Sunday');
    assert.equal(data.fixDate, 'February 28, 2020');
  });

  test('an abbreviated weekday is corrected in the same style', () => {
    const { diagnostics } = diagnose('2020-01-20', 'The convoy left on Thu., Jan. 15, 2020, under escort.');
    assert.equal(diagnostics.length, 1);
    const data = diagnostics[0].data as Record<string, unknown>;
    assert.equal(data.fixWeekday, 'Wed');
    assert.equal(data.fixDate, 'Jan. 16, 2020');
  });

  for (const body of [
    'On Wednesday, January 15, 2020, parliament voted to expel foreign troops.',
    'The vote was held on Tuesday, 14 January, after weeks of delay.',
    'Officials said on Wednesday January 15 that the vote would stand.',
    'On Friday the ministry recalled the January 3 strike.',
    'Lawmakers met on Wednesday and again on January 3.',
    'The talks resume on Monday, January 20, after a pause.',
  ]) {
    test(`no warning: ${JSON.stringify(body)}`, () => {
      assert.deepEqual(codes('2020-01-16', body), []);
    });
  }
});

describe('date-after-publication', () => {
  test('a written full date after publication, in a sentence about the past', () => {
    const { text, diagnostics } = diagnose('2020-01-16', 'The ceasefire collapsed on January 20, 2020, witnesses said.');
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.code, 'date-after-publication');
    assert.equal(d.severity, 'warning');
    assert.equal(slice(text, d.span), 'January 20, 2020');
    assert.equal(d.message, "January 20, 2020 is after this article's publication date 2020-01-16 (front matter `published`).");
    assert.equal(slice(text, d.related?.[0].span), '2020-01-16');
  });

  test('a month or an ISO date after publication', () => {
    assert.deepEqual(codes('2020-01-16', 'Fighting broke out in March 2020 in the border region.'), ['date-after-publication']);
    assert.deepEqual(codes('2020-01-16', 'The decree, dated 2020-02-01, was published by the ministry.'), ['date-after-publication']);
  });

  test('a later year in a past sentence still fires when its own clause does not look ahead', () => {
    // "before" with a past verb, and a past verb in the date's own clause: reported as past.
    assert.deepEqual(codes('2020-01-16', 'The garrison withdrew before the rebels stormed the town in 2021.'), ['date-after-publication']);
    assert.deepEqual(codes('2020-01-16', 'Parliament met on Monday, and the militia seized the airport in 2021.'), ['date-after-publication']);
  });

  for (const [why, published, body] of [
    ['a future cue', '2020-01-16', 'Parliament will vote on January 20, 2020.'],
    ['a schedule', '2020-01-16', 'The handover is scheduled for February 1, 2020.'],
    ['a deadline', '2020-01-16', 'Foreign troops must leave by January 31, 2020.'],
    ['the publication month', '2020-01-16', 'Talks resumed in January 2020.'],
    ['the publication year', '2020-01-16', 'The militants regrouped in 2020.'],
    ['a year-less date', '2020-01-16', 'The ceasefire collapsed on January 20.'],
    ['a relative date', '2020-01-16', 'The envoy arrives tomorrow.'],
    ['no publication date', null, 'The ceasefire collapsed on January 20, 2020.'],
    ['a pinned date', '2020-01-16', 'The ceasefire collapsed on [the day of the vote]{date=2020-01-20}.'],
    ['the publication day', '2020-01-16', 'The ceasefire collapsed on January 16, 2020.'],
    ['a scheduled event in the present tense', '2020-01-16', 'The donor conference opens on February 3, 2020.'],
    ['a deadline stated with "is"', '2020-01-16', 'The deadline for the withdrawal is January 31, 2020.'],
    ['a temporal clause in the present that looks ahead', '2020-01-16',
      'The cabinet agreed on Sunday to extend the contracts, giving the advisers time to train recruits before they depart in 2021.'],
    ['a deadline in a past sentence', '2020-01-16', 'Donors pledged to fund the camps until March 31, 2021, officials said.'],
  ] as const) {
    test(`no warning for ${why}`, () => {
      assert.deepEqual(codes(published, body), []);
    });
  }
});

describe('checks through the whole article', () => {
  test('dates on trailing page residue are not this article’s and raise nothing', () => {
    const body = [
      'The coalition said on Wednesday it would leave the base.',
      '',
      'Regional leaders met in the capital on Monday, March 2, 2021…',
      'Another teaser about a summit on January 30, 2021…',
    ].join('\n');
    const a = article('2020-01-16', body);
    const dates = findDates(a);
    assert.deepEqual(dates.map((d) => d.text), ['Wednesday']);
    assert.deepEqual(checkDates(a, dates), []);
  });

  test('spans are offsets into the whole file, front matter included', () => {
    const a = article('2020-01-16', 'Rockets hit the embassy compound on Friday.');
    const [d] = findDates(a);
    assert.equal(a.text.slice(d.span.start, d.span.end), 'Friday');
    assert.ok(d.span.start > a.bodyStart);
    assert.equal(d.date?.value, '2020-01-10');
  });

  test('a date annotation pins the date and its words are not read again', () => {
    const a = article('2020-01-16', 'Talks ended [last Friday]{date=2020-01-03} after a week of clashes.');
    const dates = findDates(a);
    assert.equal(dates.length, 1);
    assert.equal(a.text.slice(dates[0].span.start, dates[0].span.end), 'last Friday');
    assert.deepEqual([dates[0].date?.value, dates[0].explicit], ['2020-01-03', true]);
  });

  test('without a publication date relative dates stay unresolved, full dates resolve', () => {
    const a = article(null, 'Lawmakers voted on Wednesday. The two sides met on June 12, 2020.');
    assert.deepEqual(findDates(a).map((d) => [d.text, d.date?.value ?? null]), [['Wednesday', null], ['June 12, 2020', '2020-06-12']]);
  });

  test('dates inside front matter are not body dates', () => {
    const a = article('2020-01-16', 'No dates here at all.');
    assert.deepEqual(findDates(a), []);
  });
});
