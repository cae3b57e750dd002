import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeArticle, prepareGazetteer, withDefaults, type SourceFile } from '../../../server/src/core';
import type { ArticleAnalysis } from '../../../server/src/core/analysisKinds';
import { repoPath } from '../../support/repo';

// Re-analysing an edited article reuses what the untouched sentences gave last time (chrono's
// readings of date windows, the figures of each sentence). What the user sees after an edit must
// be exactly what a first analysis of the new text gives: shifted where text moved, re-read where
// text changed. The figure cache is per settings object, so a fresh settings object analyses cold.

const loaded = prepareGazetteer([
  { uri: 'file:///ws/gazetteer.yaml', text: readFileSync(repoPath('examples', 'gazetteer.yaml'), 'utf8') },
]);
const original: SourceFile = {
  uri: 'file:///ws/missiles.news.md',
  text: readFileSync(repoPath('examples', '2020-01-08-iraq-missile-count.news.md'), 'utf8'),
};

/** What an editor shows: mentions and diagnostics, without the parsed article. */
function seen(a: ArticleAnalysis): unknown {
  return { entities: a.entities, dates: a.dates, figures: a.figures, diagnostics: a.diagnostics };
}

function edit(file: SourceFile, at: number, remove: number, insert: string): SourceFile {
  return { uri: file.uri, text: file.text.slice(0, at) + insert + file.text.slice(at + remove) };
}

describe('analysis after an edit', () => {
  const settings = withDefaults({});
  const before = analyzeArticle(original, loaded, settings);
  const bodyStart = before.article.bodyStart;

  test('a paragraph typed above moves every date and figure by its length, values unchanged', () => {
    const added = 'Rescue teams worked through Thursday night; about 40 tents were put up near the gate.\n\n';
    const after = analyzeArticle(edit(original, bodyStart, 0, added), loaded, settings);
    const moved = (s: { start: number; end: number }) => ({ start: s.start + added.length, end: s.end + added.length });
    for (const f of before.figures) {
      assert.ok(after.figures.some((g) => g.span.start === moved(f.span).start && g.span.end === moved(f.span).end && g.min === f.min && g.max === f.max && g.key === f.key),
        `figure "${f.text}" not found at its new place`);
    }
    for (const d of before.dates) {
      assert.ok(after.dates.some((e) => e.span.start === moved(d.span).start && e.text === d.text && e.date?.value === d.date?.value), `date "${d.text}" not found at its new place`);
    }
    assert.ok(after.figures.some((g) => g.text === 'about 40 tents'), 'the new paragraph\'s figure is read');
    assert.ok(after.dates.some((d) => d.text === 'Thursday' && d.span.start < bodyStart + added.length), 'the new paragraph\'s date is read');
    assert.deepEqual(seen(after), seen(analyzeArticle(edit(original, bodyStart, 0, added), loaded, withDefaults({}))));
  });

  test('a number changed in a sentence is read again, not taken from the last analysis', () => {
    const at = original.text.indexOf('17 missiles struck');
    assert.ok(at > 0);
    const after = analyzeArticle(edit(original, at, 2, '19'), loaded, settings);
    const figure = after.figures.find((f) => f.span.start <= at && at < f.span.end);
    assert.ok(figure, 'the edited figure is found');
    assert.equal(figure.min, 19);
    assert.equal(figure.max, 19);
    assert.ok(!after.figures.some((f) => f.min === 17 && f.span.start <= at && at < f.span.end));
    assert.deepEqual(seen(after), seen(analyzeArticle(edit(original, at, 2, '19'), loaded, withDefaults({}))));
  });

  test('a date word typed into a sentence is resolved; deleting it again restores the first analysis', () => {
    const at = original.text.indexOf('since the weekend');
    assert.ok(at > 0);
    const typed = edit(original, at, 'since the weekend'.length, 'since Monday');
    const after = analyzeArticle(typed, loaded, settings);
    const monday = after.dates.find((d) => d.text === 'Monday');
    assert.ok(monday, 'the typed weekday is a date');
    assert.equal(monday.date?.value, '2020-01-06');
    assert.deepEqual(seen(analyzeArticle(original, loaded, settings)), seen(before));
  });
});
