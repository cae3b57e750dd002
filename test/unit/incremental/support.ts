import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { type AnalysisSettings, type ArticleAnalysis, type LoadedGazetteer, type SourceFile, analyzeArticle, prepareGazetteer } from '../../../server/src/core';
import { analyzeArticleIncremental } from '../../../server/src/core/incremental/analyzeIncremental';
import { repoPath } from '../../support/repo';

export const examplesGazetteer: LoadedGazetteer = prepareGazetteer([
  { uri: 'file:///ws/gazetteer.yaml', text: readFileSync(repoPath('examples', 'gazetteer.yaml'), 'utf8') },
]);

/** Every example article of the repository (front matter, annotations, residue, suppressions …). */
export const exampleArticles: SourceFile[] = readdirSync(repoPath('examples'))
  .filter((name) => name.endsWith('.news.md'))
  .sort()
  .map((name) => ({ uri: `file:///ws/${name}`, text: readFileSync(repoPath('examples', name), 'utf8') }));

/** A long article: one example's front matter, then the bodies of all examples one after another. */
export function longArticle(): SourceFile {
  const [first] = exampleArticles.filter((a) => a.uri.includes('iraq-missile-count'));
  const bodies = exampleArticles.map((a) => a.text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\n*$/, '\n'));
  return { uri: 'file:///ws/long.news.md', text: first.text.replace(/(\n---\n)[\s\S]*$/, '$1') + bodies.join('\n') };
}

export function edited(file: SourceFile, at: number, remove: number, insert: string): SourceFile {
  return { uri: file.uri, text: file.text.slice(0, at) + insert + file.text.slice(at + remove) };
}

/**
 * Asserts that the incremental analysis equals a fresh whole analysis of the same text: every
 * mention, every diagnostic, and the parsed article's sentences, masked text and annotations.
 */
export function assertSameAsFresh(incremental: ArticleAnalysis, file: SourceFile, loaded: LoadedGazetteer, settings: AnalysisSettings, context: string): void {
  const fresh = analyzeArticle(file, loaded, settings);
  assert.deepEqual(incremental.entities, fresh.entities, `entities differ ${context}`);
  assert.deepEqual(incremental.dates, fresh.dates, `dates differ ${context}`);
  assert.deepEqual(incremental.figures, fresh.figures, `figures differ ${context}`);
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics, `diagnostics differ ${context}`);
  assert.deepEqual(incremental.article.sentences, fresh.article.sentences, `sentences differ ${context}`);
  assert.equal(incremental.article.maskedText, fresh.article.maskedText, `masked text differs ${context}`);
  assert.deepEqual(incremental.article.annotations, fresh.article.annotations, `annotations differ ${context}`);
}

/** Applies the edits one after another, each analysed incrementally from the last, checking each. */
export function typeEdits(
  start: SourceFile, edits: readonly { at: number; remove: number; insert: string }[], loaded: LoadedGazetteer, settings: AnalysisSettings,
): ArticleAnalysis {
  let file = start;
  let analysis = analyzeArticleIncremental(undefined, file, loaded, settings);
  edits.forEach((e, i) => {
    const at = Math.min(e.at, file.text.length);
    file = edited(file, at, Math.min(e.remove, file.text.length - at), e.insert);
    analysis = analyzeArticleIncremental(analysis, file, loaded, settings);
    assertSameAsFresh(analysis, file, loaded, settings, `after edit ${i + 1} (${JSON.stringify({ ...e, at })}) of ${start.uri}`);
  });
  return analysis;
}
