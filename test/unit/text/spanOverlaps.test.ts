import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SpanOverlaps } from '../../../server/src/core/text/spanOverlaps';
import { fuzzRuns, fuzzSeed } from '../../support/fuzzRuns';

const spanArb = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));

test('a nested span that ends late still overlaps what comes after its inner spans', () => {
  // "Defense Secretary Ashton Carter" holds "Ashton Carter": the outer span reaches furthest.
  const spans = [{ span: { start: 0, end: 40 } }, { span: { start: 18, end: 31 } }];
  const index = new SpanOverlaps(spans);
  assert.equal(index.overlaps({ start: 35, end: 38 }), true);
  assert.equal(index.overlaps({ start: 40, end: 45 }), false, 'touching is not overlapping');
  assert.equal(new SpanOverlaps([]).overlaps({ start: 0, end: 5 }), false);
});

test('answers as a scan of every span would', () => {
  fc.assert(fc.property(fc.array(spanArb, { maxLength: 40 }), spanArb, (raw, query) => {
    const sorted = raw.map((span) => ({ span })).sort((a, b) => a.span.start - b.span.start);
    const expected = sorted.some(({ span }) => span.start < query.end && query.start < span.end);
    assert.equal(new SpanOverlaps(sorted).overlaps(query), expected);
  }), { numRuns: fuzzRuns(500), seed: fuzzSeed() });
});
