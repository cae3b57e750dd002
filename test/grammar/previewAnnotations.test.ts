import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extendMarkdownIt } from '../../client/src/previewAnnotations';

// The Markdown preview plugin, run in markdown-it (the engine of VS Code's preview) for real.
// markdown-it ships no types here; the plugin only needs its inline ruler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options?: { html?: boolean }) => { render(text: string): string };

function render(text: string): string {
  return extendMarkdownIt(new MarkdownIt({ html: true })).render(text);
}

describe('Markdown preview of annotations', () => {
  test('an entity annotation renders as its text, with the id as tooltip', () => {
    assert.equal(render('[The spokesman]{@tahsin-al-khafaji} spoke.'), '<p><span class="newsmd-entity" title="tahsin-al-khafaji">The spokesman</span> spoke.</p>\n');
  });

  test('figure, date and class annotations each get their own class', () => {
    const html = render('[300 soldiers]{figure=us-troops-iraq} left [last Friday]{date=2020-08-14} with [Mahrang Baloch]{.person}.');
    assert.match(html, /<span class="newsmd-figure" title="us-troops-iraq">300 soldiers<\/span>/);
    assert.match(html, /<span class="newsmd-date" title="2020-08-14">last Friday<\/span>/);
    assert.match(html, /<span class="newsmd-class newsmd-person" title="person">Mahrang Baloch<\/span>/);
  });

  test('annotated text is escaped, and links and code are left alone', () => {
    assert.equal(render('[<b>x</b>]{@a-b}'), '<p><span class="newsmd-entity" title="a-b">&lt;b&gt;x&lt;/b&gt;</span></p>\n');
    assert.equal(render('[a link](https://example.org) and `[x]{@y}`'), '<p><a href="https://example.org">a link</a> and <code>[x]{@y}</code></p>\n');
  });

  test('suppression comments stay invisible', () => {
    assert.equal(render('<!-- newsmd-disable-next-line figure-gazetteer-mismatch -->\nSome 3,000 troops.'), '<!-- newsmd-disable-next-line figure-gazetteer-mismatch -->\n<p>Some 3,000 troops.</p>\n');
  });
});
