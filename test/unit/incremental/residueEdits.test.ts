import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withDefaults } from '../../../server/src/core';
import { incrementalCounts } from '../../../server/src/core/incremental/analyzeIncremental';
import { examplesGazetteer, longArticle, typeEdits } from './support';

// Page residue is found at the top, inside and at the end of an article. Typing elsewhere must
// still take the short way, and typing that makes or unmakes residue must give what a fresh
// analysis gives (typeEdits compares every step).

const settings = withDefaults({});
const long = longArticle();
const TOP = 'Home » World » Middle East\nShare | Tweet | Email\n\n';
const withTop = { uri: long.uri, text: long.text.replace(/(\n---\n)/, `$1${TOP}`) };

describe('incremental analysis with page residue', () => {
  test('typing in the middle of an article with residue at the top stays incremental', () => {
    const before = incrementalCounts.incremental;
    const at = withTop.text.indexOf('\n\n', 4000) + 2;
    const after = typeEdits(withTop, [{ at, remove: 0, insert: 'T' }, { at: at + 1, remove: 0, insert: 'he' }, { at, remove: 3, insert: '' }], examplesGazetteer, settings);
    assert.ok(incrementalCounts.incremental - before >= 3);
    assert.ok(after.diagnostics.some((d) => d.code === 'scrape-residue' && /before the article/.test(d.message)));
  });

  test('residue typed into, and removed from, the middle of the article', () => {
    const at = withTop.text.indexOf('\n\n', 6000) + 2;
    const block = 'RELATED\nConvoy leaves the western base\nTalks resume in the capital\n\n';
    typeEdits(withTop, [
      { at, remove: 0, insert: block },
      { at, remove: 0, insert: 'x' },
      { at, remove: 1, insert: '' },
      { at, remove: block.length, insert: '' },
      { at, remove: 0, insert: 'Share | Tweet\n' },
      { at: at + 5, remove: 1, insert: '' },
    ], examplesGazetteer, settings);
  });

  test('a sentence typed after trailing furniture, and removed again', () => {
    const end = withTop.text.length;
    typeEdits(withTop, [
      { at: end, remove: 0, insert: '\nMost Read\nFloods cut the road south…\n' },
      { at: end + 1, remove: 0, insert: 'The base is now empty.\n' },
      { at: end + 1, remove: 'The base is now empty.\n'.length, insert: '' },
    ], examplesGazetteer, settings);
  });
});
