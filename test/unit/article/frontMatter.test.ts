import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import type { CoreDiagnostic, Span } from '../../../server/src/core/types';

const parse = (text: string) => parseArticle({ uri: 'file:///w/a.news.md', text });
const at = (text: string, span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null);
const codes = (ds: CoreDiagnostic[]) => ds.map((d) => d.code);

const ARTICLE = [
  '---',
  'title: Coalition hands two more sites to Iraqi forces',
  'source: Example Wire',
  'url: https://example.org/news/4411',
  'published: 2020-08-20',
  'dateline: Baghdad',
  '---',
  'The coalition said on Wednesday it would leave two more bases.',
  '',
].join('\n');

describe('front matter', () => {
  test('reads fields with the exact spans of keys and values in the whole file', () => {
    const a = parse(ARTICLE);
    assert.deepEqual(a.diagnostics, []);
    assert.equal(a.frontMatter.data.title, 'Coalition hands two more sites to Iraqi forces');
    const published = a.frontMatter.fields.get('published');
    assert.ok(published);
    assert.equal(at(ARTICLE, published.keySpan), 'published');
    assert.equal(at(ARTICLE, published.valueSpan), '2020-08-20');
    assert.equal(at(ARTICLE, a.frontMatter.fields.get('dateline')?.valueSpan), 'Baghdad');
    assert.equal(at(ARTICLE, a.frontMatter.span), ARTICLE.slice(0, ARTICLE.indexOf('---\nThe') + 3));
    assert.equal(ARTICLE.slice(a.bodyStart, a.bodyStart + 14), 'The coalition ');
    assert.equal(a.published?.value, '2020-08-20');
    assert.equal(a.published?.precision, 'day');
  });

  test('blanks the front matter in the masked text but keeps its line breaks', () => {
    const a = parse(ARTICLE);
    assert.equal(a.maskedText.length, ARTICLE.length);
    assert.equal(a.maskedText.slice(0, a.bodyStart).replace(/ /g, ''), '\n'.repeat(7));
    assert.equal(a.maskedText.slice(a.bodyStart), ARTICLE.slice(a.bodyStart));
  });

  test('accepts a byte order mark, CRLF line ends and a closing `...` fence', () => {
    const text = '\uFEFF---\r\ntitle: A wire story\r\npublished: 2021-03-02\r\n...\r\nBody line.\r\n';
    const a = parse(text);
    assert.deepEqual(a.diagnostics, []);
    assert.equal(a.published?.value, '2021-03-02');
    assert.equal(at(text, a.frontMatter.fields.get('title')?.valueSpan), 'A wire story');
    assert.equal(text.slice(a.bodyStart), 'Body line.\r\n');
    assert.equal(a.maskedText.length, text.length);
    assert.equal(a.maskedText.slice(a.bodyStart), 'Body line.\r\n');
  });

  test('reports a YAML error at its position, as an error', () => {
    const text = '---\ntitle: Troops leave\npublished: 2020-01-09\ntags: [one, two\n---\nBody.\n';
    const a = parse(text);
    const invalid = a.diagnostics.filter((d) => d.code === 'front-matter-invalid');
    assert.equal(invalid.length >= 1, true);
    assert.equal(invalid[0].severity, 'error');
    const line = text.slice(0, invalid[0].span.start).split('\n').length - 1;
    assert.ok(line >= 3 && line <= 4, `error on line ${line}`);
    assert.deepEqual(a.frontMatter.data, {});
  });

  test('reports a duplicate key', () => {
    const text = '---\npublished: 2020-01-09\npublished: 2020-01-10\n---\nBody.\n';
    const a = parse(text);
    assert.ok(codes(a.diagnostics).includes('front-matter-invalid'));
  });

  test('reports wrong types on the offending value', () => {
    const text = '---\ntitle: [not, a, string]\nsource: 42\npublished: 2020-01-09\nlanguage: en\n---\nBody.\n';
    const a = parse(text);
    const invalid = a.diagnostics.filter((d) => d.code === 'front-matter-invalid');
    assert.deepEqual(invalid.map((d) => at(text, d.span)), ['[not, a, string]', '42']);
    assert.match(invalid[0].message, /`title` must be text/);
  });

  test('checks `newsmd.disable` and reports unknown codes', () => {
    const ok = parse('---\npublished: 2020-01-09\nnewsmd: { disable: [scrape-residue, entity-candidate] }\n---\nBody.\n');
    assert.deepEqual(ok.diagnostics, []);
    const text = '---\npublished: 2020-01-09\nnewsmd: { disable: [scrape-residu] }\n---\nBody.\n';
    const bad = parse(text);
    assert.deepEqual(codes(bad.diagnostics), ['front-matter-invalid']);
    assert.equal(at(text, bad.diagnostics[0].span), 'scrape-residu');
    const notMap = parse('---\npublished: 2020-01-09\nnewsmd: off\n---\nBody.\n');
    assert.deepEqual(codes(notMap.diagnostics), ['front-matter-invalid']);
    const notList = parse('---\npublished: 2020-01-09\nnewsmd: { disable: scrape-residue }\n---\nBody.\n');
    assert.deepEqual(codes(notList.diagnostics), ['front-matter-invalid']);
  });

  test('reports a front matter that is not a map', () => {
    const text = '---\n- just\n- a list\n---\nBody.\n';
    const a = parse(text);
    assert.ok(codes(a.diagnostics).includes('front-matter-invalid'));
    assert.ok(codes(a.diagnostics).includes('missing-publication-date'));
  });

  test('reports an unclosed front matter on the opening fence and reads the rest as body', () => {
    const text = '---\ntitle: Never closed\npublished: 2020-01-09\nThe body starts here.\n';
    const a = parse(text);
    const invalid = a.diagnostics.find((d) => d.code === 'front-matter-invalid');
    assert.ok(invalid);
    assert.deepEqual(invalid.span, { start: 0, end: 3 });
    assert.equal(a.frontMatter.span, null);
    assert.equal(a.bodyStart, 0);
    assert.equal(a.published, null);
  });

  test('an empty front matter is valid but has no date', () => {
    const a = parse('---\n---\nBody.\n');
    assert.deepEqual(codes(a.diagnostics), ['missing-publication-date']);
    assert.equal(a.bodyStart, 8);
  });

  test('a thematic break later in the file is not a front matter', () => {
    const text = 'Body first.\n\n---\n\nMore body.\n';
    const a = parse(text);
    assert.equal(a.frontMatter.span, null);
    assert.equal(a.maskedText, text);
  });

  test('does not let YAML aliases explode', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    lines.push('published: 2020-01-09', '---', 'Body.');
    const a = parse(lines.join('\n'));
    assert.ok(codes(a.diagnostics).includes('front-matter-invalid'));
  });

  test('refuses nesting past the bound on the bracket past it, before any YAML parser recurses', () => {
    const head = '---\npublished: 2020-01-09\ntags: ';
    const text = `${head}${'{a: '.repeat(5_000)}\n---\nBody.\n`;
    const a = parse(text);
    const [d] = a.diagnostics.filter((x) => x.code === 'front-matter-invalid');
    assert.match(d.message, /nested more than 1,000 levels deep/);
    // The `tags` line is one block level; the brace past the bound is the 1,000th on it.
    assert.equal(d.span.start, head.length + 999 * 4);
    assert.equal(at(text, d.span), '{');
  });

  test('brackets inside quoted values and comments are not nesting', () => {
    const many = '['.repeat(1_500);
    const a = parse(`---\npublished: 2020-01-09\ntitle: "${many}" # ${many}\n---\nBody.\n`);
    assert.deepEqual(codes(a.diagnostics), []);
    assert.equal(a.frontMatter?.data.title, many);
  });
});
