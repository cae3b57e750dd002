import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findFigures } from '../../../server/src/core/figures/findFigures';
import { figureHover, intervalInWords } from '../../../server/src/core/hover/figureHover';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { FigureMention } from '../../../server/src/core/types';
import { articleFrom, gazetteerFrom, newsMd } from '../persons/inputs';
import { HOVER_GAZETTEER, linkTargets, rendered } from './hoverGazetteer';

const gazetteer = gazetteerFrom(HOVER_GAZETTEER);

function figuresOf(body: string, published: string) {
  const { article, entities, dates } = articleFrom(newsMd(published, body), gazetteer);
  const figures = findFigures(article, entities, dates, gazetteer, DEFAULT_SETTINGS);
  const byText = (text: string): FigureMention => {
    const found = figures.find((f) => f.text === text);
    if (!found) throw new Error(`no figure "${text}" among ${figures.map((f) => f.text).join(', ')}`);
    return found;
  };
  return { figures, byText };
}

describe('figure hover', () => {
  // (The fighters were "killed in 2019" here once and keyed to the strength `is-operatives`; SPEC §4
  // says a casualty count never takes the key of a level, so they are now "still active".)
  const { figures, byText } = figuresOf(
    'More than 5,000 US troops remain in Iraq, and about 3,000 US soldiers will stay. Dozens of Islamic State fighters were still active in 2019.',
    '2020-08-20',
  );

  test('an open interval in words and in math, with the gazetteer value then and its source', () => {
    const md = figureHover(byText('More than 5,000 US troops'), gazetteer, figures).markdown;
    const text = rendered(md);
    assert.match(text, /^\*\*Figure\*\* “More than 5,000 US troops”/);
    assert.match(text, /\*\*Reads as:\*\* more than 5,000 — `\(5000, ∞\)`/);
    assert.match(text, /\*\*Tracked figure:\*\* US troops deployed in Iraq `us-troops-iraq`/);
    assert.match(text, /\*\*Gazetteer value then:\*\* 5,200 as of 2020-01 .* — within this reading/);
    assert.ok(linkTargets(md).includes('https://example.org/troops-2020'));
  });

  test('the other figures of the same key in the article are listed', () => {
    const text = rendered(figureHover(byText('about 3,000 US soldiers'), gazetteer, figures).markdown);
    assert.match(text, /between 2,700 and 3,300 \(both included\) — `\[2700, 3300\]`/);
    assert.match(text, /— outside this reading/);
    assert.match(text, /\*\*Elsewhere in the article:\*\*\n- “More than 5,000 US troops” — `\(5000, ∞\)`/);
  });

  test('a vague amount shows its conservative reading; a key with no value yet says so', () => {
    const text = rendered(figureHover(byText('Dozens of Islamic State fighters'), gazetteer).markdown);
    assert.match(text, /between 24 and 99/);
    assert.match(text, /\*\*Conservative reading:\*\* 12 \(as conflict datasets such as ACLED code vague amounts\)/);
    assert.match(text, /\*\*Gazetteer value then:\*\* none recorded yet/);
    assert.doesNotMatch(text, /Elsewhere/);
  });

  test('the card shows the unit, the counted noun and the date the figure is reported as of', () => {
    const { byText } = figuresOf('More than 40 US troops hurt in the Jan. 8 strike were treated, the Pentagon said on Monday. The US gave $10 million in aid.', '2020-01-22');
    const count = rendered(figureHover(byText('More than 40 US troops'), gazetteer).markdown);
    assert.match(count, /\*\*Unit:\*\* count/);
    assert.match(count, /\*\*Counts:\*\* troops/);
    assert.match(count, /\*\*As of:\*\* .*20 January 2020|\*\*As of:\*\* .*January 20, 2020/);
    const money = rendered(figureHover(byText('$10 million'), gazetteer).markdown);
    assert.match(money, /\*\*Unit:\*\* money, USD/);
    assert.doesNotMatch(money, /Counts/);
  });

  test('intervals in words', () => {
    assert.equal(intervalInWords({ min: 61, max: 61, minInclusive: true, maxInclusive: true }), 'exactly 61');
    assert.equal(intervalInWords({ min: 10, max: null, minInclusive: true, maxInclusive: false }), 'at least 10');
    assert.equal(intervalInWords({ min: 0, max: 40, minInclusive: true, maxInclusive: true }), 'at most 40');
    assert.equal(intervalInWords({ min: 4500, max: 5000, minInclusive: true, maxInclusive: false }), 'between 4,500 and 5,000 (5,000 excluded)');
  });
});
