// A figure's date is the date it is reported as of (SPEC §4): `as of`, else the reporting clause
// that governs it, else a date of its own clause; never a date inside an event's noun phrase or
// of the event's verb; else the publication date. Sentences are our own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateRole } from '../../../server/src/core/figures/figureDate';
import { analyze, article } from './helpers';

/** The figure's text and its date, for each figure of a one-paragraph article. */
function asOf(published: string, body: string): string[] {
  return analyze(article(published, body)).figures.map((f) => `${f.text} @ ${f.date?.value ?? '-'}`);
}

describe('the date a figure is reported as of', () => {
  const rows: [string, string, string, string[]][] = [
    // published Wednesday 2020-02-05
    ['the reporting clause, not the event in the noun phrase', '2020-02-05',
      'More than 40 service members hurt in the Jan. 28 drone strike have been treated, the Pentagon said on Monday.',
      ['More than 40 service members @ 2020-02-03']],
    ['a wire-style reporting date without "on"', '2020-02-05',
      'The Pentagon said Monday that 50 service members were hurt in the strike on Jan. 8.',
      ['50 service members @ 2020-02-03']],
    ['a reporting date before its verb', '2020-02-05',
      'The Pentagon on Tuesday said 64 troops had been diagnosed after the Jan. 8 attack.',
      ['64 troops @ 2020-02-04']],
    ['a fronted reporting date', '2020-02-05',
      'On Monday, officials said 64 service members had been diagnosed.',
      ['64 service members @ 2020-02-03']],
    ['an explicit "as of"', '2020-02-05',
      'As of Jan. 30, the Pentagon said, 64 service members had been diagnosed.',
      ['64 service members @ 2020-01-30']],
    ['"Friday\'s strike" dates the strike: publication date', '2020-02-05',
      'Twelve soldiers were wounded in Friday\'s strike near Kirkuk.',
      ['Twelve soldiers @ 2020-02-05']],
    ['"the strike on Jan. 3" dates the strike', '2020-02-05',
      'At least 10 people died in the strike on Jan. 3 near Baghdad airport.',
      ['At least 10 people @ 2020-02-05']],
    ['the date of the event verb dates the event', '2020-02-05',
      'Five Iraqi soldiers were killed on Sunday in an ambush in Diyala.',
      ['Five Iraqi soldiers @ 2020-02-05']],
    ['a date of the figure\'s own clause', '2020-02-05',
      'In January, about 5,200 US troops were in Iraq.',
      ['about 5,200 US troops @ 2020-01']],
    ['no date at all: the publication date', '2020-02-05',
      'About 2,500 US troops remain in Iraq.',
      ['About 2,500 US troops @ 2020-02-05']],
  ];
  for (const [why, published, body, expected] of rows) test(why, () => assert.deepEqual(asOf(published, body), expected));
});

describe('date roles', () => {
  const rows: [string, string, string][] = [
    ['hurt in the ', ' drone strike have been treated', 'event'],
    ['the Pentagon said on ', '.', 'report'],
    ['The Pentagon ', ' said 34 troops', 'report'],
    ['', ', officials said', 'report'],
    ['killed 12 soldiers on ', ', officials said', 'event'],
    ['died in the strike on ', ' near Baghdad', 'event'],
    ['', '\'s attack on the base', 'event'],
    ['', '\'s briefing put the toll at 34', 'report'],
    ['had been diagnosed as of ', '.', 'asOf'],
    ['The US military on ', ' raised the toll', 'clause'],
    ['In ', ', about 5,200 troops were in Iraq', 'clause'],
    ['were killed on ', ' in an ambush', 'event'],
  ];
  for (const [before, after, role] of rows) test(`${before}<date>${after} → ${role}`, () => assert.equal(dateRole(before, after), role));
});
