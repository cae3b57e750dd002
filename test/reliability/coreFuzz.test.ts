// Random text through the analysis core itself: no throw, and every span it reports (diagnostics,
// entities, dates, figures, related information) lies inside the file it names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type CoreDiagnostic, type Span, LineIndex, analyzeArticle, checkFiles, prepareGazetteer, withDefaults } from '../../server/src/core';
import { repoPath } from '../support/repo';
import { FRAGMENTS, articleLikeText, assertRangesInside, fuzzRuns, fuzzSeed, hostileText } from './support/fuzz';

const GAZETTEER_URI = 'file:///ws/gazetteer.yaml';
const ARTICLE_URI = 'file:///ws/a.news.md';
const gazetteerText = readFileSync(repoPath('examples', 'gazetteer.yaml'), 'utf8');
const loaded = prepareGazetteer([{ uri: GAZETTEER_URI, text: gazetteerText }]);
const settings = withDefaults({});

function assertSpansInside(text: string, spans: Array<{ span: Span; what: string }>): void {
  for (const { span, what } of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
      `${what}: span ${JSON.stringify(span)} outside a text of ${text.length} in ${JSON.stringify(text)}`);
  }
  const lines = new LineIndex(text);
  assertRangesInside(text, spans.map(({ span, what }) => ({ range: lines.rangeOf(span), what })));
}

function diagnosticSpans(diagnostics: CoreDiagnostic[], uri: string): Array<{ span: Span; what: string }> {
  const out: Array<{ span: Span; what: string }> = [];
  for (const d of diagnostics) {
    if (d.uri === uri) out.push({ span: d.span, what: `${d.code} "${d.message}"` });
    for (const r of d.related ?? []) if (r.uri === uri) out.push({ span: r.span, what: `related of ${d.code}` });
  }
  return out;
}

/** YAML-ish pieces for gazetteer files, hostile ones included. */
const YAML_FRAGMENTS = [
  'bases:\n', 'persons:\n', 'organizations:\n', 'places:\n', 'events:\n', 'figures:\n', '  x:\n', '  ain-al-asad:\n', '    name: X\n',
  '    parent: x\n', '    aliases: [A, B, IS]\n', '    born: 1957-13-40\n', '    roles:\n      - { title: T, org: x, from: 2020, to: 2019 }\n',
  '    values:\n      - { value: 5, as_of: 2020-01 }\n', '    coordinates: [91, 200]\n', '&a ', '*a', '<<: *a\n', '!!js/function ', '!!binary ',
  '__proto__: ', '? ', '- ', '{', '}', '[', ']', '"', "'", '|', '>', '#', '%YAML 1.1\n', '---\n', '...\n', '\t', '\r\n', '\u0000', ':', ': ', ' ',
];
const yamlText = fc.array(fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...YAML_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
), { maxLength: 60 }).map((parts) => parts.join(''));

describe('the analysis core on random text', () => {
  test('articles: never throws, every span stays inside the article', () => {
    fc.assert(fc.property(fc.oneof(hostileText, articleLikeText), (text) => {
      const logged: string[] = [];
      const analysis = analyzeArticle({ uri: ARTICLE_URI, text }, loaded, settings, { log: (m) => logged.push(m) });
      assertSpansInside(text, [
        ...diagnosticSpans(analysis.diagnostics, ARTICLE_URI),
        ...analysis.entities.map((e) => ({ span: e.span, what: `entity "${e.text}"` })),
        ...analysis.dates.map((d) => ({ span: d.span, what: `date "${d.text}"` })),
        ...analysis.figures.map((f) => ({ span: f.span, what: `figure "${f.text}"` })),
      ]);
      // A stage that threw is caught by the pipeline's guard, but it is still a bug to report.
      assert.deepEqual(logged, [], `a stage failed on ${JSON.stringify(text)}`);
    }), { numRuns: fuzzRuns(400), seed: fuzzSeed() });
  });

  test('gazetteers: never throws, every diagnostic span stays inside its file', () => {
    fc.assert(fc.property(yamlText, fc.boolean(), (text, withExamples) => {
      const files = [{ uri: 'file:///ws/random.gazetteer.yaml', text }];
      if (withExamples) files.unshift({ uri: GAZETTEER_URI, text: gazetteerText });
      const { gazetteer } = prepareGazetteer(files);
      for (const file of files) assertSpansInside(file.text, diagnosticSpans(gazetteer.diagnostics, file.uri));
    }), { numRuns: fuzzRuns(300), seed: fuzzSeed() });
  });

  test('a batch of random articles checked together (corpus checks included) never throws', () => {
    fc.assert(fc.property(fc.array(articleLikeText, { minLength: 2, maxLength: 6 }), (texts) => {
      const articles = texts.map((text, i) => ({ uri: `file:///ws/a${i}.news.md`, text }));
      const result = checkFiles({ articles, gazetteerFiles: [{ uri: GAZETTEER_URI, text: gazetteerText }] });
      assert.equal(result.articles.length, texts.length);
      result.articles.forEach((a, i) => assertSpansInside(texts[i], diagnosticSpans(a.diagnostics, articles[i].uri)));
    }), { numRuns: fuzzRuns(60), seed: fuzzSeed() });
  });
});
