import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { buildEntityMatcher } from '../../../server/src/core/entities/entityMatcher';
import { findEntityCandidates } from '../../../server/src/core/entities/candidates';
import { loadGazetteer } from '../../../server/src/core/gazetteer/loadGazetteer';

const gazetteer = loadGazetteer([{ uri: 'file:///w/gazetteer.yaml', text: 'places:\n  iraq: { name: Iraq }\n' }]);
const matcher = buildEntityMatcher(gazetteer);

/** Parses and matches; the caller checks the result is sane. Hostile inputs must finish quickly. */
function analyse(text: string) {
  const article = parseArticle({ uri: 'file:///w/bad.news.md', text });
  const { mentions } = matcher.find(article);
  const candidates = findEntityCandidates(article, mentions, gazetteer);
  assert.equal(article.maskedText.length, text.length);
  return { article, mentions, candidates };
}

describe('hostile and broken input', () => {
  const MB = 1_000_000;
  const cases: Record<string, string> = {
    'binary junk': Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 2654435761) % 0x10000)).join(''),
    'a 2 MB line of brackets and braces': '[]{'.repeat((2 * MB) / 3),
    'a 1 MB line of opening brackets': '['.repeat(MB) + ' Iraq',
    'unmatched backticks': '`a ``b ```c '.repeat(50_000),
    'stray quotes in attributes': '[x]{a="'.repeat(100_000),
    'unclosed comment': 'Iraq. <!-- never closed ' + 'x '.repeat(100_000),
    'unclosed code fence': 'Iraq.\n```\n' + 'Iraq\n'.repeat(50_000),
    'a 10 MB line of words': 'Iraq said so and '.repeat((10 * MB) / 17),
    'only a fence': '---',
    'only a BOM': '\uFEFF',
    'lone surrogates': '\uD800 Iraq \uDC00 [x]{@iraq} \uD83D',
    'deep YAML nesting': '---\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\npublished: 2020-01-01\n---\nIraq.\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(`${name}: no crash, no hang`, () => {
      const { article } = analyse(text);
      assert.ok(Array.isArray(article.sentences));
    });
  }

  test('deep YAML nesting is a front-matter error, not a crash', () => {
    const { article } = analyse(cases['deep YAML nesting']);
    assert.ok(article.diagnostics.some((d) => d.code === 'front-matter-invalid') || article.published?.value === '2020-01-01');
  });

  test('text after a long line of brackets is still matched', () => {
    const { mentions } = analyse(cases['a 1 MB line of opening brackets']);
    assert.deepEqual(mentions.map((m) => m.id), ['iraq']);
  });
});
