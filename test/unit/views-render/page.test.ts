import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PAGE_SCRIPT } from '../../../client/src/views/render/pageScript';
import { PAGE_STYLE } from '../../../client/src/views/render/pageStyle';
import { dayNumber, isoDay, timeTicks, valueTicks } from '../../../client/src/views/render/scales';
import { formatInterval } from '../../../client/src/views/render/format';

describe('the page', () => {
  test('the page script is valid JavaScript', () => {
    assert.doesNotThrow(() => new Function(PAGE_SCRIPT));
  });

  test('colours come only from the theme: no literal colour in the style', () => {
    assert.doesNotMatch(PAGE_STYLE, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i);
    const colours = [...PAGE_STYLE.matchAll(/(?:^|[;{\s])(?:color|background|fill|stroke|border(?:-left|-bottom)?|outline|--mark)\s*:\s*([^;}]+)/g)].map((m) => m[1].trim());
    for (const value of colours) {
      assert.match(value, /var\(--vscode-|transparent|none|inherit|^\d|solid|var\(--mark\)/, value);
    }
  });
});

describe('scales', () => {
  test('ISO days round-trip through day numbers', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(isoDay(dayNumber('2020-02-29')), '2020-02-29');
    assert.ok(Number.isNaN(dayNumber('2020-W02')));
  });

  test('time ticks fall on the first of a month, or on years for long spans', () => {
    const short = timeTicks({ lo: dayNumber('2020-01-05'), hi: dayNumber('2020-06-20') });
    assert.ok(short.length >= 3 && short.length <= 8);
    for (const t of short) assert.match(isoDay(t.at), /^2020-0\d-01$/);
    const long = timeTicks({ lo: dayNumber('1998-03-01'), hi: dayNumber('2026-02-01') });
    assert.ok(long.length >= 3 && long.length <= 8, long.map((t) => t.label).join(' '));
    for (const t of long) assert.match(t.label, /^\d{4}$/);
  });

  test('value ticks are round and cover the largest value', () => {
    const { top, ticks } = valueTicks(5720);
    assert.ok(top >= 5720);
    assert.deepEqual(ticks.slice(0, 3), [0, 2000, 4000]);
    assert.deepEqual(valueTicks(0).ticks, [0, 1]);
  });

  test('intervals read as interval notation; an exact value as a number', () => {
    assert.equal(formatInterval({ min: 11, max: 11, minInclusive: true, maxInclusive: true }), '11');
    assert.equal(formatInterval({ min: 6000, max: null, minInclusive: false, maxInclusive: false }), '(6,000, ∞)');
    assert.equal(formatInterval({ min: null, max: 50, minInclusive: false, maxInclusive: false }), '(−∞, 50)');
    assert.equal(formatInterval({ min: 4680, max: 5720, minInclusive: true, maxInclusive: true }), '[4,680, 5,720]');
  });
});
