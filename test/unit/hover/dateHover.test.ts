import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dateHover } from '../../../server/src/core/hover/dateHover';
import { distanceFromPublication } from '../../../server/src/core/hover/dateText';
import { parsePreciseDate } from '../../../server/src/core/dates/preciseDate';
import type { DateMention, PreciseDate } from '../../../server/src/core/types';
import { articleFrom, gazetteerFrom, newsMd } from '../persons/inputs';
import { HOVER_GAZETTEER, rendered } from './hoverGazetteer';

const gazetteer = gazetteerFrom(HOVER_GAZETTEER);

function datesOf(body: string, published: string | null) {
  const { article, dates } = articleFrom(newsMd(published, body), gazetteer);
  const byText = (text: string): DateMention => {
    const found = dates.find((d) => d.text === text);
    if (!found) throw new Error(`no date "${text}" among ${dates.map((d) => d.text).join(', ')}`);
    return found;
  };
  return { article, byText };
}

describe('date hover', () => {
  const { article, byText } = datesOf(
    'The strike on January 3 drew threats. Iraq said on Wednesday it would take over next week. ' +
      'Last month the coalition left two sites. The base was handed over [last Friday]{date=2020-08-14}.',
    '2020-08-20',
  );

  test('a day: weekday, value, how it was resolved, distance from publication', () => {
    const text = rendered(dateHover(byText('January 3'), article.published).markdown);
    assert.match(text, /^\*\*Friday, 3 January 2020\*\*/);
    assert.match(text, /\*\*Value:\*\* 2020-01-03 — a day, resolved from the publication date/);
    assert.match(text, /\*\*Publication:\*\* 2020-08-20 — 230 days before publication/);
    const wednesday = rendered(dateHover(byText('Wednesday'), article.published).markdown);
    assert.match(wednesday, /Wednesday, 19 August 2020/);
    assert.match(wednesday, /— 1 day before publication/);
  });

  test('a week and a month show their span and where they lie', () => {
    const week = rendered(dateHover(byText('next week'), article.published).markdown);
    assert.match(week, /week 35 of 2020 \(Monday, 24 August 2020 – Sunday, 30 August 2020\)/);
    assert.match(week, /a week \(2020-08-24 – 2020-08-30\)/);
    assert.match(week, /— starts 4 days after publication/);
    const month = rendered(dateHover(byText('Last month'), article.published).markdown);
    assert.match(month, /^\*\*July 2020\*\*/);
    assert.match(month, /— ends 20 days before publication/);
  });

  test('a date pinned by an annotation says so', () => {
    const text = rendered(dateHover(byText('last Friday'), article.published).markdown);
    assert.match(text, /Friday, 14 August 2020/);
    assert.match(text, /pinned by an annotation/);
  });

  test('an unresolved relative date explains why', () => {
    const { article: undated, byText: undatedText } = datesOf('Iraq said on Wednesday it would take over.', null);
    const text = rendered(dateHover(undatedText('Wednesday'), undated.published).markdown);
    assert.match(text, /Unresolved: the article has no valid `published` date/);
  });

  test('the publication day and a period around it', () => {
    const pub = parsePreciseDate('2020-08-20') as PreciseDate;
    assert.equal(distanceFromPublication(pub, pub), 'the publication day');
    assert.equal(distanceFromPublication(parsePreciseDate('2020-08') as PreciseDate, pub), 'includes the publication day');
  });
});
