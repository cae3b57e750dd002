import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isMap, parseDocument } from 'yaml';
import { readFrontMatter } from '../../../server/src/core/article/frontMatter';
import { readSimpleFrontMatter } from '../../../server/src/core/article/simpleFrontMatter';
import type { Span } from '../../../server/src/core/types';
import { exampleArticles } from './support';

// Simple front matter (`key: text` lines) is read without the YAML parser. Whatever it reads must
// be exactly what the YAML parser gives: the same data and the same key and value spans.

/** Data and spans as the YAML parser (core schema) gives them, or null if it reports errors. */
function viaYaml(text: string, content: Span): { data: unknown; spans: [string, Span, Span][] } | null {
  const doc = parseDocument(text.slice(content.start, content.end), { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const spans: [string, Span, Span][] = doc.contents.items.map((pair) => {
    const key = pair.key as { value: unknown; range: number[] };
    const value = pair.value as { range: number[] };
    return [String(key.value), { start: content.start + key.range[0], end: content.start + key.range[1] }, { start: content.start + value.range[0], end: content.start + value.range[1] }];
  });
  return { data: doc.toJS(), spans };
}

function check(frontMatter: string): boolean {
  const text = `---\n${frontMatter}---\nBody text.\n`;
  const content = { start: 4, end: 4 + frontMatter.length };
  const simple = readSimpleFrontMatter(text, content);
  if (!simple) return false;
  const yaml = viaYaml(text, content);
  assert.ok(yaml, `the fast reader read what YAML rejects: ${JSON.stringify(frontMatter)}`);
  assert.deepEqual(simple.data, yaml.data, JSON.stringify(frontMatter));
  assert.deepEqual([...simple.fields.values()].map((f) => [f.key, f.keySpan, f.valueSpan]), yaml.spans, JSON.stringify(frontMatter));
  return true;
}

describe('front matter read without the YAML parser', () => {
  test('the example articles: same fields as YAML reads', () => {
    let fast = 0;
    for (const a of exampleArticles) {
      const end = a.text.indexOf('\n---', 4);
      if (!a.text.startsWith('---\n') || end === -1) continue;
      if (check(a.text.slice(4, end + 1))) fast++;
    }
    assert.ok(fast >= 5, `only ${fast} example front matters took the fast way`);
  });

  test('typical and tricky values: same result as YAML or left to YAML', () => {
    const values = [
      'Rockets hit Erbil airport', '2020-01-08', 'https://example.org/a/b?x=1#frag', 'Ain al-Asad: a base', 'Zaxo — a town',
      'null', 'True', '12', '0x1F', '.inf', '~', "'quoted'", '"double"', 'a # comment', 'a\tb', 'a\u00a0', 'tail:', '- item',
      '[a, b]', '{a: 1}', '&anchor x', '*alias', '!tag x', '|', '>', '%x', '@x', '`x`', '2020-1-8', '1.5', '+1', 'Ünïcode ’quotes’',
    ];
    for (const v of values) check(`title: ${v}\npublished: 2020-01-08\n`);
  });

  test('random lines: same result as YAML or left to YAML', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('title', 'source', 'url', 'published', 'x-y', 'a_b', 'newsmd'), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 5 }), (fields) => {
      check(fields.map(([k, v]) => `${k}: ${v}\n`).join(''));
    }), { numRuns: 500 });
  });

  test('readFrontMatter gives the same front matter either way for a CRLF file', () => {
    const text = '---\r\ntitle: Strike near Erbil\r\npublished: 2020-01-08\r\n---\r\nBody.\r\n';
    const read = readFrontMatter('file:///a.news.md', text);
    assert.deepEqual(read.frontMatter.data, { title: 'Strike near Erbil', published: '2020-01-08' });
    assert.equal(text.slice(read.frontMatter.fields.get('published')!.valueSpan.start, read.frontMatter.fields.get('published')!.valueSpan.end), '2020-01-08');
    assert.equal(read.bodyStart, text.indexOf('Body'));
  });
});
