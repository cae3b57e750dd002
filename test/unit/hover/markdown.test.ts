import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeMarkdown, link, safeHttpUrl, sourceLink } from '../../../server/src/core/hover/markdown';
import { linkTargets, rendered } from './hoverGazetteer';

describe('hover Markdown escaping', () => {
  test('links, images, HTML and autolinks written in gazetteer text stay text', () => {
    for (const hostile of [
      '[x](command:foo)',
      '![img](https://evil.example/p.png)',
      '<img src=x onerror=alert(1)>',
      '<command:foo>',
      '[ref]: command:foo',
      '`code` **bold** _em_ # heading\n- list\n> quote',
    ]) {
      const md = escapeMarkdown(hostile);
      assert.deepEqual(linkTargets(md), [], hostile);
      assert.doesNotMatch(md, /<[a-z]/i, hostile);
      assert.doesNotMatch(md, /\n/, hostile);
      assert.equal(rendered(md), hostile.replace(/\n/g, ' '), hostile);
    }
  });

  test('only http and https URLs become link destinations, with parentheses encoded', () => {
    assert.equal(safeHttpUrl('command:workbench.action.terminal.new'), null);
    assert.equal(safeHttpUrl('javascript:alert(1)'), null);
    assert.equal(safeHttpUrl('file:///etc/passwd'), null);
    assert.equal(safeHttpUrl('not a url'), null);
    assert.equal(safeHttpUrl('https://example.org/a (b)'), 'https://example.org/a%20%28b%29');
    assert.equal(link('source', 'command:foo'), 'source');
    assert.equal(sourceLink('https://example.org/'), '[example\\.org](https://example.org/)');
  });
});
